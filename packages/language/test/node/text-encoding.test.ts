/**
 * Decoding `.tandem` sources: UTF-8 checked byte by byte (overlong forms, surrogates, values
 * above U+10FFFF and cut sequences are invalid), UTF-16 with a byte-order mark read and written back.
 */
import { describe, expect, it } from 'vitest';
import { decodeTandemSource, encodeTandemSource, findInvalidUtf8, SourceEncodingError } from '../../src/node/text-encoding.js';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('findInvalidUtf8', () => {
    it('accepts valid UTF-8 and finds the first invalid byte', () => {
        expect(findInvalidUtf8(Buffer.from('José 李 😀'))).toBe(-1);
        expect(findInvalidUtf8(bytes(0x41, 0xc0, 0x80))).toBe(1); // overlong
        expect(findInvalidUtf8(bytes(0xe0, 0x80, 0x80))).toBe(0); // overlong
        expect(findInvalidUtf8(bytes(0x41, 0xed, 0xa0, 0x80))).toBe(1); // a surrogate
        expect(findInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // above U+10FFFF
        expect(findInvalidUtf8(bytes(0x41, 0x42, 0xe2, 0x82))).toBe(2); // cut short
        expect(findInvalidUtf8(bytes(0x41, 0x42, 0xe2, 0x82), 0, true)).toBe(-1);
        expect(findInvalidUtf8(bytes(0x80))).toBe(0);
    });
});

describe('decodeTandemSource', () => {
    it('names the line and column (UTF-16 units) of the first bad byte', () => {
        const source = Buffer.concat([Buffer.from('contract A {\n  agency "😀 Jos'), bytes(0xe9), Buffer.from('"\n}')]);
        let thrown: unknown;
        try {
            decodeTandemSource(source);
        } catch (error) {
            thrown = error;
        }
        expect(thrown).toBeInstanceOf(SourceEncodingError);
        expect(thrown).toMatchObject({ code: 'EENCODING', line: 2, column: 17, byte: 0xe9 });
    });

    it('reads UTF-8 with and without a BOM and UTF-16 LE and BE with one, and writes each back as it was', () => {
        const text = 'contract A "José 李" {\n}\n';
        for (const [encoding, bom] of [['utf-8', false], ['utf-8', true], ['utf-16le', true], ['utf-16be', true]] as const) {
            const encoded = encodeTandemSource(text, encoding, bom);
            expect(decodeTandemSource(encoded)).toEqual({ text, encoding, bom });
        }
    });
});
