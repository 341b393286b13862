/**
 * Folding ranges (agreements, sections, block comments) and selection ranges (from the word out
 * to the file).
 */
import { describe, expect, test } from 'vitest';
import { expectFoldings } from 'langium/test';
import { buildFiles, createLspServices, offsetOf, TEMPLATE } from './lsp-helpers.js';

describe('folding ranges', () => {
    test('agreements and multi-line sections fold, keeping their closing brace visible', async () => {
        const { Tandem } = createLspServices();
        await expectFoldings(Tandem)({
            text: `// One line
contract A {
    parties {
        client J "Jane"
        worker S "Sam"
    }
    goal G "g" { measure "m" }
    task T "t" {
        owner J
    }
}`,
            assert: foldings => {
                expect(foldings.map(f => [f.startLine, f.endLine])).toEqual([[1, 9], [2, 4], [7, 8]]);
            }
        });
    });
});

describe('selection ranges', () => {
    test('from the name out through the party, the section, the agreement', async () => {
        const services = createLspServices();
        const [document] = await buildFiles(services, { '/ws/lib.tandem': TEMPLATE });
        const offset = offsetOf(TEMPLATE, 'Worker "Sam', 2);
        const [selection] = services.Tandem.editing.SelectionRangeProvider.getSelectionRanges(document, [document.textDocument.positionAt(offset)]);
        const texts: string[] = [];
        for (let range = selection; range; range = range.parent!) {
            texts.push(document.textDocument.getText(range.range));
        }
        expect(texts[0]).toBe('Worker');
        expect(texts[1]).toBe('worker Worker "Sam Lee" title "Case manager"');
        expect(texts[2]).toMatch(/^parties \{[\s\S]*\}$/);
        expect(texts[3]).toMatch(/^template Housing[\s\S]*\}$/);
        expect(texts).toHaveLength(4);
    });
});
