/**
 * Keywords that contain a hyphen (`court-order`, `goals-met`, `twice-weekly`...) must stop at a
 * word boundary: `court-orders` is not `court-order` followed by `s`. Langium's default keyword
 * token has no such boundary because the hyphen keeps it from falling back to the ID terminal.
 */
import type { CustomPatternMatcherFunc, TokenPattern, TokenType } from 'chevrotain';
import type { GrammarAST } from 'langium';
import { DefaultTokenBuilder } from 'langium';

const WORD_CHARACTER = /[A-Za-z0-9_-]/;

export class TandemTokenBuilder extends DefaultTokenBuilder {

    protected override buildKeywordToken(keyword: GrammarAST.Keyword, terminalTokens: TokenType[], caseInsensitive: boolean): TokenType {
        const token = super.buildKeywordToken(keyword, terminalTokens, caseInsensitive);
        if (keyword.value.includes('-')) {
            token.PATTERN = hyphenatedKeywordPattern(keyword.value);
            token.START_CHARS_HINT = [keyword.value.charAt(0)];
            token.LINE_BREAKS = false;
        }
        return token;
    }

    protected override buildKeywordPattern(keyword: GrammarAST.Keyword, caseInsensitive: boolean): TokenPattern {
        return super.buildKeywordPattern(keyword, caseInsensitive);
    }
}

function hyphenatedKeywordPattern(value: string): CustomPatternMatcherFunc {
    return (text, offset) => {
        if (!text.startsWith(value, offset)) {
            return null;
        }
        const next = text.charAt(offset + value.length);
        if (next && WORD_CHARACTER.test(next)) {
            return null;
        }
        return [value] as unknown as RegExpExecArray;
    };
}
