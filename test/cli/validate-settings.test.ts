/**
 * `tandem validate` reads the workspace's tandem.json as the language server does.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runCli } from './run-cli.js';

const CONTRACT = `contract A {
    parties { client J "Jane" worker S "Sam" }
    duration { from 2026-12-01 for 4 weeks }
    goal G "Stop being non-compliant with the plan" { measure "m" }
    task T "t" { owner J, S  for G }
    confidentiality { limit safety }
    termination { when goals-met }
    sign J, S
}
`;

let folder: string;
beforeEach(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'tandem-validate-settings-'));
    writeFileSync(path.join(folder, 'a.tandem'), CONTRACT);
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const codes = (stdout: string) => (JSON.parse(stdout) as Array<{ code: string }>).map(d => d.code);

describe('tandem validate with tandem.json', () => {
    test('judgmentalLanguage.enabled: false turns the rule off, found from the current folder', () => {
        expect(codes(runCli(['validate', 'a.tandem', '--format', 'json'], { cwd: folder }).stdout)).toContain('judgmental-language');
        writeFileSync(path.join(folder, 'tandem.json'), '{ "judgmentalLanguage": { "enabled": false } }');
        const result = runCli(['validate', 'a.tandem', '--format', 'json'], { cwd: folder });
        expect(result.status).toBe(0);
        expect(codes(result.stdout)).not.toContain('judgmental-language');
    });

    test('found by walking up from the first path; a bad file is reported with its place, exit 2', () => {
        writeFileSync(path.join(folder, 'tandem.json'), '{\n  "paper": "A5"\n}');
        const result = runCli(['validate', path.join(folder, 'a.tandem')], { cwd: os.tmpdir() });
        expect(result.status).toBe(2);
        expect(result.stderr).toContain(`${path.join(folder, 'tandem.json')}:2:3: \`paper\` must be "a4" or "letter".`);
    });

    test('readingLevel.targetGrade from tandem.json, and --reading-grade on the command line overrides it, even when it says 8', () => {
        const hard = CONTRACT.replace('measure "m"', 'measure "Demonstrates comprehensive understanding of institutional documentation requirements."');
        writeFileSync(path.join(folder, 'a.tandem'), hard);
        expect(codes(runCli(['validate', 'a.tandem', '--format', 'json'], { cwd: folder }).stdout)).toContain('reading-level');
        writeFileSync(path.join(folder, 'tandem.json'), '{ "readingLevel": { "targetGrade": 40 } }');
        expect(codes(runCli(['validate', 'a.tandem', '--format', 'json'], { cwd: folder }).stdout)).not.toContain('reading-level');
        expect(codes(runCli(['validate', 'a.tandem', '--format', 'json', '--reading-grade', '8'], { cwd: folder }).stdout)).toContain('reading-level');
    });
});
