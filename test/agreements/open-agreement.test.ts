/**
 * One way to open an agreement (`openAgreement`/`selectAgreement` of @tandem/language): the
 * editor's preview, `tandem render`, the extension's Export and `tandem batch` agree on draft or
 * final for the same text, and a file with a syntax error shows that error, as file:line:column,
 * from every one of them.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AgreementNotFoundError } from '@tandem/language';
import { AgreementReadError, openAgreement } from '@tandem/language/node';
import { checkAgreementFile } from '../../packages/vscode/src/local-agreements.js';
import { REPO, runCli } from '../cli/run-cli.js';
import type { ServerProcess } from '../lsp/server-process.js';
import { fileUri, startServer } from '../lsp/server-process.js';

interface PreviewResult { html: string; errors: number; warnings: number; contract: string }

const template = readFileSync(path.join(REPO, 'examples/lib/housing-template.tandem'), 'utf8');
const bindings = (start: string) => [
    '    clientName = "Ana Ruiz"', '    clientPhone = "555-0199"', '    workerName = "Sam Lee"', `    start = ${start}`,
    '    housingBy = 2027-06-01', '    searchDue = 2027-05-01'
].join('\n');
/** A template and two contracts from it: Good is valid, Broken binds a date that does not exist. */
const twoContracts = `${template}\ncontract Good from HousingSupport {\n${bindings('2027-03-01')}\n}\n\ncontract Broken from HousingSupport {\n${bindings('2027-02-30')}\n}\n`;
/** `contract` misspelt on line 1. */
const misspelt = 'contrac Typo {\n    parties { client C "Ann" }\n}\n';

let dir: string;
let twoFile: string;
let typoFile: string;
let rows: string;
let server: ServerProcess;

beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tandem-open-'));
    twoFile = path.join(dir, 'two.tandem');
    typoFile = path.join(dir, 'typo.tandem');
    writeFileSync(twoFile, twoContracts);
    writeFileSync(typoFile, misspelt);
    rows = path.join(dir, 'rows.csv');
    writeFileSync(rows, 'clientName,clientPhone,workerName,start,housingBy,searchDue\nAna Ruiz,555-0199,Sam Lee,2027-03-01,2027-06-01,2027-05-01\n');
    server = await startServer({ rootPath: dir });
});
afterAll(async () => {
    await server?.stop();
});

async function preview(file: string, contract?: string): Promise<PreviewResult> {
    const uri = fileUri(file);
    await server.open(uri, readFileSync(file, 'utf8')).catch(() => undefined);
    return await server.connection.sendRequest('tandem/preview', { uri, contract }) as PreviewResult;
}

describe('openAgreement', () => {
    test('a contract comes with its own diagnostics only, and one rule says whether it is a draft', async () => {
        const good = await openAgreement(twoFile, { name: 'Good' });
        expect(good.contract.name).toBe('Good');
        expect(good.template?.name).toBe('HousingSupport');
        expect(good.errors).toEqual([]);
        expect(good.draft).toBe(false);
        expect(good.effective().name).toBe('Good');
        const broken = await openAgreement(twoFile, { name: 'Broken' });
        expect(broken.draft).toBe(true);
        expect(broken.errors.map(entry => entry.diagnostic.code)).toEqual(['invalid-date']);
        expect(broken.pathOf(broken.errors[0].uri)).toBe(twoFile);
        const { template: found } = await openAgreement(twoFile, { kind: 'template', name: 'HousingSupport' });
        expect(found.params.length).toBeGreaterThan(0);
    });

    test('a template\'s own errors reach every contract from it; its warnings do not', async () => {
        const file = path.join(dir, 'bad-template.tandem');
        const badTemplate = template.replace('agency "Eastgate Community Services"', 'agency "Eastgate Community Services"\n    locale xx');
        writeFileSync(file, `${badTemplate}\ncontract Good from HousingSupport {\n${bindings('2027-03-01')}\n}\n`);
        const opened = await openAgreement(file, { name: 'Good' });
        expect(opened.draft).toBe(true);
        expect(opened.errors.some(entry => opened.document.textDocument.offsetAt(entry.diagnostic.range.start) < opened.document.textDocument.getText().indexOf('contract Good'))).toBe(true);
    });

    test('a wrong or missing name lists the names; a syntax error is named by file:line:column; an unreadable file says why', async () => {
        await expect(openAgreement(twoFile, { name: 'Zed' })).rejects.toThrow('no contract named Zed in ' + twoFile + '; its contracts: Good, Broken');
        await expect(openAgreement(twoFile, { unnamed: 'only' })).rejects.toMatchObject({ reason: 'ambiguous', names: ['Good', 'Broken'] });
        expect((await openAgreement(twoFile)).contract.name).toBe('Good');
        await expect(openAgreement(twoFile, { kind: 'template', name: 'Nope' })).rejects.toThrow('its templates: HousingSupport');
        const error = await openAgreement(typoFile).catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(AgreementNotFoundError);
        expect((error as AgreementNotFoundError).reason).toBe('none');
        expect((error as Error).message).toContain(`${typoFile}:1:1:`);
        await expect(openAgreement(path.join(dir, 'absent.tandem'))).rejects.toBeInstanceOf(AgreementReadError);
    });
});

describe('preview, tandem render, Export and batch agree on draft or final', () => {
    test('the valid contract is final everywhere, the broken one a draft everywhere', async () => {
        // The editor's preview (the language server).
        const previewGood = await preview(twoFile, 'Good');
        const previewBroken = await preview(twoFile, 'Broken');
        expect(previewGood.html).not.toContain('DRAFT');
        expect(previewGood.errors).toBe(0);
        expect(previewBroken.html).toContain('DRAFT');
        expect(previewBroken.errors).toBe(1);

        // tandem render.
        const renderGood = runCli(['render', twoFile, '--contract', 'Good', '--format', 'txt']);
        expect(renderGood.status).toBe(0);
        expect(renderGood.stdout).not.toContain('DRAFT');
        const renderBroken = runCli(['render', twoFile, '--contract', 'Broken', '--format', 'txt']);
        expect(renderBroken.status).toBe(1);
        expect(renderBroken.stderr).toContain('invalid-date');
        expect(renderBroken.stderr).toContain('has errors and was not rendered');

        // The extension's Export (and its local preview).
        const checked = await checkAgreementFile(twoFile, twoContracts);
        const exportGood = await checked.render({ contract: 'Good', format: 'txt' });
        const exportBroken = await checked.render({ contract: 'Broken', format: 'txt' });
        expect(exportGood.errors).toEqual([]);
        expect(Buffer.from(exportGood.bytes).toString('utf8')).not.toContain('DRAFT');
        expect(exportBroken.errors.map(problem => problem.code)).toEqual(['invalid-date']);
        expect(Buffer.from(exportBroken.bytes).toString('utf8')).toContain('DRAFT');

        // tandem batch from the template of the same file: the broken contract does not concern it.
        const out = path.join(dir, 'out');
        const batch = runCli(['batch', twoFile, '--template', 'HousingSupport', '--data', rows, '--out', out, '--format', 'txt', '--quiet']);
        expect(batch.stderr).not.toContain('the template has errors');
        expect(batch.status).toBe(0);
        const written = readFileSync(path.join(out, 'row-00001.txt'), 'utf8');
        expect(written).not.toContain('DRAFT');
        // The same agreement as the valid contract's, but for its name.
        expect(written.replace(/\s+/g, ' ')).toContain('Ana Ruiz');
    }, 60_000);

    test('a misspelt `contract` keyword shows the syntax error from every command', async () => {
        const where = `${typoFile}:1:1`;
        const render = runCli(['render', typoFile, '--format', 'txt']);
        expect(render.status).not.toBe(0);
        expect(render.stderr).toContain(where);
        expect(render.stderr).toContain('syntax');

        const validate = runCli(['validate', typoFile]);
        expect(validate.stdout).toContain(where);

        const batch = runCli(['batch', typoFile, '--template', 'T', '--data', rows, '--out', path.join(dir, 'typo-out'), '--quiet']);
        expect(batch.status).not.toBe(0);
        expect(batch.stderr).toContain(where);

        const created = runCli(['new', path.join(dir, 'made.tandem'), '--template', 'T', '--from', typoFile]);
        expect(created.status).not.toBe(0);
        expect(created.stderr).toContain(where);

        const uri = fileUri(typoFile);
        await expect(preview(typoFile)).rejects.toThrow(`${uri}:1:1`);

        const checked = await checkAgreementFile(typoFile, misspelt);
        await expect(checked.render({ format: 'html' })).rejects.toThrow(`${typoFile}:1:1`);
    }, 60_000);
});

describe('batch reports the template\'s errors at their place', () => {
    test('an error in the template stops the batch with file:line:column', () => {
        const lib = path.join(dir, 'lib');
        mkdirSync(lib, { recursive: true });
        const file = path.join(lib, 'broken-template.tandem');
        writeFileSync(file, template.replace('locale en', 'locale xx'));
        const batch = runCli(['batch', file, '--template', 'HousingSupport', '--data', rows, '--out', path.join(dir, 'bt-out'), '--quiet']);
        expect(batch.status).not.toBe(0);
        expect(batch.stderr).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: the template has errors \\(unknown-locale`));
    });
});
