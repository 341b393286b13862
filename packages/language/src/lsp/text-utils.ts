/**
 * Text-level helpers for editor features that must work while the text does not parse: where a
 * string that the cursor is in starts, skipping comments.
 */

/**
 * The offset of the opening `"` of the string the offset is in, or `undefined` when the offset
 * is outside strings (or in a comment). An unclosed string runs to the end of the text.
 */
export function openStringBefore(text: string, offset: number): number | undefined {
    let i = 0;
    while (i < offset) {
        const c = text.charCodeAt(i);
        if (c === 0x22 /* " */) {
            const start = i;
            i++;
            while (i < text.length && text.charCodeAt(i) !== 0x22) {
                i += text.charCodeAt(i) === 0x5c /* \ */ ? 2 : 1;
            }
            if (i >= offset) {
                return start;
            }
            i++; // the closing quote
        } else if (c === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2f) {
            const end = text.indexOf('\n', i);
            if (end < 0 || end >= offset) {
                return undefined;
            }
            i = end + 1;
        } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a /* * */) {
            const end = text.indexOf('*/', i + 2);
            if (end < 0 || end + 2 > offset) {
                return undefined;
            }
            i = end + 2;
        } else {
            i++;
        }
    }
    return undefined;
}
