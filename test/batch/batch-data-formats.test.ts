/**
 * (0.2) `tandem batch --format ics` and `--format fhir`: one iCalendar or one FHIR bundle per
 * row of data, under safe names, each readable (a real iCalendar parser; a FHIR collection
 * Bundle), bad rows reported as for agreements.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { REPO, runCli } from '../cli/run-cli.js';

const TEMPLATE = path.join(REPO, 'examples/lib/housing-template.tandem');
const ROWS = 'clientName,clientPhone,workerName,start,housingBy,searchDue\nJane Doe,555-0101,Sam Lee,2026-12-01,2027-02-01,2026-12-20\nOmar Haddad,555-0102,Sam Lee,2027-02-30,2027-03-01,2027-01-20\n';

function run(format: string): { dir: string; status: number | null; files: string[] } {
    const dir = mkdtempSync(path.join(tmpdir(), 'tandem-batch-data-'));
    const data = path.join(dir, 'rows.csv');
    writeFileSync(data, ROWS);
    const result = runCli(['batch', TEMPLATE, '--template', 'HousingSupport', '--data', data, '--out', path.join(dir, 'out'), '--format', format, '--name', 'clientName', '--quiet']);
    return { dir, status: result.status, files: readdirSync(path.join(dir, 'out')).sort() };
}

describe('tandem batch: calendars and FHIR bundles', () => {
    it('--format ics: one calendar per good row, read by a real parser; the bad row reported', () => {
        const { dir, status, files } = run('ics');
        expect(status).toBe(1);
        expect(files).toEqual(['Jane Doe.ics', 'manifest.json']);
        const calendar = new ICAL.Component(ICAL.parse(readFileSync(path.join(dir, 'out', 'Jane Doe.ics'), 'utf8')));
        const summaries = calendar.getAllSubcomponents('vevent').map(event => String(event.getFirstPropertyValue('summary')));
        expect(summaries).toContain('Last day of our agreement');
        expect(summaries.join(' ')).not.toContain('Jane');
        const manifest = JSON.parse(readFileSync(path.join(dir, 'out', 'manifest.json'), 'utf8'));
        expect(manifest.rows[1]).toMatchObject({ row: 2, status: 'failed', diagnostics: [{ column: 'start', code: 'invalid-date' }] });
    });

    it('--format fhir: one collection bundle per good row', () => {
        const { dir, files } = run('fhir');
        expect(files).toEqual(['Jane Doe.fhir.json', 'manifest.json']);
        const bundle = JSON.parse(readFileSync(path.join(dir, 'out', 'Jane Doe.fhir.json'), 'utf8'));
        expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
        expect(bundle.entry.some((entry: { resource: { resourceType: string } }) => entry.resource.resourceType === 'CarePlan')).toBe(true);
    });
});
