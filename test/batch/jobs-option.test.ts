/**
 * `tandem batch --jobs` as a user gives it: nonsense is refused (exit 2) before anything is
 * read; a request above what the machine has is lowered, and the command says so.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, runCli } from '../cli/run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'tandem-jobs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const batch = (jobs: string) => runCli(['batch', path.join(REPO, 'examples/lib/housing-template.tandem'), '--template', 'HousingSupport',
    '--data', path.join(REPO, 'examples/data/housing-rows.csv'), '--out', path.join(dir, `out-${jobs}`), '--format', 'txt', '--quiet', '--jobs', jobs]);

describe('tandem batch --jobs', () => {
    it('refuses nonsense with exit 2', () => {
        for (const jobs of ['0', '-1', 'abc', '1.5', '', '2x']) {
            const result = batch(jobs);
            expect(result.status, jobs).toBe(2);
            expect(result.stderr, jobs).toMatch(/--jobs <N>' argument .* is invalid\. expected a whole number of 1 or more/);
        }
    });

    it('lowers 100000 to what the machine has, and says so', () => {
        const result = batch('100000');
        expect(result.status).toBe(0);
        const cores = cpus().length;
        expect(result.stderr).toMatch(new RegExp(`^note: --jobs 100000 lowered to \\d+: (this machine has ${cores} cores?|\\d+ MB of free memory allows \\d+ \\(256 MB each\\))\\n`));
    });
});
