/**
 * Document links: an `import` path links to the file it names, when it exists.
 */
import { describe, expect, test } from 'vitest';
import { URI } from 'langium';
import { buildFiles, CONTRACT, createLspServices, TEMPLATE } from './lsp-helpers.js';

describe('document links', () => {
    test('import paths link to their files; a missing file has no link', async () => {
        const services = createLspServices();
        const text = `import "missing.tandem"\n${CONTRACT}`;
        await buildFiles(services, { '/ws/lib.tandem': TEMPLATE, '/ws/jane.tandem': text });
        const document = services.shared.workspace.LangiumDocuments.getDocument(URI.file('/ws/jane.tandem'))!;
        const links = await services.Tandem.lsp.DocumentLinkProvider!.getDocumentLinks(document, { textDocument: { uri: document.uri.toString() } });
        expect(links).toEqual([{
            range: { start: { line: 1, character: 8 }, end: { line: 1, character: 18 } },
            target: URI.file('/ws/lib.tandem').toString(),
            tooltip: 'Open lib.tandem'
        }]);
    });
});
