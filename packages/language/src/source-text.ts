/**
 * The text of a source file as Tandem reads it, and positions in it: the one byte-order-mark
 * stripper (`.tandem` files, `tandem.json`, data files) and the one offset → line and column.
 * Pure: no file system.
 */

export const BYTE_ORDER_MARK = '\ufeff';

/** The text without a leading byte-order mark (UTF-8 files written by some Windows editors have one). */
export function sourceText(content: string): string {
    return content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
}

/** 1-based line and column of an offset, for messages. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}
