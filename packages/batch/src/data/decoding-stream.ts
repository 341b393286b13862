/**
 * The text of a data file in the encoding the user names (`--encoding`): UTF-8 (the default),
 * Latin-1, Windows-1252 (what Excel on Windows saves as "CSV") or UTF-16 LE. A UTF-16 byte-order
 * mark is honoured whatever was asked. UTF-8 is checked byte by byte: each invalid byte becomes
 * U+FFFD in the text *and* is remembered with its line and column, so that the readers can fail
 * the row it is in (with a hint to give `--encoding`) instead of writing `Jos�` into an agreement.
 */
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import type { Readable } from 'node:stream';
import { endPosition, findInvalidUtf8 } from '@tandem/language/node';

export const DATA_ENCODINGS = ['utf-8', 'latin1', 'windows-1252', 'utf-16le'] as const;
export type DataEncoding = typeof DATA_ENCODINGS[number];

/** Where the file had a byte that is not UTF-8. */
export interface InvalidByte {
    readonly line: number;
    readonly column: number;
    readonly byte: number;
}

export interface DecodedData {
    /** The text, as UTF-8 bytes (what csv-parse, the JSON parser and readline read). */
    readonly stream: Readable;
    /** The invalid bytes found so far, in file order. */
    readonly invalid: InvalidByte[];
}

export function describeInvalidByte(invalid: InvalidByte): string {
    return `not valid UTF-8 (byte 0x${invalid.byte.toString(16).toUpperCase().padStart(2, '0')} at line ${invalid.line}, column ${invalid.column}): `
        + 'the file may be Windows-1252 or Latin-1 (as Excel saves CSV on Windows): give --encoding windows-1252';
}

/** Decodes `file` as it streams; see the module's comment. */
export function openDecoded(file: string, encoding: DataEncoding = 'utf-8'): DecodedData {
    const invalid: InvalidByte[] = [];
    let position = { line: 1, column: 1 };
    let carry: Buffer = Buffer.alloc(0);
    let first = true;
    let chosen: DataEncoding = encoding;

    const utf8 = (chunk: Buffer, last: boolean): string => {
        const bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
        const end = last ? bytes.length : completeLength(bytes);
        carry = bytes.subarray(end);
        const whole = bytes.subarray(0, end);
        if (isUtf8(whole)) {
            const text = whole.toString('utf8');
            position = endPosition(text, position.line, position.column);
            return text;
        }
        let text = '';
        let from = 0;
        for (let bad = findInvalidUtf8(whole); bad >= 0; bad = findInvalidUtf8(whole, from)) {
            const before = whole.subarray(from, bad).toString('utf8');
            text += before;
            const at = endPosition(before, position.line, position.column);
            invalid.push({ ...at, byte: whole[bad] });
            position = { line: at.line, column: at.column + 1 };
            text += '\ufffd';
            from = bad + 1;
        }
        const rest = whole.subarray(from).toString('utf8');
        position = endPosition(rest, position.line, position.column);
        return text + rest;
    };
    const windows1252 = new TextDecoder('windows-1252');
    const utf16 = new TextDecoder('utf-16le');

    const decode = (chunk: Buffer, last: boolean): string => {
        switch (chosen) {
            case 'latin1': return chunk.toString('latin1');
            case 'windows-1252': return windows1252.decode(chunk, { stream: !last });
            case 'utf-16le': return utf16.decode(chunk, { stream: !last });
            default: return utf8(chunk, last);
        }
    };

    const transform = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
            let data = chunk;
            if (first) {
                first = false;
                if (data[0] === 0xff && data[1] === 0xfe) {
                    chosen = 'utf-16le';
                    data = data.subarray(2);
                } else if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) {
                    data = data.subarray(3);
                    chosen = encoding === 'utf-16le' ? 'utf-8' : chosen;
                }
            }
            callback(null, Buffer.from(decode(data, false), 'utf8'));
        },
        flush(callback) {
            callback(null, Buffer.from(decode(Buffer.alloc(0), true), 'utf8'));
        }
    });
    const source = createReadStream(file);
    source.on('error', error => transform.destroy(error));
    return { stream: source.pipe(transform), invalid };
}

/** How many bytes of `bytes` end on a whole UTF-8 sequence (a sequence cut by the chunk's end waits). */
function completeLength(bytes: Buffer): number {
    for (let back = 1; back <= Math.min(3, bytes.length); back++) {
        const byte = bytes[bytes.length - back];
        if ((byte & 0xc0) !== 0x80) {
            const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
            return need > back ? bytes.length - back : bytes.length;
        }
    }
    return bytes.length;
}
