/**
 * `tandem batch` on a disk that fills up (a real tmpfs of 400 kB, mounted for the test: needs
 * root, as the test machines run): it stops cleanly, leaves no temporary file, writes a manifest
 * that lists what was written and says why the batch stopped, and exits 2 with one message.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, runCli } from '../cli/run-cli.js';

const TEMPLATE = path.join(REPO, 'examples/lib/housing-template.tandem');
const ROWS = path.join(REPO, 'examples/data/housing-rows.csv');

let disk: string;

beforeAll(() => {
    disk = mkdtempSync(path.join(tmpdir(), 'tandem-full-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=400k', 'tmpfs', disk]);
});

afterAll(() => {
    execFileSync('umount', [disk]);
    rmSync(disk, { recursive: true, force: true });
});

describe('tandem batch on a full disk', () => {
    for (const jobs of ['1', '2']) {
        it(`stops cleanly with --jobs ${jobs}: complete files only, a manifest that says so, exit 2`, () => {
            const out = path.join(disk, `out-${jobs}`);
            const result = runCli(['batch', TEMPLATE, '--template', 'HousingSupport', '--data', ROWS, '--out', out, '--format', 'pdf', '--quiet', '--jobs', jobs]);
            expect(result.status).toBe(2);
            const lines = result.stderr.trim().split('\n');
            expect(lines).toHaveLength(1);
            expect(lines[0]).toMatch(/^error: cannot write .+row-\d{5}\.pdf: no space left on the disk\. The batch stopped: \d+ agreements? written, listed in .+manifest\.json; no partial file was left\.$/);
            expect(result.stderr).not.toMatch(/Unhandled|syntax|cannot read/);

            const files = readdirSync(out).sort();
            expect(files.filter(file => file.startsWith('.'))).toEqual([]);
            const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as {
                rows: Array<{ file?: string; status: string }>; summary: { written: number; interrupted: boolean; failure?: string };
            };
            expect(manifest.summary.failure).toMatch(/no space left on the disk/);
            expect(manifest.summary.interrupted).toBe(true);
            const listed = manifest.rows.map(row => row.file).sort();
            expect(listed).toEqual(files.filter(file => file.endsWith('.pdf')));
            expect(manifest.summary.written).toBe(listed.length);
            expect(listed.length).toBeGreaterThan(0);
            expect(listed.length).toBeLessThan(50);
            for (const file of listed) {
                const bytes = readFileSync(path.join(out, file!));
                expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
                expect(bytes.subarray(-6).toString()).toMatch(/%%EOF\s*$/);
                expect(statSync(path.join(out, file!)).mode & 0o777).toBe(0o600);
            }
            rmSync(out, { recursive: true, force: true });
        });
    }
});
