/**
 * The 0.2 commands as a user runs them (the built CLI in a child process): `tandem diff`,
 * `tandem calendar` and `tandem export`, their outputs, `--out`, and their exit statuses.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, runCli } from './run-cli.js';

const HOUSING = path.join(REPO, 'examples/housing-support.tandem');
let folder: string;

beforeAll(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'tandem-after-signing-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function version(name: string, edit: (text: string) => string): string {
    const file = path.join(folder, name);
    writeFileSync(file, edit(readFileSync(HOUSING, 'utf8')));
    return file;
}

describe('tandem diff', () => {
    it('prints what changed and exits 1 when the agreement changed without a new revision', () => {
        const moved = version('moved.tandem', text => text.replace('due 2027-02-05', 'due 2027-02-12'));
        const result = runCli(['diff', HOUSING, moved]);
        expect(result.stdout).toContain('tasks  Papers  changed  due: "2027-02-05" → "2027-02-12"');
        expect(result.status).toBe(1);
        const json = JSON.parse(runCli(['diff', HOUSING, moved, '--format', 'json']).stdout);
        expect(json).toEqual({ changes: [{ section: 'tasks', item: 'Papers', change: 'changed', field: 'due', old: '2027-02-05', new: '2027-02-12' }], revisionAdded: false });
    });

    it('exits 0 when nothing changed (layout and comments are no change) or a revision is added', () => {
        const relaid = version('relaid.tandem', text => `// a comment\n${text.replace(/\n {4}/g, '\n        ')}`);
        const same = runCli(['diff', HOUSING, relaid]);
        expect(same.stdout).toBe('No changes.\n');
        expect(same.status).toBe(0);
        const revised = version('revised.tandem', text => text.replace('due 2027-02-05', 'due 2027-02-12')
            .replace(/(\n {4}sign )/, '\n    revision 3 on 2027-02-15 "Moved the ID date"$1'));
        const result = runCli(['diff', HOUSING, revised]);
        expect(result.stdout).toContain('a new revision is added');
        expect(result.status).toBe(0);
    });

    it('writes the "what changed" page in the new version\'s locale, any format, to --out', () => {
        const moved = version('moved2.tandem', text => text.replace('due 2027-02-05', 'due 2027-02-12'));
        const out = path.join(folder, 'changes.pdf');
        const result = runCli(['diff', HOUSING, moved, '--out', out]);
        expect(result.status).toBe(1);
        expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
        const es = runCli(['diff', HOUSING, moved, '--format', 'txt', '--locale', 'es']).stdout;
        expect(es).toContain('Qué cambió en su acuerdo');
        expect(es.replace(/\s+/g, ' ')).toContain('la fecha límite cambió de 5 de febrero de 2027 a 12 de febrero de 2027');
    });

    it('bad usage and unreadable files are exit 2; a version with errors is exit 1', () => {
        expect(runCli(['diff', HOUSING, path.join(folder, 'nope.tandem')]).status).toBe(2);
        expect(runCli(['diff', HOUSING]).status).toBe(2);
        const broken = version('broken.tandem', text => text.replace('due 2027-02-05', 'due 2027-02-30'));
        const result = runCli(['diff', HOUSING, broken]);
        expect(result.stderr).toContain('invalid-date');
        expect(result.status).toBe(1);
    });
});

describe('tandem calendar', () => {
    it('writes the iCalendar of a contract to standard output or --out', () => {
        const result = runCli(['calendar', HOUSING]);
        expect(result.status).toBe(0);
        expect(result.stdout).toMatch(/^BEGIN:VCALENDAR\r\n/);
        expect(result.stdout).toContain('RRULE:FREQ=WEEKLY;BYDAY=WE;');
        expect(result.stdout).not.toContain('Marcus');
        const out = path.join(folder, 'marcus.ics');
        expect(runCli(['calendar', HOUSING, '--out', out]).status).toBe(0);
        expect(readFileSync(out, 'utf8')).toBe(result.stdout);
    });

    it('refuses a contract with errors (exit 1) and a missing file (exit 2)', () => {
        const broken = version('broken-cal.tandem', text => text.replace('due 2027-02-05', 'due 2027-02-30'));
        const result = runCli(['calendar', broken]);
        expect(result.status).toBe(1);
        expect(result.stdout).toBe('');
        expect(runCli(['calendar', path.join(folder, 'nope.tandem')]).status).toBe(2);
    });
});

describe('tandem export', () => {
    it('--format fhir writes a collection bundle; --format json the contract with $schema and tandemVersion', () => {
        const fhir = runCli(['export', HOUSING, '--format', 'fhir']);
        expect(fhir.status).toBe(0);
        expect(JSON.parse(fhir.stdout)).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
        const json = runCli(['export', HOUSING, '--format', 'json']);
        expect(JSON.parse(json.stdout)).toMatchObject({ $schema: 'urn:tandem:schema:contract:0.2', tandemVersion: '0.2', name: 'MarcusHousing' });
        expect(runCli(['export', HOUSING, '--format', 'json']).stdout).toBe(json.stdout);
    });

    it('--format is required; a contract with errors is refused', () => {
        expect(runCli(['export', HOUSING]).status).toBe(2);
        const broken = version('broken-export.tandem', text => text.replace('due 2027-02-05', 'due 2027-02-30'));
        expect(runCli(['export', broken, '--format', 'json']).status).toBe(1);
    });
});
