/**
 * `tandem new`: what it writes validates, it never overwrites a file, and bad usage is exit 2.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { REPO, runCli } from './run-cli.js';

let dir: string;

beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'tandem-new-'));
});

function validateJson(file: string) {
    const result = runCli(['validate', file, '--format', 'json'], { cwd: dir });
    return { status: result.status, diagnostics: JSON.parse(result.stdout) as Array<{ severity: string; code: string }> };
}

describe('tandem new', () => {
    it('writes a minimal agreement that validates with no errors or warnings', () => {
        const result = runCli(['new', 'jane-doe.tandem'], { cwd: dir });
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('jane-doe.tandem');
        const text = readFileSync(path.join(dir, 'jane-doe.tandem'), 'utf8');
        expect(text).toContain('contract JaneDoe');
        expect(text).toContain('TODO');
        const { status, diagnostics } = validateJson('jane-doe.tandem');
        expect(diagnostics.filter(d => d.severity !== 'info')).toEqual([]);
        expect(status).toBe(0);
    });

    it('writes a contract from a template: the import and a binding per parameter, defaults as comments', () => {
        cpSync(path.join(REPO, 'examples/lib'), path.join(dir, 'lib'), { recursive: true });
        const result = runCli(['new', 'clients/ana', '--template', 'HousingSupport', '--from', 'lib/housing-template.tandem'], { cwd: dir });
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        const text = readFileSync(path.join(dir, 'clients/ana.tandem'), 'utf8');
        expect(text).toMatch(/^import "\.\.\/lib\/housing-template\.tandem"$/m);
        expect(text).toMatch(/^contract Ana .*from HousingSupport \{$/m);
        expect(text).toMatch(/^ {4}clientName = ".*" {2}\/\/ TODO: replace \(text: /m);
        expect(text).toMatch(/^ {4}start = \d{4}-\d{2}-\d{2} {2}\/\/ TODO: replace \(date/m);
        expect(text).toMatch(/^ {4}\/\/ length = 16 /m);
        const { status, diagnostics } = validateJson('clients/ana.tandem');
        expect(diagnostics.filter(d => d.severity !== 'info')).toEqual([]);
        expect(status).toBe(0);
    });

    it('never overwrites an existing file', () => {
        const file = path.join(dir, 'mine.tandem');
        writeFileSync(file, '// my work\n');
        const result = runCli(['new', 'mine.tandem'], { cwd: dir });
        expect(result.status).toBe(2);
        expect(result.stderr).toContain('already exists');
        expect(readFileSync(file, 'utf8')).toBe('// my work\n');
    });

    it('names the templates a file has when the one asked for is not there', () => {
        cpSync(path.join(REPO, 'examples/lib'), path.join(dir, 'lib'), { recursive: true });
        const result = runCli(['new', 'x.tandem', '--template', 'Housing', '--from', 'lib/housing-template.tandem'], { cwd: dir });
        expect(result.status).toBe(2);
        expect(result.stderr).toContain('HousingSupport');
    });

    it('--template without --from is bad usage', () => {
        expect(runCli(['new', 'x.tandem', '--template', 'HousingSupport'], { cwd: dir }).status).toBe(2);
    });
});
