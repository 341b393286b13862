/**
 * A file whose parse throws (a stack overflow in the lexer, say) is isolated: it gets one
 * `syntax` error naming the reason, and the other files of the workspace are built and checked.
 */
import { URI } from 'langium';
import { describe, expect, it } from 'vitest';
import type { Model } from '@tandem/language';
import { createTandemServices } from '@tandem/language';

const VALID = `contract Ok "A valid agreement" {
    parties { client Jane "Jane Doe"  worker Sam "Sam Lee" }
    duration { from 2026-12-01 to 2027-02-28 }
    goal Housing "Find a safe home" { measure "Jane signs a lease" }
    task Listings "Look at rental ads" { owner Jane  for Housing }
    task Calls "Call landlords" { owner Sam  for Housing }
    confidentiality { limit safety }
    termination { when goals-met }
    sign Jane, Sam
}
`;

describe('a file the parser cannot get through', () => {
    it('is one syntax error at its start, and the other files are still checked', async () => {
        const { shared, Tandem } = createTandemServices();
        const lexer = Tandem.parser.Lexer;
        const tokenize = lexer.tokenize.bind(lexer);
        lexer.tokenize = (text, options) => {
            if (text.includes('POISON')) {
                throw new RangeError('Maximum call stack size exceeded');
            }
            return tokenize(text, options);
        };
        const poisoned = shared.workspace.LangiumDocumentFactory.fromString<Model>(`// POISON\n${VALID}`, URI.file('/ws/poisoned.tandem'));
        const broken = shared.workspace.LangiumDocumentFactory.fromString<Model>(VALID.replace('task Calls', 'task Calls "x" { owner Nobody }\n    task Other'), URI.file('/ws/other.tandem'));
        shared.workspace.LangiumDocuments.addDocument(poisoned);
        shared.workspace.LangiumDocuments.addDocument(broken);
        await shared.workspace.DocumentBuilder.build([poisoned, broken], { validation: true });

        expect(poisoned.diagnostics?.map(diagnostic => [diagnostic.code, diagnostic.range.start.line, diagnostic.message])).toEqual([
            ['syntax', 0, 'Tandem could not read this file (it is nested or repeated too deeply); other files are still checked.']
        ]);
        expect(broken.diagnostics?.map(diagnostic => diagnostic.code)).toContain('unresolved-reference');
    });
});
