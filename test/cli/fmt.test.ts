/**
 * `tandem fmt` as a user runs it: the built command in a child process, on copies of the
 * fixtures in a temporary folder.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO, runCli } from './run-cli.js';

const FIXTURES = path.join(REPO, 'test/fixtures/fmt');

let dir: string;

beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-fmt-'));
    fs.cpSync(FIXTURES, dir, { recursive: true });
});

afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
});

const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');
const fmt = (...args: string[]) => runCli(['fmt', ...args], { cwd: dir });

describe('tandem fmt', () => {
    it('rewrites a file that is not formatted, in the canonical layout, and exits 0', () => {
        const result = fmt('messy.tandem');
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(result.stdout).toBe('formatted messy.tandem\n1 file of 1 reformatted\n');
        expect(read('messy.tandem')).toBe([
            '// Needs formatting.',
            'contract Messy "Messy agreement" {',
            '    parties {',
            '        client Ann "Ann Lee"',
            '        worker Bo "Bo Chan"',
            '    }',
            '    duration { from 2027-01-04 for 8 weeks  meet weekly }',
            '',
            '    goal Work "Find work" { measure "Ann starts a job" } // trailing',
            '    task Apply "Apply for jobs" { owner Ann, Bo  for Work }',
            '    sign Ann, Bo',
            '}',
            ''
        ].join('\n'));
        expect(fmt('messy.tandem', '--check').status).toBe(0);
    });

    it('does not touch a file that is already formatted', () => {
        const file = path.join(dir, 'canonical.tandem');
        fs.utimesSync(file, new Date(2020, 0, 1), new Date(2020, 0, 1));
        const result = fmt('canonical.tandem');
        expect(result.status).toBe(0);
        expect(result.stdout).toBe('0 files of 1 reformatted\n');
        expect(fs.statSync(file).mtime.getFullYear()).toBe(2020);
    });

    it('searches folders for *.tandem, keeps CRLF files CRLF and leaves no temporary file behind', () => {
        const result = fmt('nested');
        expect(result.status).toBe(0);
        expect(result.stdout).toContain(`formatted ${path.join('nested', 'crlf.tandem')}`);
        expect(read('nested/crlf.tandem')).toBe('contract Crlf {\r\n    agency "A"\r\n}\r\n');
        expect(read('nested/readme.txt')).toBe('not tandem');
        expect(fs.readdirSync(path.join(dir, 'nested')).sort()).toEqual(['crlf.tandem', 'readme.txt']);
    });

    it('leaves a file with a syntax error untouched, reports file:line:column, exits 1 and formats the others', () => {
        const broken = read('broken.tandem');
        const result = fmt('broken.tandem', 'messy.tandem');
        expect(result.status).toBe(1);
        expect(result.stderr).toMatch(/^broken\.tandem:4:5 {2}error {2}syntax {2}.+\(not formatted\)\n$/);
        expect(read('broken.tandem')).toBe(broken);
        expect(result.stdout).toContain('formatted messy.tandem');
        expect(result.stdout).toContain('1 file with syntax errors left unchanged');
    });

    it('--check writes nothing, names each file that would change and exits 1', () => {
        const messy = read('messy.tandem');
        const crlf = read('nested/crlf.tandem');
        const result = fmt('.', '--check');
        expect(result.status).toBe(1);
        expect(result.stdout).toContain('would reformat messy.tandem\n');
        expect(result.stdout).toContain(`would reformat ${path.join('nested', 'crlf.tandem')}\n`);
        expect(result.stdout).not.toContain('canonical.tandem');
        expect(result.stdout).toContain('2 files of 4 would be reformatted');
        expect(read('messy.tandem')).toBe(messy);
        expect(read('nested/crlf.tandem')).toBe(crlf);
    });

    it('--check exits 0 when every file is formatted', () => {
        const result = fmt('canonical.tandem', '--check');
        expect(result.status).toBe(0);
        expect(result.stdout).toBe('0 files of 1 would be reformatted\n');
    });

    it('a missing path: exit 2 with a clear message, and the other files are still formatted', () => {
        const result = fmt('nope.tandem', 'messy.tandem');
        expect(result.status).toBe(2);
        expect(result.stderr).toContain('no such file or folder: nope.tandem');
        expect(result.stdout).toContain('formatted messy.tandem');
        expect(read('messy.tandem')).toContain('    sign Ann, Bo\n}\n');
    });

    it('keeps a byte-order mark', () => {
        fs.writeFileSync(path.join(dir, 'bom.tandem'), '\ufeffcontract B {   }');
        expect(fmt('bom.tandem').status).toBe(0);
        expect(read('bom.tandem')).toBe('\ufeffcontract B {}\n');
    });
});
