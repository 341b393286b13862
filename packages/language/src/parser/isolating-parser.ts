/**
 * A file the parser cannot get through (it threw: a stack overflow, an out-of-range string) must
 * not take the others down with it: in the language server a throwing parse left the whole
 * workspace unbuilt, answering nothing for every file. The parse is caught and the file becomes
 * an empty model with one lexer error (a `syntax` diagnostic at its start) naming the reason.
 */
import type { LangiumCoreServices, LangiumParser, ParseResult } from 'langium';
import { createLangiumParser } from 'langium';
import type { Model } from '../generated/ast.js';

/** What a file that could not be parsed reads as. */
export function unparsableResult(error: unknown): ParseResult<Model> {
    const reason = error instanceof RangeError && /call stack/i.test(error.message)
        ? 'it is nested or repeated too deeply'
        : (error as Error)?.message ?? String(error);
    const value = { $type: 'Model', declarations: [], imports: [] } as unknown as Model;
    return {
        value,
        lexerErrors: [{ offset: 0, length: 0, line: 1, column: 1, message: `Tandem could not read this file (${reason}); other files are still checked.` }],
        parserErrors: []
    };
}

/** Makes `parser.parse` return `unparsableResult` instead of throwing. */
export function isolateParseFailures<T extends Pick<LangiumParser, 'parse'>>(parser: T): T {
    const parse = parser.parse.bind(parser);
    parser.parse = ((input: string, options?: unknown) => {
        try {
            return parse(input, options as never);
        } catch (error) {
            return unparsableResult(error);
        }
    }) as T['parse'];
    return parser;
}

export function createTandemParser(services: LangiumCoreServices): LangiumParser {
    return isolateParseFailures(createLangiumParser(services));
}
