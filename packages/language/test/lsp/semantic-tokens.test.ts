/**
 * Semantic tokens: names by kind, dates, built-in words and placeholders inside strings.
 */
import { describe, expect, test } from 'vitest';
import { expectSemanticToken, highlightHelper } from 'langium/test';
import { SemanticTokenTypes } from 'vscode-languageserver';
import { createLspServices } from './lsp-helpers.js';

const { Tandem } = createLspServices();
const highlight = highlightHelper(Tandem);

describe('semantic tokens', () => {
    test('names by kind, dates, built-in words, placeholders', async () => {
        const tokens = await highlight(`template <|T|> {
    param <|who|>: text
    parties { client <|C|> "Hello <|{{who}}|>" worker W "w" }
    goal <|G|> "g" { by <|2027-01-01|> }
    task <|K|> "k" { owner <|C|>  for <|G|> }
    duration { from 2026-12-01 for 4 weeks  meet <|weekly|> }
    confidentiality { limit <|abuse|> }
}`);
        expectSemanticToken(tokens, { rangeIndex: 0, tokenType: SemanticTokenTypes.interface });
        expectSemanticToken(tokens, { rangeIndex: 1, tokenType: SemanticTokenTypes.parameter });
        expectSemanticToken(tokens, { rangeIndex: 2, tokenType: SemanticTokenTypes.variable });
        expectSemanticToken(tokens, { rangeIndex: 3, tokenType: SemanticTokenTypes.parameter });
        expectSemanticToken(tokens, { rangeIndex: 4, tokenType: SemanticTokenTypes.event });
        expectSemanticToken(tokens, { rangeIndex: 5, tokenType: SemanticTokenTypes.number });
        expectSemanticToken(tokens, { rangeIndex: 6, tokenType: SemanticTokenTypes.function });
        expectSemanticToken(tokens, { rangeIndex: 7, tokenType: SemanticTokenTypes.variable });
        expectSemanticToken(tokens, { rangeIndex: 8, tokenType: SemanticTokenTypes.event });
        expectSemanticToken(tokens, { rangeIndex: 9, tokenType: SemanticTokenTypes.enumMember });
        expectSemanticToken(tokens, { rangeIndex: 10, tokenType: SemanticTokenTypes.enumMember });
        expect(tokens.tokens.filter(token => token.tokenType === SemanticTokenTypes.class)).toEqual([]);
    });
});
