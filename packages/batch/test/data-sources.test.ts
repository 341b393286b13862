/**
 * Reading rows of data: CSV edge cases (BOM, CRLF, quoted line breaks and delimiters,
 * semicolons, empty rows, extra cells, a 10,000-row file), JSON arrays and JSON Lines.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DataRecord } from '../src/data/data-record.js';
import { openData } from '../src/data/open-data.js';

const dir = mkdtempSync(path.join(tmpdir(), 'tandem-data-'));

function file(name: string, content: string | Buffer): string {
    const target = path.join(dir, name);
    writeFileSync(target, content);
    return target;
}

async function read(target: string, options = {}) {
    const opened = await openData(target, options);
    const records: DataRecord[] = [];
    for await (const record of opened.records) {
        records.push(record);
    }
    return { columns: opened.columns, records, values: records.map(record => Object.fromEntries(record.values)), emptyRecords: opened.emptyRecords() };
}

describe('CSV', () => {
    it('reads a header and rows, with row numbers and lines', async () => {
        const { columns, records, values } = await read(file('a.csv', 'clientName,start\nJane Doe,2026-12-01\nOmar,2026-12-02\n'));
        expect(columns).toEqual(['clientName', 'start']);
        expect(values).toEqual([{ clientName: 'Jane Doe', start: '2026-12-01' }, { clientName: 'Omar', start: '2026-12-02' }]);
        expect(records.map(record => [record.row, record.line])).toEqual([[1, 2], [2, 3]]);
    });

    it('ignores a byte-order mark and reads CRLF', async () => {
        const { columns, values } = await read(file('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('clientName,start\r\nJane,2026-12-01\r\n')])));
        expect(columns).toEqual(['clientName', 'start']);
        expect(values).toEqual([{ clientName: 'Jane', start: '2026-12-01' }]);
    });

    it('keeps quoted commas, quotes and line breaks; lines count from where a record starts', async () => {
        const { records, values } = await read(file('q.csv', 'clientName,notes\n"Doe, Jane","She said ""hi""\nand left"\nOmar,x\n'));
        expect(values[0]).toEqual({ clientName: 'Doe, Jane', notes: 'She said "hi"\nand left' });
        expect(records.map(record => record.line)).toEqual([2, 4]);
    });

    it('detects a semicolon delimiter, or takes the one given', async () => {
        expect((await read(file('s.csv', 'clientName;start\n"Doe, Jane";2026-12-01\n'))).values).toEqual([{ clientName: 'Doe, Jane', start: '2026-12-01' }]);
        expect((await read(file('t.csv', 'a|b\n1|2\n'), { delimiter: '|' })).values).toEqual([{ a: '1', b: '2' }]);
    });

    it('skips empty rows (a row of empty cells is counted); a missing cell is empty; an extra cell is an error of that row', async () => {
        const { records, values, emptyRecords } = await read(file('e.csv', 'a,b\n1,2\n\n,\n3\n4,5,6\n , \n'));
        expect(values).toEqual([{ a: '1', b: '2' }, { a: '3', b: '' }, { a: '4', b: '5' }]);
        expect(records.map(record => record.row)).toEqual([1, 2, 3]);
        // `,` and ` , ` are rows of empty cells (a spreadsheet's blank rows); the blank line is no record.
        expect(emptyRecords).toBe(2);
        expect(records[2].error).toMatch(/3 cells/);
    });

    it('streams a 10,000-row file', async () => {
        const rows = Array.from({ length: 10_000 }, (_, i) => `Client ${i},2026-12-01`).join('\n');
        const { records } = await read(file('big.csv', `clientName,start\n${rows}\n`));
        expect(records).toHaveLength(10_000);
        expect(records[9_999]).toMatchObject({ row: 10_000, line: 10_001 });
    });
});

describe('JSON and JSON Lines', () => {
    it('reads a JSON array of records, with typed values', async () => {
        const { columns, values, records } = await read(file('a.json', '[{"clientName": "Jane", "length": 10}, {"clientName": "Omar", "length": null}]'));
        expect(columns).toEqual(['clientName', 'length']);
        expect(values).toEqual([{ clientName: 'Jane', length: 10 }, { clientName: 'Omar', length: null }]);
        expect(records.map(record => record.row)).toEqual([1, 2]);
    });

    it('a JSON record that is not an object is an error of that row; a file that is not an array fails', async () => {
        const { records } = await read(file('b.json', '[{"a": "1"}, 3, {"a": {"x": 1}}]'));
        expect(records.map(record => record.error === undefined)).toEqual([true, false, false]);
        await expect(read(file('c.json', '{"a": 1}'))).rejects.toThrow(/JSON array/);
        await expect(read(file('d.json', '[{"a": 1}, {"a": '))).rejects.toThrow(/JSON/);
    });

    it('reads JSON Lines with line numbers, skipping blank lines', async () => {
        const { records, values } = await read(file('a.jsonl', '{"a": "1"}\n\n{"a": "2"}\nnot json\n'));
        expect(values.slice(0, 2)).toEqual([{ a: '1' }, { a: '2' }]);
        expect(records.map(record => [record.row, record.line])).toEqual([[1, 1], [2, 3], [3, 4]]);
        expect(records[2].error).toMatch(/not valid JSON/);
    });

    it('a record with no value ({}, or only null and blank values) is no row: not numbered, counted', async () => {
        const json = await read(file('empty.json', '[{}, {"a": "1", "b": 2}, {"a": null, "b": " "}, {"a": "3"}]'));
        expect(json.columns).toEqual(['a', 'b']);
        expect(json.values).toEqual([{ a: '1', b: 2 }, { a: '3' }]);
        expect(json.records.map(record => record.row)).toEqual([1, 2]);
        expect(json.emptyRecords).toBe(2);
        const jsonl = await read(file('empty.jsonl', '{"a": ""}\n{"a": "1"}\n{}\n[]\n'));
        expect(jsonl.columns).toEqual(['a']);
        expect(jsonl.records.map(record => [record.row, record.line])).toEqual([[1, 2], [2, 4]]);
        expect(jsonl.records[1].error).toMatch(/JSON object/);
        expect(jsonl.emptyRecords).toBe(2);
    });
});
