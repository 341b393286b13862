/**
 * The editor's 0.2 commands in the extension host (packages/vscode/src/contract-exports.ts and
 * git-head.ts): Export Calendar… and Export for Case Record (FHIR)… write what `tandem calendar`
 * and `tandem export --format fhir` write, from an editor's unsaved text too, and refuse a
 * contract with errors; Compare with… writes the "what changed in your agreement" page of two
 * versions in the new version's locale; the version in git's HEAD is read with `git show`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { contractData, writeFhirBundle, writeICalendar } from '@tandem/export';
import { openAgreement } from '@tandem/language/node';
import { agreementLocale, loadLocale } from '@tandem/render';
import { compareAgreementVersions, contractExportText, ContractErrorsError } from '../../packages/vscode/src/contract-exports.js';
import { headVersion } from '../../packages/vscode/src/git-head.js';
import { checkAgreementFile, NoContractError } from '../../packages/vscode/src/local-agreements.js';

const examples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples');
const housingFile = path.join(examples, 'housing-support.tandem');
const housing = readFileSync(housingFile, 'utf8');
const spanishFile = path.join(examples, 'youth-mentoring-es.tandem');
const spanish = readFileSync(spanishFile, 'utf8');

const temporary: string[] = [];
afterAll(() => {
    for (const folder of temporary) {
        rmSync(folder, { recursive: true, force: true });
    }
});

describe('Export Calendar… and Export for Case Record (FHIR)…', () => {
    test('write what tandem calendar and tandem export --format fhir write', async () => {
        const contract = (await checkAgreementFile(housingFile, housing)).select();
        const effective = (await openAgreement(housingFile)).effective();
        const calendar = contractExportText(contract, 'ics');
        expect(calendar).toBe(writeICalendar(contractData(effective), loadLocale(agreementLocale(effective))));
        expect(calendar).toMatch(/^BEGIN:VCALENDAR\r\n/);
        expect(calendar).toContain('RRULE:FREQ=WEEKLY');
        const fhir = contractExportText(contract, 'fhir');
        expect(fhir).toBe(writeFhirBundle(contractData(effective)));
        const bundle = JSON.parse(fhir) as { resourceType: string; type: string; entry: Array<{ resource: { resourceType: string } }> };
        expect(bundle.resourceType).toBe('Bundle');
        expect(bundle.type).toBe('collection');
        expect(bundle.entry.map(entry => entry.resource.resourceType)).toContain('CarePlan');
    });

    test('use the editor\'s unsaved text, and the calendar\'s titles are in the contract\'s locale', async () => {
        const edited = housing.replace('meet weekly on wednesday 10:00', 'meet weekly on thursday 10:00');
        const calendar = contractExportText((await checkAgreementFile(housingFile, edited)).select(), 'ics');
        expect(calendar).toContain('BYDAY=TH');
        expect(calendar).not.toContain('BYDAY=WE');
        const spanishCalendar = contractExportText((await checkAgreementFile(spanishFile, spanish)).select(), 'ics');
        const effective = (await openAgreement(spanishFile)).effective();
        expect(spanishCalendar).toBe(writeICalendar(contractData(effective), loadLocale('es')));
    });

    test('refuse a contract with errors, naming how many', async () => {
        const contract = (await checkAgreementFile(path.join(examples, 'broken.tandem'), 'contract Broken {\n    sign Nobody\n}\n')).select();
        expect(contract.errors.length).toBeGreaterThan(0);
        expect(() => contractExportText(contract, 'ics')).toThrow(ContractErrorsError);
        expect(() => contractExportText(contract, 'fhir')).toThrow(/^Broken has \d+ errors?: no FHIR bundle was written$/);
    });
});

describe('Compare with…', () => {
    const moved = housing
        .replace('due 2027-02-05', 'due 2027-02-12')
        .replace('    task Benefits', '    goal Savings "Open a savings account" {\n        measure "An account in his name"\n    }\n\n    task Benefits');

    test('the page of changes, in the new version\'s locale, with old and new values; no new revision is said', async () => {
        const compared = await compareAgreementVersions({ path: housingFile, text: housing }, { path: housingFile, text: moved });
        expect(compared.kind).toBe('page');
        if (compared.kind !== 'page') {
            return;
        }
        expect(compared.contract).toBe('MarcusHousing');
        expect(compared.locale).toBe('en');
        expect(compared.diff.revisionAdded).toBe(false);
        expect(compared.diff.changes.map(change => [change.section, change.change, change.field])).toEqual(expect.arrayContaining([
            ['goals', 'added', null],
            ['tasks', 'changed', 'due']
        ]));
        expect(compared.html).toMatch(/^<!DOCTYPE html>/i);
        expect(compared.html).toContain('What changed in your agreement');
        expect(compared.html).toContain('Open a savings account');
        expect(compared.html).toContain('5 February 2027');
        expect(compared.html).toContain('12 February 2027');
        // A locale asked for (the preview's setting or its language switch) wins.
        const inSpanish = await compareAgreementVersions({ path: housingFile, text: housing }, { path: housingFile, text: moved }, { locale: 'es' });
        expect(inSpanish.kind === 'page' && inSpanish.html).toContain('Qué cambió en su acuerdo');
    });

    test('a Spanish contract gets a Spanish page; a new revision is seen; a renamed contract is the same one', async () => {
        const revised = spanish
            .replace(/contract MentoriaMateo/, 'contract MentoriaMateoRevisada')
            .replace(/(\n\s*sign )/, '\n    revision 9 on 2027-03-01 "Revisión"\n$1');
        const compared = await compareAgreementVersions({ path: spanishFile, text: spanish }, { path: spanishFile, text: revised });
        expect(compared.kind).toBe('page');
        if (compared.kind !== 'page') {
            return;
        }
        expect(compared.locale).toBe('es');
        expect(compared.html).toContain('Qué cambió en su acuerdo');
        expect(compared.diff.revisionAdded).toBe(true);
        const same = await compareAgreementVersions({ path: spanishFile, text: spanish }, { path: spanishFile, text: spanish });
        expect(same.kind === 'page' && same.diff.changes).toEqual([]);
        expect(same.kind === 'page' && same.html).toContain('No cambió nada.');
    });

    test('a version with errors is not compared: which one, and its errors', async () => {
        const broken = housing.replace('owner Marcus\n        for Housing, Income', 'owner Nobody\n        for Housing, Income');
        const compared = await compareAgreementVersions({ path: housingFile, text: housing }, { path: housingFile, text: broken });
        expect(compared.kind).toBe('errors');
        expect(compared.kind === 'errors' && compared.version).toBe('new');
        expect(compared.kind === 'errors' && compared.errors.map(error => error.code)).toContain('unresolved-reference');
        const old = await compareAgreementVersions({ path: housingFile, text: broken }, { path: housingFile, text: housing });
        expect(old.kind === 'errors' && old.version).toBe('old');
    });

    test('a contract the older version does not have is an error in words', async () => {
        const two = `${housing}\ncontract Other {\n}\n`;
        await expect(compareAgreementVersions({ path: housingFile, text: two }, { path: housingFile, text: two }, { contract: 'Missing' }))
            .rejects.toThrow(NoContractError);
        await expect(compareAgreementVersions({ path: spanishFile, text: spanish }, { path: housingFile, text: two }, { contract: 'MarcusHousing' }))
            .rejects.toThrow(/^The older version has no contract MarcusHousing \(it has MentoriaMateo\)\.$/);
    });
});

describe('the version in git\'s HEAD', () => {
    const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd, stdio: 'pipe' });

    test('is the committed text of a tracked file, not the file on disk; an untracked file or a folder outside git has none', async () => {
        const repository = mkdtempSync(path.join(os.tmpdir(), 'tandem-git-head-'));
        temporary.push(repository);
        mkdirSync(path.join(repository, 'clients'));
        const file = path.join(repository, 'clients/marcus.tandem');
        writeFileSync(file, housing);
        git(repository, 'init', '-q');
        git(repository, 'add', '.');
        git(repository, 'commit', '-q', '-m', 'first version');
        writeFileSync(file, housing.replace('due 2027-02-05', 'due 2027-02-12'));
        const head = await headVersion(file);
        expect(head?.text).toBe(housing);
        expect(head?.commit).toMatch(/^[0-9a-f]{4,}$/);

        // A file saved as UTF-16 with its byte-order mark is decoded as the CLI decodes it.
        const wide = path.join(repository, 'clients/wide.tandem');
        writeFileSync(wide, Buffer.from(`\ufeff${spanish}`, 'utf16le'));
        git(repository, 'add', 'clients/wide.tandem');
        git(repository, 'commit', '-q', '-m', 'a UTF-16 file');
        expect((await headVersion(wide))?.text).toBe(spanish);

        const untracked = path.join(repository, 'clients/new.tandem');
        writeFileSync(untracked, housing);
        expect(await headVersion(untracked)).toBeUndefined();
        // Staged but never committed: not in HEAD either.
        git(repository, 'add', 'clients/new.tandem');
        expect(await headVersion(untracked)).toBeUndefined();

        const outside = mkdtempSync(path.join(os.tmpdir(), 'tandem-no-git-'));
        temporary.push(outside);
        writeFileSync(path.join(outside, 'a.tandem'), housing);
        expect(await headVersion(path.join(outside, 'a.tandem'))).toBeUndefined();
    });

    test('is none when git is not installed', async () => {
        expect(await headVersion(housingFile, path.join(os.tmpdir(), 'no-such-git-binary'))).toBeUndefined();
    });
});
