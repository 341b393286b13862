/**
 * User text reaching the terminal is shown escaped, never raw: escape sequences in an import path
 * or a file name, NUL, zero-width spaces and bidirectional controls in strings and data. Letters of
 * every script (and the joiners some need) stay as they are.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { terminalText } from '../../packages/cli/src/terminal.js';
import { REPO, runCli } from './run-cli.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-terminal-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b\u202e]/;

describe('terminalText', () => {
    it('escapes controls and invisible characters, and keeps letters and joiners', () => {
        expect(terminalText('lib\u001b[31mred\u200b.tandem')).toBe('lib\\u001b[31mred\\u200b.tandem');
        expect(terminalText('A\u0000B\u0007C\nD\rE\u009bF\u202eG\ufeffH\u{e0041}')).toBe('A\\u0000B\\u0007C\\u000aD\\u000dE\\u009bF\\u202eG\\ufeffH\\u{e0041}');
        const letters = 'José Muñoz 陈小龙 محمد‌رضا क्‍ष 👨‍👩‍👧\tend';
        expect(terminalText(letters)).toBe(letters);
    });
});

describe('the commands', () => {
    it('validate, fmt and batch show hostile text escaped', () => {
        const file = path.join(dir, 'hostile\u001b[2J.tandem');
        fs.writeFileSync(file, 'import "lib\u001b[31mred\u200b.tandem"\ncontract A "Ann\u0000 Lee" {\n    agency "x\n');
        const validate = runCli(['validate', file]);
        const fmt = runCli(['fmt', file]);
        for (const result of [validate, fmt]) {
            expect(RAW.test(result.stdout + result.stderr)).toBe(false);
            expect(result.stdout + result.stderr).toContain('hostile\\u001b[2J.tandem');
        }
        fs.writeFileSync(file, 'import "lib\u001b[31mred\u200b.tandem"\n');
        expect(runCli(['validate', file]).stdout).toContain('Cannot find the file "lib\\u001b[31mred\\u200b.tandem"');

        const data = path.join(dir, 'rows.csv');
        fs.writeFileSync(data, 'clientName,clientPhone,workerName,start,housingBy,searchDue\nJane\u001b[2J\u200b,555,Sam Lee,2026-13-01,2027-02-01,2026-12-20\n');
        const batch = runCli(['batch', path.join(REPO, 'examples/lib/housing-template.tandem'), '--template', 'HousingSupport', '--data', data, '--out', path.join(dir, 'out'), '--format', 'txt', '--quiet', '--name', 'clientName']);
        expect(batch.status).toBe(1);
        expect(RAW.test(batch.stderr)).toBe(false);
    });
});
