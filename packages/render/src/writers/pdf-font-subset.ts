/**
 * One font subset per process for the characters agreements use (ASCII, Latin-1 with Spanish
 * accents, common punctuation, the ligatures). pdfkit builds a subset of each font for each document: decoding
 * and re-encoding glyphs and compressing the result is a third of a PDF's time. A PDF whose
 * glyphs all lie in the common subset embeds the subset built (and compressed) once; a PDF that
 * needs another glyph (a name in Polish or Greek, say) gets a subset of its own: the common
 * glyphs first, at the same ids, then its own. Either way the bytes depend on the agreement only.
 *
 * This works on pdfkit 0.20's embedded font object (its `subset`, `widths`, `unicode` and
 * `embed`); the PDF tests read the fonts back, and a test compares a fresh process with a warm one.
 */
import { sha256 } from '@noble/hashes/sha2';
import { utf8Bytes } from './bytes.js';
import { zlibDeflate } from './deflate.js';

/** The code points of the common subset. */
export const COMMON_CODE_POINTS: readonly number[] = [
    ...range(0x20, 0x7e), // ASCII
    ...range(0xa0, 0xff), // Latin-1: á é í ó ú ñ ü ¿ ¡ « » · and the rest
    ...range(0x2010, 0x2027), // dashes, quotes, bullet, ellipsis
    0x2030, 0x2039, 0x203a, 0x20ac, 0x2122
];

/** Text whose layout brings in the font's ligatures (DejaVu Sans joins fi, fl, ffi...). */
const LIGATURE_TEXTS = ['ff', 'fi', 'fl', 'ffi', 'ffl'];

function range(first: number, last: number): number[] {
    return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/** What is used of a fontkit font. */
interface FontkitFont {
    readonly postscriptName: string;
    readonly unitsPerEm: number;
    readonly italicAngle: number;
    readonly bbox: { minX: number; minY: number; maxX: number; maxY: number };
    readonly post: { isFixedPitch?: number | boolean };
    readonly head: { macStyle: { italic?: boolean } };
    readonly 'OS/2'?: { sFamilyClass?: number };
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): { id: number };
    layout(text: string): { glyphs: readonly { id: number; codePoints: readonly number[] }[] };
    getGlyph(id: number): { advanceWidth: number };
    createSubset(): FontkitSubset;
}

interface FontkitSubset {
    readonly glyphs: number[];
    includeGlyph(id: number): number;
    encode(): Uint8Array;
}

/** What is used of pdfkit's document: indirect objects. */
interface PdfDocumentInternals {
    ref(data?: Record<string, unknown>): PdfReference;
}

interface PdfReference {
    data: Record<string, unknown>;
    end(chunk?: Uint8Array | string): void;
}

/** What is used of pdfkit's embedded font (pdfkit 0.20's EmbeddedFont). */
export interface PdfkitEmbeddedFont {
    readonly document: PdfDocumentInternals;
    readonly font: FontkitFont;
    readonly scale: number;
    readonly ascender: number;
    readonly descender: number;
    readonly xHeight: number;
    readonly capHeight: number;
    readonly dictionary?: PdfReference;
    subset: { includeGlyph(id: number): number; encode(): Uint8Array };
    widths: number[];
    unicode: number[][];
    embed(): void;
}

/** A font's common subset, built once: glyph ids, widths, code points and the compressed file. */
class CommonSubset {
    /** Original glyph ids in subset order (gid 0 is .notdef; composite glyphs' parts at the end). */
    readonly glyphs: readonly number[];
    readonly gidOf = new Map<number, number>();
    readonly widths: number[];
    readonly unicode: number[][];
    readonly compressedFile: Uint8Array;
    readonly tag: string;
    /** The compressed ToUnicode CMap of the common glyphs. */
    readonly compressedToUnicode: Uint8Array;

    constructor(readonly font: FontkitFont) {
        const subset = font.createSubset();
        const scale = 1000 / font.unitsPerEm;
        const codePointsOf = new Map<number, number[]>();
        for (const codePoint of COMMON_CODE_POINTS) {
            if (font.hasGlyphForCodePoint(codePoint)) {
                const id = font.glyphForCodePoint(codePoint).id;
                subset.includeGlyph(id);
                if (!codePointsOf.has(id)) {
                    codePointsOf.set(id, [codePoint]);
                }
            }
        }
        for (const text of LIGATURE_TEXTS) {
            for (const glyph of font.layout(text).glyphs) {
                subset.includeGlyph(glyph.id);
                if (!codePointsOf.has(glyph.id)) {
                    codePointsOf.set(glyph.id, [...glyph.codePoints]);
                }
            }
        }
        const file = subset.encode();
        this.glyphs = [...subset.glyphs];
        this.glyphs.forEach((id, gid) => this.gidOf.set(id, gid));
        this.widths = this.glyphs.map(id => font.getGlyph(id).advanceWidth * scale);
        this.unicode = this.glyphs.map(id => codePointsOf.get(id) ?? []);
        // Compressed once per process: the smallest output is worth the time.
        this.compressedFile = zlibDeflate(file, 9);
        this.tag = subsetTag(this.glyphs);
        this.compressedToUnicode = zlibDeflate(utf8Bytes(toUnicodeCMap(this.unicode)), 9);
    }
}

const commonSubsets = new WeakMap<FontkitFont, CommonSubset>();

function commonSubsetOf(font: FontkitFont): CommonSubset {
    let common = commonSubsets.get(font);
    if (!common) {
        common = new CommonSubset(font);
        commonSubsets.set(font, common);
    }
    return common;
}

/** Six capital letters naming a subset (PDF 9.6.4), from its glyphs (SHA-256, pure JavaScript: pdfkit's own hashing library). */
function subsetTag(glyphs: readonly number[]): string {
    const digest = sha256(utf8Bytes(glyphs.join(',')));
    return Array.from(digest.subarray(0, 6), byte => String.fromCharCode(65 + (byte % 26))).join('');
}

/** A ToUnicode CMap (PDF 9.10.3) mapping each glyph id of the subset to its text. */
function toUnicodeCMap(unicode: readonly (readonly number[])[]): string {
    const entries: string[] = [];
    unicode.forEach((codePoints, gid) => {
        if (codePoints && codePoints.length > 0) {
            entries.push(`<${hex(gid)}> <${codePoints.map(utf16Hex).join('')}>`);
        }
    });
    const blocks: string[] = [];
    for (let start = 0; start < entries.length; start += 100) {
        const block = entries.slice(start, start + 100);
        blocks.push(`${block.length} beginbfchar\n${block.join('\n')}\nendbfchar`);
    }
    return [
        '/CIDInit /ProcSet findresource begin',
        '12 dict begin',
        'begincmap',
        '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
        '/CMapName /Adobe-Identity-UCS def',
        '/CMapType 2 def',
        '1 begincodespacerange',
        '<0000> <FFFF>',
        'endcodespacerange',
        ...blocks,
        'endcmap',
        'CMapName currentdict /CMap defineresource pop',
        'end',
        'end'
    ].join('\n');
}

function hex(value: number): string {
    return value.toString(16).toUpperCase().padStart(4, '0');
}

function utf16Hex(codePoint: number): string {
    if (codePoint <= 0xffff) {
        return hex(codePoint);
    }
    const offset = codePoint - 0x10000;
    return hex(0xd800 | (offset >> 10)) + hex(0xdc00 | (offset & 0x3ff));
}

/** Font descriptor flags (PDF 9.8.2): fixed pitch, serif, symbolic, italic. */
function descriptorFlags(font: FontkitFont): number {
    const familyClass = (font['OS/2']?.sFamilyClass ?? 0) >> 8;
    let flags = 1 << 2; // symbolic: glyphs are addressed by id, not by a standard encoding
    if (font.post.isFixedPitch) {
        flags |= 1 << 0;
    }
    if (familyClass >= 1 && familyClass <= 7) {
        flags |= 1 << 1;
    }
    if (font.head.macStyle.italic) {
        flags |= 1 << 6;
    }
    return flags;
}

/**
 * Makes one document's embedded font use the common subset: glyph ids, widths and code points of
 * the common glyphs are known from the start; the first glyph outside it switches the document
 * to a subset of its own that begins with the common glyphs at the same ids.
 */
export function useCommonSubset(embedded: PdfkitEmbeddedFont): void {
    const common = commonSubsetOf(embedded.font);
    const shared = {
        includeGlyph: (id: number): number => {
            const gid = common.gidOf.get(id);
            if (gid !== undefined) {
                return gid;
            }
            const own = embedded.font.createSubset();
            common.glyphs.forEach(glyph => own.includeGlyph(glyph));
            embedded.subset = own;
            return own.includeGlyph(id);
        },
        encode: (): Uint8Array => {
            throw new Error('the common subset is embedded already encoded');
        }
    };
    embedded.subset = shared;
    embedded.widths = [...common.widths];
    embedded.unicode = common.unicode.map(codePoints => [...codePoints]);
    embedded.embed = () => embedFont(embedded, common, embedded.subset === shared);
}

/** Writes the font's objects: a Type 0 font over a CIDFontType2 with its descriptor, file and ToUnicode. */
function embedFont(embedded: PdfkitEmbeddedFont, common: CommonSubset, isCommon: boolean): void {
    const { document, font, scale } = embedded;
    const fontFile = document.ref({ Filter: 'FlateDecode' });
    fontFile.end(isCommon ? common.compressedFile : zlibDeflate(embedded.subset.encode()));
    const name = `${isCommon ? common.tag : subsetTag((embedded.subset as FontkitSubset).glyphs)}+${font.postscriptName.replaceAll(' ', '_')}`;
    const descriptor = document.ref({
        Type: 'FontDescriptor',
        FontName: name,
        Flags: descriptorFlags(font),
        FontBBox: [font.bbox.minX * scale, font.bbox.minY * scale, font.bbox.maxX * scale, font.bbox.maxY * scale],
        ItalicAngle: font.italicAngle,
        Ascent: embedded.ascender,
        Descent: embedded.descender,
        CapHeight: embedded.capHeight || embedded.ascender,
        XHeight: embedded.xHeight || 0,
        StemV: 0,
        FontFile2: fontFile
    });
    descriptor.end();
    const descendant = document.ref({
        Type: 'Font',
        Subtype: 'CIDFontType2',
        BaseFont: name,
        // PDF strings, not names: pdfkit writes a String object as a string.
        CIDSystemInfo: { Registry: new String('Adobe'), Ordering: new String('Identity'), Supplement: 0 },
        FontDescriptor: descriptor,
        // With the common subset, pdfkit has filled no width or code point of its own: every
        // glyph's were set from the start.
        W: [0, isCommon ? common.widths : embedded.widths.map(width => width ?? 0)],
        CIDToGIDMap: 'Identity'
    });
    descendant.end();
    const toUnicode = document.ref({ Filter: 'FlateDecode' });
    toUnicode.end(isCommon ? common.compressedToUnicode : zlibDeflate(utf8Bytes(toUnicodeCMap(embedded.unicode))));
    const dictionary = embedded.dictionary!;
    dictionary.data = {
        Type: 'Font',
        Subtype: 'Type0',
        BaseFont: name,
        Encoding: 'Identity-H',
        DescendantFonts: [descendant],
        ToUnicode: toUnicode
    };
    dictionary.end();
}
