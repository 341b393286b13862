/**
 * Data files in other encodings and with broken structure: invalid UTF-8 is a failed row with its
 * row, line and column (never `Jos�` in an agreement); `--encoding` reads Latin-1, Windows-1252
 * and UTF-16 LE (a UTF-16 byte-order mark always); a header naming a column twice is refused
 * before any row; an unclosed quote fails the row where it opened.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DataRecord } from '../src/data/data-record.js';
import type { DataEncoding } from '../src/data/decoding-stream.js';
import { openData } from '../src/data/open-data.js';

const dir = mkdtempSync(path.join(tmpdir(), 'tandem-encodings-'));

function file(name: string, content: string | Buffer): string {
    const target = path.join(dir, name);
    writeFileSync(target, content);
    return target;
}

async function read(target: string, encoding?: DataEncoding) {
    const opened = await openData(target, { encoding });
    const records: DataRecord[] = [];
    for await (const record of opened.records) {
        records.push(record);
    }
    return { columns: opened.columns, records, values: records.map(record => Object.fromEntries(record.values)) };
}

const HEADER = 'clientName,start\n';
const latin1 = (text: string) => Buffer.from(text, 'latin1');

describe('invalid UTF-8', () => {
    it('fails the CSV row that has it, with its row, line and column, and reads the others', async () => {
        const { records } = await read(file('latin.csv', latin1(`${HEADER}Ann,2026-12-01\nJosé Muñoz,2026-12-01\nBo,2026-12-02\n`)));
        expect(records.map(record => [record.row, record.line, record.error === undefined])).toEqual([[1, 2, true], [2, 3, false], [3, 4, true]]);
        expect(records[1].errorColumn).toBe('clientName');
        expect(records[1].error).toMatch(/^not valid UTF-8 \(byte 0xE9 at line 3, column 4\): .*--encoding windows-1252/);
        expect(records[2].values.get('clientName')).toBe('Bo');
    });

    it('finds it in a chunk boundary and in a large file', async () => {
        const good = 'Ann Lee — née Ünal,2026-12-01\n'.repeat(20_000);
        const { records } = await read(file('big.csv', Buffer.concat([Buffer.from(HEADER + good), latin1('Zoë,2026-12-01\n')])));
        expect(records).toHaveLength(20_001);
        expect(records.slice(0, -1).every(record => record.error === undefined && record.values.get('clientName') === 'Ann Lee — née Ünal')).toBe(true);
        expect(records[20_000].error).toMatch(/byte 0xEB at line 20002, column 3/);
    });

    it('refuses a header with it before any row', async () => {
        await expect(read(file('head.csv', latin1('clientNäme,start\nAnn,2026-12-01\n')))).rejects.toThrow(/head\.csv: the header is not valid UTF-8 \(byte 0xE4 at line 1, column 8\)/);
    });

    it('fails the JSON Lines row, and stops a JSON array', async () => {
        const { records } = await read(file('rows.jsonl', Buffer.concat([Buffer.from('{"clientName":"Ann"}\n'), latin1('{"clientName":"José"}\n'), Buffer.from('{"clientName":"Bo"}\n')])));
        expect(records.map(record => [record.row, record.line, record.error?.slice(0, 16)])).toEqual([[1, 1, undefined], [2, 2, 'not valid UTF-8 '], [3, 3, undefined]]);
        await expect(read(file('rows.json', latin1('[{"clientName":"José"}]')))).rejects.toThrow(/not valid UTF-8 \(byte 0xE9 at line 1, column 20\)/);
    });
});

describe('--encoding', () => {
    it('reads Latin-1, Windows-1252 and UTF-16 LE (with or without a byte-order mark)', async () => {
        const text = `${HEADER}José Muñoz,2026-12-01\n`;
        expect((await read(file('l1.csv', latin1(text)), 'latin1')).values[0].clientName).toBe('José Muñoz');
        expect((await read(file('w.csv', Buffer.concat([Buffer.from(HEADER), Buffer.from([0x80, 0x20, 0x93, 0x4a, 0x6f, 0x94]), Buffer.from(',2026-12-01\n')])), 'windows-1252')).values[0].clientName).toBe('€ “Jo”');
        expect((await read(file('u16.csv', Buffer.from(text, 'utf16le')), 'utf-16le')).values[0].clientName).toBe('José Muñoz');
        const withBom = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEADER}李小龍,2026-12-01\n`, 'utf16le')]);
        const read16 = await read(file('bom16.csv', withBom));
        expect(read16.columns).toEqual(['clientName', 'start']);
        expect(read16.values[0].clientName).toBe('李小龍');
        expect((await read(file('bom16.jsonl', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"clientName":"Zoë"}\n', 'utf16le')])))).values[0].clientName).toBe('Zoë');
    });
});

describe('CSV structure', () => {
    it('refuses a header that names a column twice, naming it', async () => {
        await expect(read(file('dup.csv', 'clientName,start,clientName\nA,2026-12-01,B\n'))).rejects.toThrow('dup.csv: the header names the column `clientName` twice');
    });

    it('fails the row where an unclosed quote opened, after reading the rows before it', async () => {
        const { records } = await read(file('quote.csv', `${HEADER}Ann,2026-12-01\n"Bo,2026-12-01\nCy,2026-12-02\n`));
        expect(records.map(record => [record.row, record.line])).toEqual([[1, 2], [2, 3]]);
        expect(records[0].error).toBeUndefined();
        expect(records[1].error).toBe('a quote opened on line 3 is never closed: the rest of the file would be one cell');
    });
});
