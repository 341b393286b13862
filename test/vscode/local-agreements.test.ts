/**
 * The extension host's own checking and rendering (packages/vscode/src/local-agreements.ts): what
 * export uses for every format, and the preview when the server does not answer
 * `tandem/preview`. An editor's unsaved text is what counts; imports are read from disk.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkAgreementFile, NoContractError } from '../../packages/vscode/src/local-agreements.js';
const examples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples');

describe('agreements checked in the extension host', () => {
    test('the unsaved text of a contract from an imported template renders, with source positions and the template\'s file', async () => {
        const file = path.join(examples, 'unsaved.tandem');
        const text = [
            'import "lib/housing-template.tandem"',
            'contract Unsaved from HousingSupport {',
            '    clientName = "Ana Ruiz"', '    clientPhone = "555-0199"', '    workerName = "Sam Lee"', '    start = 2027-03-01',
            '    meetings = 10', '    area = "the city"', '    housingBy = 2027-06-01', '    searchDue = 2027-05-01',
            '}', ''
        ].join('\n');
        const checked = await checkAgreementFile(file, text);
        expect(checked.contracts).toEqual(['Unsaved']);
        const rendered = await checked.render({ format: 'html', sourcePositions: true });
        const html = Buffer.from(rendered.bytes).toString('utf8');
        expect(rendered.errors).toEqual([]);
        expect(html).toContain('Ana Ruiz');
        expect(html).toMatch(/data-source-line="\d+"[^>]*data-source-origin="template"/);
        expect(rendered.templateUri).toMatch(/examples\/lib\/housing-template\.tandem$/);
        expect(html).not.toContain('DRAFT');
    });

    test('a contract with errors renders as a draft and says which errors', async () => {
        const checked = await checkAgreementFile(path.join(examples, 'broken.tandem'), 'contract Broken {\n    sign Nobody\n}\n');
        const rendered = await checked.render({ format: 'html' });
        expect(rendered.errors.map(problem => problem.code)).toContain('unresolved-reference');
        expect(rendered.errors[0].line).toBeGreaterThanOrEqual(0);
        expect(Buffer.from(rendered.bytes).toString('utf8')).toContain('DRAFT');
    });

    test('a PDF starts with %PDF, in the locale asked for', async () => {
        const checked = await checkAgreementFile(path.join(examples, 'housing-support.tandem'),
            readFileSync(path.join(examples, 'housing-support.tandem'), 'utf8'));
        const pdf = await checked.render({ format: 'pdf', paper: 'letter' });
        expect(Buffer.from(pdf.bytes).subarray(0, 5).toString('latin1')).toBe('%PDF-');
        const spanish = await checked.render({ format: 'txt', locale: 'es' });
        expect(Buffer.from(spanish.bytes).toString('utf8')).toContain('Quiénes somos');
    });

    test('a file with no contract, or a contract that is not there, is an error in words', async () => {
        const checked = await checkAgreementFile(path.join(examples, 'only-template.tandem'), 'template T {\n}\n');
        expect(checked.templates).toEqual(['T']);
        await expect(checked.render({ format: 'html' })).rejects.toThrow(NoContractError);
        await expect(checked.render({ format: 'html', contract: 'Missing' })).rejects.toThrow(/no contract Missing/);
    });
});
