/**
 * Reading text files whose bytes may not be UTF-8: `.tandem` sources (UTF-8, or UTF-16 with a
 * byte-order mark) and the byte-level UTF-8 check that batch data shares. Invalid UTF-8 is never
 * turned into U+FFFD silently: it is an error with the line and column of the first bad byte,
 * so that `fmt` cannot write the replacement characters back for good.
 */
import { isUtf8 } from 'node:buffer';
import { constants } from 'node:fs';
import * as fs from 'node:fs/promises';
import { kindOf, NotRegularFileError } from './atomic-file.js';

export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface DecodedSource {
    /** The text, without its byte-order mark. */
    readonly text: string;
    readonly encoding: SourceEncoding;
    /** Whether the file began with a byte-order mark (kept when the file is written back). */
    readonly bom: boolean;
}

/** Thrown (with `code` `EENCODING`) for a file that is not valid UTF-8: where, and which byte. */
export class SourceEncodingError extends Error {
    readonly code = 'EENCODING';
    constructor(readonly line: number, readonly column: number, readonly byte: number) {
        super(`not valid UTF-8 (byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')}): the file may be Latin-1 or Windows-1252; save it as UTF-8`);
    }
}

/**
 * The offset of the first byte at `from` or after that does not begin a valid UTF-8 sequence
 * (overlong forms, surrogates and values above U+10FFFF included), or -1. A sequence cut short by
 * the end of `bytes` is invalid unless `partialEnd` (then it is left for the next chunk).
 */
export function findInvalidUtf8(bytes: Uint8Array, from = 0, partialEnd = false): number {
    const length = bytes.length;
    for (let i = from; i < length;) {
        const lead = bytes[i];
        if (lead < 0x80) {
            i++;
            continue;
        }
        let need: number;
        let low = 0x80;
        let high = 0xbf;
        if (lead >= 0xc2 && lead <= 0xdf) {
            need = 1;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            need = 2;
            if (lead === 0xe0) low = 0xa0;
            if (lead === 0xed) high = 0x9f;
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            need = 3;
            if (lead === 0xf0) low = 0x90;
            if (lead === 0xf4) high = 0x8f;
        } else {
            return i;
        }
        for (let k = 1; k <= need; k++) {
            if (i + k >= length) {
                return partialEnd ? -1 : i;
            }
            const byte = bytes[i + k];
            if (byte < (k === 1 ? low : 0x80) || byte > (k === 1 ? high : 0xbf)) {
                return i;
            }
        }
        i += need + 1;
    }
    return -1;
}

/** 1-based line and column (UTF-16 code units, as diagnostics count) just after `text`. */
export function endPosition(text: string, line = 1, column = 1): { line: number; column: number } {
    const lastBreak = text.lastIndexOf('\n');
    if (lastBreak < 0) {
        return { line, column: column + text.length };
    }
    let breaks = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        breaks++;
    }
    return { line: line + breaks, column: text.length - lastBreak };
}

/** Decodes a `.tandem` file: UTF-8 (a BOM is dropped), or UTF-16 LE/BE when it begins with that BOM. */
export function decodeTandemSource(bytes: Uint8Array): DecodedSource {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) {
        return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
    }
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
        return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
    }
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const body = bom ? bytes.subarray(3) : bytes;
    if (!isUtf8(body)) {
        const offset = findInvalidUtf8(body);
        const { line, column } = endPosition(Buffer.from(body.buffer, body.byteOffset, offset).toString('utf8'));
        throw new SourceEncodingError(line, column, body[offset]);
    }
    return { text: Buffer.from(body.buffer, body.byteOffset, body.length).toString('utf8'), encoding: 'utf-8', bom };
}

/** The bytes of `text` in `encoding`, with a byte-order mark when `bom`: what `decodeTandemSource` read. */
export function encodeTandemSource(text: string, encoding: SourceEncoding, bom: boolean): Uint8Array {
    if (encoding === 'utf-8') {
        return Buffer.from(bom ? `\ufeff${text}` : text, 'utf8');
    }
    const bytes = Buffer.from(`\ufeff${text}`, 'utf16le');
    return encoding === 'utf-16be' ? bytes.swap16() : bytes;
}

/**
 * Reads and decodes a `.tandem` file (see `decodeTandemSource`). Only a regular file is read: a
 * FIFO would block the command forever (it is opened without blocking, then refused), and a
 * device would never end.
 */
export async function readTandemSource(file: string): Promise<DecodedSource> {
    const handle = await fs.open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
        const stat = await handle.stat();
        if (!stat.isFile()) {
            throw new NotRegularFileError(file, kindOf(stat));
        }
        return decodeTandemSource(await handle.readFile());
    } finally {
        await handle.close();
    }
}
