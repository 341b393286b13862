/**
 * Find references and document highlights, from the reference index the server keeps:
 * references to a template's party or parameter from contracts in other files.
 */
import { describe, expect, test } from 'vitest';
import { URI } from 'langium';
import { expectFindReferences, expectHighlight } from 'langium/test';
import { buildFiles, CONTRACT, createLspServices, offsetOf, TEMPLATE } from './lsp-helpers.js';

describe('find references', () => {
    test('in one file, with the declaration', async () => {
        const { Tandem } = createLspServices();
        await expectFindReferences(Tandem)({
            text: `contract A {
    parties { client <|<|>Jane|> "Jane" worker Sam "Sam" }
    goal Home "Home"
    task T "t" { owner <|Jane|>  for Home }
    sign <|Jane|>, Sam
}`,
            includeDeclaration: true
        });
    });

    test('across files: a template\'s party and parameter, from contracts', async () => {
        const services = createLspServices();
        const other = 'import "lib.tandem"\ncontract Omar from Housing {\n    clientName = "Omar"\n    start = 2026-12-02\n}\n';
        await buildFiles(services, { '/ws/lib.tandem': TEMPLATE, '/ws/jane.tandem': CONTRACT, '/ws/omar.tandem': other });
        const lib = services.shared.workspace.LangiumDocuments.getDocument(URI.file('/ws/lib.tandem'))!;
        const referencesAt = async (offset: number) => {
            const locations = await services.Tandem.lsp.ReferencesProvider!.findReferences(lib, {
                textDocument: { uri: lib.uri.toString() }, position: lib.textDocument.positionAt(offset), context: { includeDeclaration: false }
            });
            return locations.map(location => `${location.uri.replace(/^.*\//, '')}:${location.range.start.line}`).sort();
        };
        expect(await referencesAt(offsetOf(TEMPLATE, 'start: date', 1))).toEqual(['jane.tandem:4', 'lib.tandem:8', 'omar.tandem:3']);
        expect(await referencesAt(offsetOf(TEMPLATE, 'Client "', 1))).toEqual(['jane.tandem:6', 'lib.tandem:10', 'lib.tandem:14']);
    });
});

describe('document highlights', () => {
    test('every occurrence of a name in the document', async () => {
        const { Tandem } = createLspServices();
        await expectHighlight(Tandem)({
            text: `contract A {
    parties { client <|Ja<|>ne|> "Jane" worker Sam "Sam" }
    goal Home "Home"
    task T "t" { owner <|Jane|>  for Home }
    sign <|Jane|>, Sam
}`,
            index: 0,
            rangeIndex: [0, 1, 2]
        });
    });
});
