/**
 * A row that fails for a reason outside the language is labelled with batch's own code, never
 * `syntax` (which is Tandem's parser's): a record that cannot be read is `data-error`, an
 * agreement that cannot be rendered `render-error`, one whose file has something in its way
 * `write-error` (a full or broken disk stops the whole batch, in words).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_PROBLEM_CODES } from '@tandem/batch';
import { REPO, runCli } from '../cli/run-cli.js';

describe('batch problem codes', () => {
    it('a JSONL line that is not JSON is a data-error in the manifest and in the report', () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'tandem-batch-codes-'));
        const data = path.join(dir, 'rows.jsonl');
        writeFileSync(data, [
            JSON.stringify({ clientName: 'Jane Doe', clientPhone: '555-0101', workerName: 'Sam Lee', start: '2026-12-01', housingBy: '2027-02-01', searchDue: '2026-12-20' }),
            '{ "clientName": "Broken",',
            ''
        ].join('\n'));
        const result = runCli(['batch', path.join(REPO, 'examples/lib/housing-template.tandem'), '--template', 'HousingSupport',
            '--data', data, '--out', path.join(dir, 'out'), '--format', 'txt', '--quiet']);
        expect(result.status).toBe(1);
        const manifest = JSON.parse(readFileSync(path.join(dir, 'out/manifest.json'), 'utf8')) as {
            rows: Array<{ row: number; status: string; diagnostics: Array<{ code: string }> }>;
        };
        const failed = manifest.rows.find(row => row.status === 'failed')!;
        expect(failed.diagnostics.map(diagnostic => diagnostic.code)).toEqual(['data-error']);
        expect(JSON.stringify(manifest)).not.toContain('"syntax"');
        expect(result.stderr).toContain('data-error');
        expect(Object.keys(BATCH_PROBLEM_CODES)).toEqual(['data-error', 'render-error', 'write-error']);
    });

    it('an agreement that cannot be written (a folder is in the way) is that row\'s write-error; the batch goes on', () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'tandem-batch-codes-'));
        const data = path.join(dir, 'rows.csv');
        writeFileSync(data, 'clientName,clientPhone,workerName,start,housingBy,searchDue\nJane Doe,555-0101,Sam Lee,2026-12-01,2027-02-01,2026-12-20\nOmar Haddad,555-0102,Sam Lee,2026-12-01,2027-02-01,2026-12-20\n');
        mkdirSync(path.join(dir, 'out/row-00001.txt'), { recursive: true });
        const result = runCli(['batch', path.join(REPO, 'examples/lib/housing-template.tandem'), '--template', 'HousingSupport',
            '--data', data, '--out', path.join(dir, 'out'), '--format', 'txt', '--quiet']);
        expect(result.status).toBe(1);
        const manifest = JSON.parse(readFileSync(path.join(dir, 'out/manifest.json'), 'utf8')) as { rows: Array<{ status: string; diagnostics: Array<{ code: string }> }> };
        expect(manifest.rows[0].status).toBe('failed');
        expect(manifest.rows[0].diagnostics.map(diagnostic => diagnostic.code)).toEqual(['write-error']);
        expect(manifest.rows[1].status).toBe('written');
        expect(JSON.stringify(manifest)).not.toContain('"syntax"');
    });
});
