/**
 * The one compressor of PDF and DOCX output: fflate, pure JavaScript, in Node and in a browser.
 * Node's zlib (Chromium's fork of zlib) and other deflate implementations give other, equally
 * valid bytes; the same agreement must give the same file from the command line and from a
 * browser, so every compressed stream of a PDF (pdfkit's included, see pdfkit-tuning.ts) and
 * every DOCX part goes through these functions. See docs/decisions.md ("One compressor").
 */
import { deflateSync, inflateSync, zlibSync } from 'fflate';

/** Compression level 1–9; 6 is zlib's default (and pdfkit's, in its browser build). */
export type DeflateLevel = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/** Deflate in a zlib wrapper (PDF's FlateDecode). */
export function zlibDeflate(data: Uint8Array, level: DeflateLevel = 6): Uint8Array {
    return zlibSync(data, { level });
}

/** Raw deflate (a ZIP entry's method 8). */
export function rawDeflate(data: Uint8Array, level: DeflateLevel = 6): Uint8Array {
    return deflateSync(data, { level });
}

/** Inflates raw deflate (reading a ZIP entry back). */
export function rawInflate(data: Uint8Array): Uint8Array {
    return inflateSync(data);
}

const CRC_TABLE = (() => {
    const table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++) {
            c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        }
        table[n] = c;
    }
    return table;
})();

/** The CRC-32 of ZIP (and zlib's `crc32`), unsigned. */
export function crc32(data: Uint8Array): number {
    let crc = -1;
    for (let index = 0; index < data.length; index++) {
        crc = CRC_TABLE[(crc ^ data[index]) & 0xff] ^ (crc >>> 8);
    }
    return (crc ^ -1) >>> 0;
}
