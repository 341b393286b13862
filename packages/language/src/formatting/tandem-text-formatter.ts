/**
 * The Tandem formatter: text in, canonical text (or the edits that make it) out. Pure: no
 * editor code, so that `tandem fmt` and the language server share it. A text with a syntax
 * error is never formatted (no edits). Layout rules: ./canonical-layout.ts, docs/formatting.md.
 */
import type { LangiumCoreServices } from 'langium';
import { createTandemServices } from '../tandem-module.js';
import { layOut } from './canonical-layout.js';
import { collectLayoutPieces } from './layout-pieces.js';

/** A replacement of `length` characters at `offset` (offsets into the original text). */
export interface FormattingEdit {
    readonly offset: number;
    readonly length: number;
    readonly newText: string;
}

/** Offsets into a text; `end` is exclusive. */
export interface OffsetRange {
    readonly start: number;
    readonly end: number;
}

export class TandemTextFormatter {
    constructor(protected readonly services: LangiumCoreServices) { }

    /** The canonical text, or `undefined` when the text has a syntax error. */
    format(text: string): string | undefined {
        const edits = this.edits(text);
        return edits === undefined ? undefined : applyFormattingEdits(text, edits);
    }

    /**
     * The edits that make `text` canonical, in text order and not overlapping; `undefined` when
     * the text has a syntax error. With a `range`, only the lines it touches are formatted: each
     * token and comment that starts on them gets the whitespace before it laid out (and the end
     * of the file its final line break when the range reaches the last token).
     */
    edits(text: string, range?: OffsetRange): FormattingEdit[] | undefined {
        const pieces = collectLayoutPieces(this.services, text);
        if (!pieces) {
            return undefined;
        }
        const layout = layOut(pieces, text);
        const lines = range && lineSpan(text, range);
        const inRange = (offset: number) => !lines || (offset >= lines.start && offset <= lines.end);
        const edits: FormattingEdit[] = [];
        const replace = (from: number, to: number, newText: string) => {
            if (text.slice(from, to) !== newText) {
                edits.push({ offset: from, length: to - from, newText });
            }
        };
        let previousEnd = 0;
        pieces.forEach((piece, index) => {
            if (inRange(piece.start)) {
                replace(previousEnd, piece.start, layout.before[index]);
            }
            previousEnd = piece.end;
        });
        const last = pieces[pieces.length - 1];
        if (!last || inRange(last.start) || inRange(text.length)) {
            replace(previousEnd, text.length, layout.after);
        }
        return edits;
    }
}

/** Where a text does not parse, and why: the first lexer or parser error, by position. */
export interface SyntaxProblem {
    readonly offset: number;
    readonly message: string;
}

/** The first syntax error of `text` (the reason it is not formatted), if it has one. */
export function firstSyntaxProblem(services: LangiumCoreServices, text: string): SyntaxProblem | undefined {
    const parseResult = services.parser.LangiumParser.parse(text);
    const problems: SyntaxProblem[] = [
        ...parseResult.lexerErrors.map(error => ({ offset: error.offset, message: error.message })),
        ...parseResult.parserErrors.map(error => ({
            // The end of the file is a token at offset NaN or -1 (as Langium's validator also knows).
            offset: Number.isFinite(error.token.startOffset) && error.token.startOffset >= 0 ? error.token.startOffset : text.length,
            message: error.message
        }))
    ];
    return problems.sort((a, b) => a.offset - b.offset)[0];
}

/** Applies edits that are in text order and do not overlap. */
export function applyFormattingEdits(text: string, edits: readonly FormattingEdit[]): string {
    let result = '';
    let position = 0;
    for (const edit of edits) {
        result += text.slice(position, edit.offset) + edit.newText;
        position = edit.offset + edit.length;
    }
    return result + text.slice(position);
}

/** The range widened to whole lines: from the start of its first line to the end of its last. */
function lineSpan(text: string, range: OffsetRange): OffsetRange {
    const start = range.start === 0 ? 0 : text.lastIndexOf('\n', range.start - 1) + 1;
    const endLine = Math.max(range.start, range.end - (range.end > range.start && text[range.end - 1] === '\n' ? 1 : 0));
    const next = text.indexOf('\n', endLine);
    return { start, end: next < 0 ? text.length : next };
}

let defaultFormatter: TandemTextFormatter | undefined;

/** Formats Tandem text with services of its own (no file system); `undefined` on a syntax error. */
export function formatTandemText(text: string): string | undefined {
    defaultFormatter ??= new TandemTextFormatter(createTandemServices().Tandem);
    return defaultFormatter.format(text);
}
