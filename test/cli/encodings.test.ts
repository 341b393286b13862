/**
 * `.tandem` files that are not UTF-8, as users meet them: a Latin-1 file is one error at its
 * first bad byte (validate, render, fmt; fmt never writes it), a UTF-16 file with a byte-order
 * mark is read, and fmt writes it back as UTF-16. And `tandem batch --encoding`.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO, runCli } from './run-cli.js';

const VALID = fs.readFileSync(path.join(REPO, 'test/fixtures/validate/valid.tandem'), 'utf8');
const MESSY = fs.readFileSync(path.join(REPO, 'test/fixtures/fmt/messy.tandem'), 'utf8');

let dir: string;

beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-encodings-'));
});

afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
});

describe('a .tandem file that is not UTF-8', () => {
    it('is one error at its first bad byte for validate, render and fmt (exit 2), and fmt leaves it alone', () => {
        const file = path.join(dir, 'latin.tandem');
        const bytes = Buffer.from(MESSY.replace('"Ann Lee"', '"José Muñoz"'), 'latin1');
        fs.writeFileSync(file, bytes);
        const line = MESSY.split('\n').findIndex(text => text.includes('"Ann Lee"')) + 1;
        const column = MESSY.split('\n')[line - 1].indexOf('"Ann Lee"') + 5;
        const expected = `error: ${file}:${line}:${column}: not valid UTF-8 (byte 0xE9): the file may be Latin-1 or Windows-1252; save it as UTF-8\n`;
        for (const args of [['validate', file], ['render', file, '--format', 'txt'], ['fmt', file]]) {
            const result = runCli(args);
            expect(result.status, args[0]).toBe(2);
            expect(result.stderr, args[0]).toBe(expected);
        }
        expect(fs.readFileSync(file)).toEqual(bytes);
    });

    it('is read when it is UTF-16 with a byte-order mark, and fmt keeps it UTF-16', () => {
        const valid = path.join(dir, 'valid16.tandem');
        fs.writeFileSync(valid, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID.replace('Jane Doe', 'José 李'), 'utf16le')]));
        const checked = runCli(['validate', valid]);
        expect(checked.stderr + checked.stdout).toBe('0 errors, 0 warnings in 1 file\n');
        expect(checked.status).toBe(0);
        expect(runCli(['render', valid, '--format', 'txt']).stdout).toContain('José 李');

        const messy = path.join(dir, 'messy16.tandem');
        const big = Buffer.from(MESSY, 'utf16le').swap16();
        fs.writeFileSync(messy, Buffer.concat([Buffer.from([0xfe, 0xff]), big]));
        expect(runCli(['fmt', messy]).status).toBe(0);
        const written = fs.readFileSync(messy);
        expect([...written.subarray(0, 2)]).toEqual([0xfe, 0xff]);
        const text = new TextDecoder('utf-16be').decode(written.subarray(2));
        expect(text).toContain('contract Messy "Messy agreement" {\n    parties {');
    });
});

describe('tandem batch', () => {
    const TEMPLATE = path.join(REPO, 'examples/lib/housing-template.tandem');
    const HEADER = 'clientName,clientPhone,workerName,start,housingBy,searchDue\n';
    const ROW = (name: string) => `${name},555-0101,Sam Lee,2026-12-01,2027-02-01,2026-12-20\n`;
    const batch = (data: string, out: string, ...extra: string[]) =>
        runCli(['batch', TEMPLATE, '--template', 'HousingSupport', '--data', data, '--out', out, '--format', 'txt', '--quiet', ...extra]);

    it('fails a Latin-1 row with its row and column unless --encoding says what the file is', () => {
        const data = path.join(dir, 'excel.csv');
        fs.writeFileSync(data, Buffer.from(HEADER + ROW('José Muñoz') + ROW('Ann Lee'), 'latin1'));
        const plain = batch(data, path.join(dir, 'plain'));
        expect(plain.status).toBe(1);
        expect(plain.stderr).toContain(`${data}:2: row 1, column clientName: error data-error: not valid UTF-8 (byte 0xE9 at line 2, column 4)`);
        expect(fs.readdirSync(path.join(dir, 'plain')).sort()).toEqual(['manifest.json', 'row-00002.txt']);

        for (const encoding of ['latin1', 'windows-1252']) {
            const out = path.join(dir, encoding);
            const result = batch(data, out, '--encoding', encoding);
            expect(result.status).toBe(0);
            expect(fs.readFileSync(path.join(out, 'row-00001.txt'), 'utf8')).toContain('José Muñoz');
        }
        expect(batch(data, path.join(dir, 'x'), '--encoding', 'ebcdic').status).toBe(2);
    });

    it('says "--out must be a folder" when --out names a file', () => {
        const data = path.join(dir, 'rows.csv');
        fs.writeFileSync(data, HEADER + ROW('Ann Lee'));
        const out = path.join(dir, 'taken');
        fs.writeFileSync(out, 'x');
        const result = batch(data, out);
        expect(result.status).toBe(2);
        expect(result.stderr).toBe(`error: --out must be a folder: ${out} is a file\n`);
    });
});
