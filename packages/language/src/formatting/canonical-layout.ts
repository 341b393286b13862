/**
 * Tandem's canonical layout (docs/formatting.md): what goes between two pieces of a file.
 * The pieces themselves (tokens, strings, comments) are never changed; only the whitespace
 * between them is, so the meaning of the file cannot change.
 */
import type { LayoutPiece } from './layout-pieces.js';

export const INDENT = '    ';

/** The whitespace laid out before each piece, and after the last one. */
export interface Layout {
    /** `before[i]` is the whitespace before `pieces[i]`. */
    readonly before: string[];
    /** After the last piece: the final line break (nothing for an empty file). */
    readonly after: string;
}

interface Block {
    readonly multiLine: boolean;
    /** Indentation level of the block's items. */
    readonly level: number;
}

/** The line break of the file: that of its first line (`\r\n` files stay `\r\n`), else `\n`. */
export function lineBreakOf(text: string): string {
    const index = text.indexOf('\n');
    return index > 0 && text[index - 1] === '\r' ? '\r\n' : '\n';
}

export function layOut(pieces: readonly LayoutPiece[], text: string): Layout {
    const eol = lineBreakOf(text);
    const newLine = (level: number, blank: boolean) => `${blank ? eol : ''}${eol}${INDENT.repeat(Math.max(0, level))}`;
    const stack: Block[] = [{ multiLine: true, level: 0 }];
    const before: string[] = [];
    pieces.forEach((piece, index) => {
        const top = stack[stack.length - 1];
        if (index === 0) {
            before.push('');
        } else {
            const previous = pieces[index - 1];
            const breaks = countLineBreaks(text, previous.end, piece.start);
            // Right after `{` (or after a comment on the line of the `{`): no blank line.
            const afterOpen = previous.role === 'open'
                || (isComment(previous) && index >= 2 && pieces[index - 2].role === 'open' && !before[index - 1].includes('\n'));
            const afterComment = isComment(previous);
            // A comment keeps its own line, and what followed a comment on the next line stays there.
            const forcedBreak = afterComment && breaks > 0;
            switch (piece.role) {
                case 'lineComment':
                case 'blockComment': {
                    if (breaks === 0) {
                        before.push(' ');
                    } else {
                        const { level, itemLevel } = levelOfNextToken(pieces, index, top);
                        before.push(newLine(level, itemLevel && breaks > 1 && !afterOpen));
                    }
                    break;
                }
                case 'close': {
                    if (piece.multiLine || forcedBreak) {
                        before.push(newLine(top.level - 1, false));
                    } else {
                        before.push(previous.role === 'open' ? '' : ' ');
                    }
                    break;
                }
                case 'item': {
                    // A block comment that begins a line may stand in front of the item on it.
                    const afterLeadingComment = previous.role === 'blockComment' && breaks === 0
                        && (index === 1 || before[index - 1].includes('\n'));
                    if (afterLeadingComment) {
                        before.push(' ');
                    } else if (top.multiLine || forcedBreak) {
                        before.push(newLine(top.level, top.multiLine && breaks > 1 && !afterOpen));
                    } else {
                        before.push(previous.role === 'open' ? ' ' : '  ');
                    }
                    break;
                }
                default: {
                    if (forcedBreak) {
                        // Inside an item, one level deeper; a `{` pushed to the next line lines up with its `}`.
                        before.push(newLine(piece.role === 'open' ? top.level : top.level + 1, false));
                    } else {
                        before.push(piece.attached ? '' : ' ');
                    }
                }
            }
        }
        if (piece.role === 'open') {
            stack.push({ multiLine: piece.multiLine, level: top.level + 1 });
        } else if (piece.role === 'close' && stack.length > 1) {
            stack.pop();
        }
    });
    return { before, after: pieces.length > 0 ? eol : '' };
}

/**
 * A comment on a line of its own is indented as the token after it: at the level of the block's
 * items before an item or a closing brace, one level deeper inside an item.
 */
function levelOfNextToken(pieces: readonly LayoutPiece[], index: number, top: Block): { level: number; itemLevel: boolean } {
    for (let next = index + 1; next < pieces.length; next++) {
        const role = pieces[next].role;
        if (role === 'item' || role === 'close') {
            return { level: top.level, itemLevel: true };
        }
        if (role !== 'lineComment' && role !== 'blockComment') {
            return { level: top.level + 1, itemLevel: false };
        }
    }
    return { level: top.level, itemLevel: true };
}

function isComment(piece: LayoutPiece): boolean {
    return piece.role === 'lineComment' || piece.role === 'blockComment';
}

function countLineBreaks(text: string, from: number, to: number): number {
    let count = 0;
    for (let i = from; i < to; i++) {
        const char = text.charCodeAt(i);
        if (char === 10 || (char === 13 && text.charCodeAt(i + 1) !== 10)) {
            count++;
        }
    }
    return count;
}
