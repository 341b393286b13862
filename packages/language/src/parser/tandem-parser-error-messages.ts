/**
 * Syntax error messages in plain words. The one the language asks for by name: a keyword where a
 * name is expected says so and suggests the capitalised name (`client` → `Client`).
 */
import type { IToken, TokenType } from 'chevrotain';
import { DefaultLexerErrorMessageProvider, LangiumParserErrorMessageProvider } from 'langium';

export class TandemParserErrorMessageProvider extends LangiumParserErrorMessageProvider {

    override buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        const { expected, actual } = options;
        if (expected.name === 'ID' && isKeywordToken(actual)) {
            return keywordAsNameMessage(actual.image);
        }
        if (actual.image === 'minutes' && expected.name === 'sessions') {
            return options.previous?.tokenType?.name === 'NUMBER'
                ? 'A meeting\'s length needs its start time first: write the time before it, e.g. `meet weekly on tuesday 10:00 for 50 minutes`.'
                : 'A meeting\'s length is a number written in the contract, e.g. `10:00 for 50 minutes` (a parameter cannot give it).';
        }
        if (expected.name === 'EOF') {
            return `Unexpected \`${actual.image}\` after the end of a contract or template: a file holds imports, contracts and templates. Is a \`}\` too many?`;
        }
        if (actual.tokenType?.name === 'EOF') {
            return `Unexpected end of file: expected ${describeToken(expected)}. Is a closing \`}\` or \`"\` missing?`;
        }
        return `Expected ${describeToken(expected)} but found \`${actual.image}\`.`;
    }

    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        return unexpectedTokenMessage(options.actual[0], options.expectedPathsPerAlt);
    }

    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        return unexpectedTokenMessage(options.actual[0], [options.expectedIterationPaths]);
    }

    override buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        return `Unexpected \`${options.firstRedundant.image}\`: a file holds imports, then contracts and templates. Is a \`}\` too many?`;
    }
}

function unexpectedTokenMessage(actual: IToken | undefined, expectedPathsPerAlt: TokenType[][][]): string {
    const firsts = new Set<string>();
    for (const paths of expectedPathsPerAlt) {
        for (const path of paths) {
            if (path[0]) {
                firsts.add(describeToken(path[0]));
            }
        }
    }
    const expected = [...firsts];
    const list = expected.length <= 1 ? expected.join('') : `${expected.slice(0, -1).join(', ')} or ${expected[expected.length - 1]}`;
    if (!actual || actual.tokenType?.name === 'EOF') {
        return `Unexpected end of file: expected ${list}. Is a closing \`}\` or \`"\` missing?`;
    }
    if (actual.tokenType?.name !== 'ID' && expected.includes('a name') && isKeywordToken(actual)) {
        return keywordAsNameMessage(actual.image);
    }
    return `Unexpected \`${actual.image}\`: expected ${list}.`;
}

export function keywordAsNameMessage(keyword: string): string {
    const suggestion = capitalise(keyword);
    return `\`${keyword}\` is a keyword and cannot be used as a name; names are case-sensitive, so use \`${suggestion}\` instead.`;
}

function isKeywordToken(token: IToken): boolean {
    const name = token.tokenType?.name;
    return name !== undefined && name !== 'ID' && name !== 'STRING' && name !== 'DATE' && name !== 'NUMBER' && name !== 'EOF'
        && /^[a-z][a-z-]*$/.test(token.image);
}

function capitalise(keyword: string): string {
    return keyword.split('-').map(part => part.charAt(0).toUpperCase() + part.slice(1)).join('');
}

function describeToken(token: TokenType): string {
    switch (token.name) {
        case 'ID': return 'a name';
        case 'STRING': return 'a quoted text';
        case 'DATE': return 'a date (YYYY-MM-DD)';
        case 'NUMBER': return 'a number';
        default: return `\`${token.name.endsWith(':KW') ? token.name.slice(0, -3) : token.name}\``;
    }
}

/** Lexer errors in plain words: the common ones are an unclosed string or block comment. */
export class TandemLexerErrorMessageProvider extends DefaultLexerErrorMessageProvider {

    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number, line?: number, column?: number): string {
        const text = fullText.substring(startOffset, startOffset + length);
        if (text.startsWith('"')) {
            return 'This text is not closed: add the closing `"` (inside a text, write `\\"` for a quote).';
        }
        if (text.startsWith('/*')) {
            return 'This comment is not closed: add `*/` at its end.';
        }
        if (/^[0-9]{4}-[0-9]/.test(text) || /^-[0-9]/.test(text)) {
            return `\`${text.split(/\s/)[0]}\` is not a date: write dates as YYYY-MM-DD, e.g. 2026-12-01.`;
        }
        return super.buildUnexpectedCharactersMessage(fullText, startOffset, length, line, column)
            .replace(/^unexpected character: ->(.*)<- at offset: \d+,.*$/s, (_all, char: string) => `Unexpected character \`${char}\`.`);
    }
}
