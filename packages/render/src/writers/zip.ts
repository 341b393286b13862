/**
 * A small ZIP reader and writer (node:zlib only), for making DOCX output deterministic: the
 * entries are read back from the docx package's archive and written again with fixed times.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
    readonly name: string;
    readonly data: Buffer;
    /**
     * The entry's text, when it has one: entries with the same text are compressed once per
     * process (most parts of a DOCX are the same in every agreement).
     */
    readonly text?: string;
}

interface Compressed {
    readonly crc: number;
    readonly data: Buffer;
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
        return { crc: crc32(entry.data), data: deflateRawSync(entry.data) };
    }
    let compressed = compressedTexts.get(entry.text);
    if (!compressed) {
        if (compressedTexts.size >= COMPRESSED_TEXTS_BOUND) {
            compressedTexts.clear();
        }
        compressed = { crc: crc32(entry.data), data: deflateRawSync(entry.data) };
        compressedTexts.set(entry.text, compressed);
    }
    return compressed;
}

/** Reads every file of an archive, in the order of its central directory. */
export function readZip(archive: Uint8Array): ZipEntry[] {
    const zip = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
    let end = zip.length - 22;
    while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) {
        end--;
    }
    if (end < 0) {
        throw new Error('not a zip archive');
    }
    const count = zip.readUInt16LE(end + 10);
    let offset = zip.readUInt32LE(end + 16);
    const entries: ZipEntry[] = [];
    for (let i = 0; i < count; i++) {
        const method = zip.readUInt16LE(offset + 10);
        const compressedSize = zip.readUInt32LE(offset + 20);
        const nameLength = zip.readUInt16LE(offset + 28);
        const extraLength = zip.readUInt16LE(offset + 30);
        const commentLength = zip.readUInt16LE(offset + 32);
        const local = zip.readUInt32LE(offset + 42);
        const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
        const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
        const raw = zip.subarray(dataStart, dataStart + compressedSize);
        entries.push({ name, data: method === 0 ? Buffer.from(raw) : inflateRawSync(raw) });
        offset += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
}

/** DOS time and date of 1 January 1980, 00:00: the earliest a zip can say. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** Writes an archive: deflated entries, fixed times, no extra fields. */
export function writeZip(entries: readonly ZipEntry[]): Buffer {
    const locals: Buffer[] = [];
    const centrals: Buffer[] = [];
    let offset = 0;
    for (const entry of entries) {
        const name = Buffer.from(entry.name, 'utf8');
        const { crc, data: compressed } = compress(entry);
        const local = Buffer.alloc(30);
        local.writeUInt32LE(0x04034b50, 0);
        local.writeUInt16LE(20, 4);
        local.writeUInt16LE(0x0800, 6); // UTF-8 names
        local.writeUInt16LE(8, 8);
        local.writeUInt16LE(DOS_TIME, 10);
        local.writeUInt16LE(DOS_DATE, 12);
        local.writeUInt32LE(crc, 14);
        local.writeUInt32LE(compressed.length, 18);
        local.writeUInt32LE(entry.data.length, 22);
        local.writeUInt16LE(name.length, 26);
        local.writeUInt16LE(0, 28);
        const central = Buffer.alloc(46);
        central.writeUInt32LE(0x02014b50, 0);
        central.writeUInt16LE(20, 4);
        central.writeUInt16LE(20, 6);
        central.writeUInt16LE(0x0800, 8);
        central.writeUInt16LE(8, 10);
        central.writeUInt16LE(DOS_TIME, 12);
        central.writeUInt16LE(DOS_DATE, 14);
        central.writeUInt32LE(crc, 16);
        central.writeUInt32LE(compressed.length, 20);
        central.writeUInt32LE(entry.data.length, 24);
        central.writeUInt16LE(name.length, 28);
        central.writeUInt32LE(offset, 42);
        locals.push(local, name, compressed);
        centrals.push(central, name);
        offset += local.length + name.length + compressed.length;
    }
    const directory = Buffer.concat(centrals);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, directory, end]);
}
