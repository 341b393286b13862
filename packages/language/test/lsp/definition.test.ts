/**
 * Go to definition: within a contract, and across files into the template a contract is `from`
 * (the template itself, its parties and its parameters).
 */
import { describe, expect, test } from 'vitest';
import { URI } from 'langium';
import { expectGoToDefinition } from 'langium/test';
import { buildFiles, CONTRACT, createLspServices, offsetOf, TEMPLATE } from './lsp-helpers.js';

describe('go to definition', () => {
    test('a reference goes to its declaration in the same file', async () => {
        const { Tandem } = createLspServices();
        await expectGoToDefinition(Tandem)({
            text: `contract A {
    parties { client <|Jane|> "Jane" worker Sam "Sam" }
    goal <|Home|> "Home"
    task T "t" { owner <|>Jane  for H<|>ome }
    sign Ja<|>ne
}`,
            index: 0, rangeIndex: 0
        });
        await expectGoToDefinition(Tandem)({
            text: `contract A {
    parties { client <|Jane|> "Jane" }
    goal <|Home|> "Home"
    task T "t" { owner Jane  for H<|>ome }
}`,
            index: 0, rangeIndex: 1
        });
    });

    test('across files: into the template, its parties and its parameters', async () => {
        const services = createLspServices();
        const contract = `${CONTRACT}\ncontract Other from Housing {\n    clientName = "Omar"\n    start = 2026-12-02\n    sign Client\n}\n`;
        await buildFiles(services, { '/ws/lib.tandem': TEMPLATE, '/ws/jane.tandem': contract });
        const document = services.shared.workspace.LangiumDocuments.getDocument(URI.file('/ws/jane.tandem'))!;
        const definitionAt = async (offset: number) => {
            const links = await services.Tandem.lsp.DefinitionProvider!.getDefinition(document, {
                textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset)
            });
            return links?.map(link => ({ uri: link.targetUri, line: link.targetSelectionRange.start.line, character: link.targetSelectionRange.start.character }));
        };
        const lib = URI.file('/ws/lib.tandem').toString();
        expect(await definitionAt(offsetOf(contract, 'Housing', 1))).toEqual([{ uri: lib, line: 0, character: 9 }]);
        expect(await definitionAt(offsetOf(contract, 'start =', 1))).toEqual([{ uri: lib, line: 2, character: 10 }]);
        expect(await definitionAt(offsetOf(contract, 'owner Client', 7))).toEqual([{ uri: lib, line: 5, character: 15 }]);
        expect(await definitionAt(offsetOf(contract, 'sign Client', 6))).toEqual([{ uri: lib, line: 5, character: 15 }]);
    });
});
