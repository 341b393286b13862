/**
 * A small ZIP reader and writer, for making DOCX output deterministic: the entries are read back
 * from the docx package's archive and written again with fixed times. Compression is deflate.ts's
 * (the same bytes in Node and in a browser); bytes are plain Uint8Arrays.
 */
import { concatBytes, utf8Bytes, utf8Text } from './bytes.js';
import { crc32, rawDeflate, rawInflate } from './deflate.js';

export interface ZipEntry {
    readonly name: string;
    readonly data: Uint8Array;
    /**
     * The entry's text, when it has one: entries with the same text are compressed once per
     * process (most parts of a DOCX are the same in every agreement).
     */
    readonly text?: string;
}

interface Compressed {
    readonly crc: number;
    readonly data: Uint8Array;
}

/** Compressed texts by text, emptied when it grows past its bound. */
const compressedTexts = new Map<string, Compressed>();
const COMPRESSED_TEXTS_BOUND = 256;
/**
 * Longer texts are not kept: they are the agreement's own (its document part, different every
 * time), and V8 hashes a string this long by its length alone, so looking one up would compare it
 * with every kept text of the same length.
 */
const LONGEST_KEPT_TEXT = 16_000;

function compress(entry: ZipEntry): Compressed {
    if (entry.text === undefined || entry.text.length > LONGEST_KEPT_TEXT) {
        return { crc: crc32(entry.data), data: rawDeflate(entry.data) };
    }
    let compressed = compressedTexts.get(entry.text);
    if (!compressed) {
        if (compressedTexts.size >= COMPRESSED_TEXTS_BOUND) {
            compressedTexts.clear();
        }
        compressed = { crc: crc32(entry.data), data: rawDeflate(entry.data) };
        compressedTexts.set(entry.text, compressed);
    }
    return compressed;
}

/** Reads every file of an archive, in the order of its central directory. */
export function readZip(archive: Uint8Array): ZipEntry[] {
    const zip = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
    let end = archive.length - 22;
    while (end >= 0 && zip.getUint32(end, true) !== 0x06054b50) {
        end--;
    }
    if (end < 0) {
        throw new Error('not a zip archive');
    }
    const count = zip.getUint16(end + 10, true);
    let offset = zip.getUint32(end + 16, true);
    const entries: ZipEntry[] = [];
    for (let i = 0; i < count; i++) {
        const method = zip.getUint16(offset + 10, true);
        const compressedSize = zip.getUint32(offset + 20, true);
        const nameLength = zip.getUint16(offset + 28, true);
        const extraLength = zip.getUint16(offset + 30, true);
        const commentLength = zip.getUint16(offset + 32, true);
        const local = zip.getUint32(offset + 42, true);
        const name = utf8Text(archive.subarray(offset + 46, offset + 46 + nameLength));
        const dataStart = local + 30 + zip.getUint16(local + 26, true) + zip.getUint16(local + 28, true);
        const raw = archive.subarray(dataStart, dataStart + compressedSize);
        entries.push({ name, data: method === 0 ? raw.slice() : rawInflate(raw) });
        offset += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
}

/** DOS time and date of 1 January 1980, 00:00: the earliest a zip can say. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** A little-endian record of `size` bytes, filled by `fill`. */
function record(size: number, fill: (view: DataView) => void): Uint8Array {
    const bytes = new Uint8Array(size);
    fill(new DataView(bytes.buffer));
    return bytes;
}

/** Writes an archive: deflated entries, fixed times, no extra fields. */
export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
    const locals: Uint8Array[] = [];
    const centrals: Uint8Array[] = [];
    let offset = 0;
    for (const entry of entries) {
        const name = utf8Bytes(entry.name);
        const { crc, data: compressed } = compress(entry);
        const local = record(30, view => {
            view.setUint32(0, 0x04034b50, true);
            view.setUint16(4, 20, true);
            view.setUint16(6, 0x0800, true); // UTF-8 names
            view.setUint16(8, 8, true);
            view.setUint16(10, DOS_TIME, true);
            view.setUint16(12, DOS_DATE, true);
            view.setUint32(14, crc, true);
            view.setUint32(18, compressed.length, true);
            view.setUint32(22, entry.data.length, true);
            view.setUint16(26, name.length, true);
            view.setUint16(28, 0, true);
        });
        const central = record(46, view => {
            view.setUint32(0, 0x02014b50, true);
            view.setUint16(4, 20, true);
            view.setUint16(6, 20, true);
            view.setUint16(8, 0x0800, true);
            view.setUint16(10, 8, true);
            view.setUint16(12, DOS_TIME, true);
            view.setUint16(14, DOS_DATE, true);
            view.setUint32(16, crc, true);
            view.setUint32(20, compressed.length, true);
            view.setUint32(24, entry.data.length, true);
            view.setUint16(28, name.length, true);
            view.setUint32(42, offset, true);
        });
        locals.push(local, name, compressed);
        centrals.push(central, name);
        offset += local.length + name.length + compressed.length;
    }
    const directory = concatBytes(centrals);
    const end = record(22, view => {
        view.setUint32(0, 0x06054b50, true);
        view.setUint16(8, entries.length, true);
        view.setUint16(10, entries.length, true);
        view.setUint32(12, directory.length, true);
        view.setUint32(16, offset, true);
    });
    return concatBytes([...locals, directory, end]);
}
