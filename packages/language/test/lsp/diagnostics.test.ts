/**
 * Diagnostics in the editor: codes with a link to the rule's page, related information, contracts
 * re-checked when a template in another file changes, imports from outside the workspace loaded.
 */
import { describe, expect, test } from 'vitest';
import { URI } from 'langium';
import { PUBLISHED_RULES_URL } from '@tandem/language/lsp';
import { buildFiles, CONTRACT, createLspServices, documentAt, editFile, settle, TEMPLATE } from './lsp-helpers.js';

describe('diagnostics', () => {
    test('each diagnostic has its code and a link to docs/rules/<code>.md', async () => {
        const services = createLspServices();
        const [document] = await buildFiles(services, { '/ws/a.tandem': 'contract A {\n  sign Nobody\n}\n' });
        const diagnostics = document.diagnostics ?? [];
        expect(diagnostics.length).toBeGreaterThan(0);
        for (const diagnostic of diagnostics) {
            expect(diagnostic.code).toBeTypeOf('string');
            expect(diagnostic.codeDescription?.href).toBe(`${PUBLISHED_RULES_URL}${diagnostic.code}.md`);
        }
    });

    test('a local folder of rule pages gives file: links', async () => {
        const services = createLspServices();
        services.Tandem.diagnostics.RuleDocumentation.useLocalFolder('/repo/docs/rules');
        const [document] = await buildFiles(services, { '/ws/a.tandem': 'contract A {\n  sign Nobody\n}\n' });
        const unresolved = document.diagnostics!.find(d => d.code === 'unresolved-reference')!;
        expect(unresolved.codeDescription?.href).toBe(`${URI.file('/repo/docs/rules').toString()}/unresolved-reference.md`);
    });

    test('a value of the wrong type points at the parameter declaration', async () => {
        const services = createLspServices();
        await buildFiles(services, {
            '/ws/lib.tandem': TEMPLATE,
            '/ws/jane.tandem': CONTRACT.replace('start = 2026-12-01', 'start = "soon"')
        });
        const mismatch = documentAt(services, '/ws/jane.tandem').diagnostics!.find(d => d.code === 'param-type-mismatch')!;
        expect(mismatch.relatedInformation?.[0].location.uri).toBe(URI.file('/ws/lib.tandem').toString());
        expect(mismatch.relatedInformation?.[0].location.range.start.line).toBe(2);
        expect(mismatch.relatedInformation?.[0].message).toContain('date parameter');
    });

    test('a duplicate name points at the first declaration', async () => {
        const services = createLspServices();
        const [document] = await buildFiles(services, { '/ws/lib.tandem': TEMPLATE.replace('task Call', 'task Search') });
        const duplicate = document.diagnostics!.find(d => d.code === 'duplicate-name')!;
        expect(duplicate.relatedInformation?.[0].location.range.start.line).toBe(10);
    });

    test('editing a template re-checks the contracts that use it in other files', async () => {
        const services = createLspServices();
        await buildFiles(services, { '/ws/lib.tandem': TEMPLATE, '/ws/jane.tandem': CONTRACT });
        expect(documentAt(services, '/ws/jane.tandem').diagnostics!.filter(d => d.severity === 1)).toEqual([]);

        // The template gains a parameter without default: the contract must now bind it.
        await editFile(services, '/ws/lib.tandem', TEMPLATE.replace('param start: date "First day"', 'param start: date "First day"\n    param workerName: text'));
        const codes = documentAt(services, '/ws/jane.tandem').diagnostics!.map(d => d.code);
        expect(codes).toContain('missing-binding');

        // And back: the problem goes away without touching the contract.
        await editFile(services, '/ws/lib.tandem', TEMPLATE);
        expect(documentAt(services, '/ws/jane.tandem').diagnostics!.map(d => d.code)).not.toContain('missing-binding');
    });

    test('renaming the template away makes the contract\'s `from` unresolved', async () => {
        const services = createLspServices();
        await buildFiles(services, { '/ws/lib.tandem': TEMPLATE, '/ws/jane.tandem': CONTRACT });
        await editFile(services, '/ws/lib.tandem', TEMPLATE.replace('template Housing', 'template Shelter'));
        expect(documentAt(services, '/ws/jane.tandem').diagnostics!.map(d => d.code)).toContain('unresolved-reference');
        await editFile(services, '/ws/lib.tandem', TEMPLATE);
        expect(documentAt(services, '/ws/jane.tandem').diagnostics!.map(d => d.code)).not.toContain('unresolved-reference');
    });

    test('a file imported from outside the workspace is loaded so that its templates resolve', async () => {
        const services = createLspServices();
        services.fileSystem.insert(URI.file('/shared/lib.tandem'), TEMPLATE);
        await buildFiles(services, { '/ws/jane.tandem': CONTRACT.replace('import "lib.tandem"', 'import "../shared/lib.tandem"') });
        await settle(services);
        expect(services.shared.workspace.LangiumDocuments.hasDocument(URI.file('/shared/lib.tandem'))).toBe(true);
        const codes = documentAt(services, '/ws/jane.tandem').diagnostics!.map(d => d.code);
        expect(codes).not.toContain('unresolved-reference');
        expect(codes).not.toContain('unresolved-import');
    });
});
