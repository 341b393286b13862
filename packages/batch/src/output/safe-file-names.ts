/**
 * File names for agreements, made safe from a column of data (`--name COLUMN`): no path
 * separators, no `..`, no control characters, no leading dots, no names Windows reserves, not
 * over-long; two rows that would get the same name get distinct names.
 */

/** Longest base name, in UTF-8 bytes, leaving room for a suffix, an extension and a temp prefix. */
const MAX_BASE_BYTES = 120;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** A safe base name (no extension) from any text; `undefined` when nothing usable is left. */
export function safeBaseName(text: string): string | undefined {
    let name = text
        .normalize('NFC')
        .replace(/\p{Cc}/gu, '')                        // control characters
        .replace(/(?![\u200c\u200d])\p{Cf}/gu, '')       // invisible format characters (zero-width space, bidi overrides that disguise an extension); ZWNJ and ZWJ stay for scripts that need them
        .replace(/[/\\:*?"<>|]/g, '-')                  // separators and characters Windows forbids
        .replace(/\s+/g, ' ')
        .replace(/\.{2,}/g, '.')                        // no `..`
        .trim()
        .replace(/^[.\s-]+/, '')                        // no leading dots (hidden files) or dashes (options)
        .replace(/[.\s]+$/, '');                        // Windows drops trailing dots and spaces
    if (WINDOWS_RESERVED.test(name)) {
        name = `_${name}`;
    }
    name = truncateUtf8(name, MAX_BASE_BYTES).replace(/[.\s]+$/, '');
    return name.length > 0 ? name : undefined;
}

function truncateUtf8(text: string, maxBytes: number): string {
    if (Buffer.byteLength(text) <= maxBytes) {
        return text;
    }
    let result = '';
    let bytes = 0;
    for (const char of text) {
        const size = Buffer.byteLength(char);
        if (bytes + size > maxBytes) {
            break;
        }
        result += char;
        bytes += size;
    }
    return result;
}

/** The default name of a row's file: `row-00001`. */
export function rowFileBase(row: number): string {
    return `row-${String(row).padStart(5, '0')}`;
}

/** Hands out distinct file names (case-insensitively, as on macOS and Windows). */
export class FileNameAllocator {
    private readonly taken = new Set<string>();

    /**
     * The file name for a row: from `wanted` made safe, else `row-NNNNN`; with `-2`, `-3`... when
     * the name is taken. `renamed` says when the name is not the one the data asked for.
     */
    allocate(row: number, extension: string, wanted?: string): { fileName: string; renamed?: string } {
        const safe = wanted === undefined ? undefined : safeBaseName(wanted);
        const base = safe ?? rowFileBase(row);
        let fileName = `${base}.${extension}`;
        for (let n = 2; this.taken.has(fileName.toLowerCase()); n++) {
            fileName = `${base}-${n}.${extension}`;
        }
        this.taken.add(fileName.toLowerCase());
        let renamed: string | undefined;
        if (wanted !== undefined && fileName !== `${wanted}.${extension}`) {
            renamed = safe === undefined
                ? `the name "${wanted}" has nothing usable in a file name; named by row instead`
                : fileName !== `${safe}.${extension}` ? `another row already has the name "${safe}"` : 'made safe for a file name';
        }
        return { fileName, renamed };
    }
}
