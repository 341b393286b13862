/**
 * What makes pdfkit fast enough for print jobs: work that does not depend on the document is done
 * once per process, and output takes a shorter path. Each measure reaches into pdfkit 0.20's
 * internals (named where used); none changes a byte of output, which the tests hold it to (the
 * PDF read back, and a fresh process against a warm one, byte for byte).
 *
 * - Parsing DejaVu Sans (700 kB) is done once: pdfkit accepts a parsed font in place of a path.
 * - Word layouts (OpenType shaping) are shared by the documents of a process, and so are the
 *   layouts of whole runs of text, which pdfkit otherwise redoes to measure, wrap and write a run.
 * - Fonts embed the common subset built once per process (pdf-font-subset.ts).
 * - Page content is gathered as text and turned into bytes once per page, not once per operator.
 * - The document's bytes are collected directly rather than through a Node stream.
 *
 * And one measure for byte identity: every compressed stream goes through deflate.ts, so that
 * pdfkit's Node build (node:zlib) and its browser build (fflate) write the same bytes.
 */
import { concatBytes, latin1Bytes, latin1Text } from './bytes.js';
import { zlibDeflate } from './deflate.js';
import type { FontKind } from './font-source.js';
import { loadFontBytes } from './font-source.js';
import type { PdfkitEmbeddedFont } from './pdf-font-subset.js';
import { useCommonSubset } from './pdf-font-subset.js';

/** What is used of pdfkit's embedded font, beyond what the common subset uses. */
interface EmbeddedFontInternals extends Partial<PdfkitEmbeddedFont> {
    layoutCache?: Record<string, unknown>;
    layout?: (text: string, features?: unknown, onlyWidth?: boolean) => unknown;
}

/** What is used of pdfkit's document internals. */
interface DocumentInternals {
    _root: ReferenceInternals;
    _font?: EmbeddedFontInternals;
    _fontFamilies?: Record<string, EmbeddedFontInternals>;
    _offset: number;
    _write(data: string | Uint8Array): void;
    page: { content?: ReferenceInternals };
    on(event: 'pageAdded', listener: () => void): void;
    font(name: string): unknown;
}

/** What is used of a pdfkit indirect object (PDFReference). */
interface ReferenceInternals {
    /** Whether pdfkit will compress the stream when the object is finalized. */
    compress: boolean;
    /** The stream's chunks until the object is finalized. */
    buffer: Uint8Array[];
    write(chunk: string | Uint8Array): void;
    finalize(): void;
}

/** The fonts as pdfkit parsed them, shared by every document of the process. */
const parsedFonts: { regular?: unknown; bold?: unknown } = {};
/** The fonts' bytes (font-source.ts), until pdfkit has parsed them. */
let fontBytes: Readonly<Record<FontKind, Uint8Array>> | undefined;

/** Gets the fonts' bytes from the environment's font source, once: before the first document. */
export async function loadFonts(): Promise<void> {
    if (!parsedFonts.regular || !parsedFonts.bold) {
        fontBytes ??= await loadFontBytes();
    }
}

/**
 * The source of a font for `new PDFDocument` and `registerFont`: parsed once, else its bytes
 * (`loadFonts` first). pdfkit parses a font's bytes as it would the file they were read from.
 */
export function fontSource(kind: FontKind): unknown {
    const source = parsedFonts[kind] ?? fontBytes?.[kind];
    if (source === undefined) {
        throw new Error('the PDF fonts have not been loaded (loadFonts)');
    }
    return source;
}

/** Whether the body font (once parsed, after the first document) has a glyph for `codePoint`. */
export function bodyFontHasGlyph(codePoint: number): boolean {
    const font = parsedFonts.regular as { hasGlyphForCodePoint?: (codePoint: number) => boolean } | undefined;
    return font?.hasGlyphForCodePoint?.(codePoint) ?? true;
}

/** Word layouts shared by the documents of the process, dropped now and then to bound memory. */
const sharedLayouts = new Map<string, Record<string, unknown>>();
const LAYOUT_CACHE_DOCUMENTS = 500;
let documentsSinceReset = 0;
/** Layouts of whole runs of text (lines, labels) by font, bounded by their number. */
const sharedRuns = new Map<string, Map<string, unknown>>();
const RUN_CACHE_SIZE = 4000;

/**
 * Registers a new document's fonts, 'body' and 'bold' (the document was made with
 * `fontSource('regular')` as its font), sharing the process's work: the parsed fonts, word and
 * run layouts, and the common subset.
 */
export function registerFonts(document: PDFKit.PDFDocument): void {
    const doc = document as unknown as DocumentInternals;
    if (doc._font && doc._fontFamilies) {
        // The default font is already the regular one: name it 'body' too, so that pdfkit does
        // not load it a second time and compare the two (a few ms per document). Done for every
        // document alike, so that font resource names never depend on warm caches.
        doc._fontFamilies.body = doc._font;
    }
    document.registerFont('body', fontSource('regular') as string);
    document.registerFont('bold', fontSource('bold') as string);
    const embedded = (name: string): EmbeddedFontInternals | undefined => {
        doc.font(name);
        return doc._font;
    };
    parsedFonts.regular ??= embedded('body')?.font;
    parsedFonts.bold ??= embedded('bold')?.font;
    if (parsedFonts.regular && parsedFonts.bold) {
        fontBytes = undefined;
    }
    if (++documentsSinceReset > LAYOUT_CACHE_DOCUMENTS) {
        documentsSinceReset = 0;
        sharedLayouts.clear();
    }
    for (const name of ['body', 'bold']) {
        const font = embedded(name);
        if (font?.layoutCache) {
            font.layoutCache = sharedLayouts.get(name) ?? sharedLayouts.set(name, font.layoutCache).get(name);
            shareRunLayouts(font, name);
        }
        if (font?.font && font.subset && font.document) {
            useCommonSubset(font as PdfkitEmbeddedFont);
        }
    }
}

/**
 * pdfkit lays a run of text out word by word on every call (to measure it, to wrap it, to write
 * it); the layout of a run is a pure function of its text, so it is kept for the next call and
 * the next document. Only plain runs (no OpenType features asked for) are kept.
 */
function shareRunLayouts(font: EmbeddedFontInternals, name: string): void {
    const layout = font.layout?.bind(font);
    if (!layout) {
        return;
    }
    let runs = sharedRuns.get(name);
    if (!runs) {
        runs = new Map();
        sharedRuns.set(name, runs);
    }
    const cache = runs;
    font.layout = (text, features, onlyWidth) => {
        if (features) {
            return layout(text, features, onlyWidth);
        }
        let run = cache.get(text);
        if (run === undefined) {
            if (cache.size >= RUN_CACHE_SIZE) {
                cache.clear();
            }
            run = layout(text);
            cache.set(text, run);
        }
        return run;
    };
}

/**
 * pdfkit turns each content operator into bytes as it is written (a loop over its characters,
 * then a copy of every piece): a page's operators are kept as text and turned into bytes at once
 * when the page is finished. Operators are ASCII (text is written as glyph ids in hex).
 */
export function gatherPageContent(document: PDFKit.PDFDocument): void {
    const doc = document as unknown as DocumentInternals;
    const gather = (content: ReferenceInternals | undefined) => {
        if (!content) {
            return;
        }
        const write = content.write.bind(content);
        const finalize = content.finalize.bind(content);
        let pending: string[] = [];
        const flush = () => {
            if (pending.length > 0) {
                write(latin1Bytes(`${pending.join('\n')}\n`));
                pending = [];
            }
        };
        content.write = chunk => {
            if (typeof chunk === 'string') {
                pending.push(chunk);
            } else {
                flush();
                write(chunk);
            }
        };
        content.finalize = () => {
            flush();
            finalize();
        };
    };
    gather(doc.page.content);
    doc.on('pageAdded', () => gather(doc.page.content));
}

/**
 * Collects the document's bytes as pdfkit writes them, without passing each piece through a
 * Node stream. What the document wrote while it was made (the file header) is taken from the
 * stream first. The returned function gives the whole file once the document has ended.
 *
 * The stream scheduled a callback (process.nextTick) holding the document when the header was
 * written: a caller that renders in a loop of promises only must let the event loop turn, or
 * every document stays in memory until the loop ends (`writePdf` does, once per document).
 */
export function collectOutput(document: PDFKit.PDFDocument): () => Uint8Array {
    const doc = document as unknown as DocumentInternals;
    const chunks: Uint8Array[] = [];
    // pdfkit's Node build is a Node Readable (`read()` gives what is buffered); its browser
    // build has a small stream of its own that keeps the pushed chunks in `_buffer`.
    const stream = document as unknown as { read?(): Uint8Array | null; _buffer?: Uint8Array[]; push(chunk: unknown): boolean };
    const written = typeof stream.read === 'function' ? stream.read() : stream._buffer?.splice(0);
    if (written) {
        chunks.push(...(Array.isArray(written) ? written : [written]));
    }
    // Nothing more goes through the stream (its end included), so it schedules nothing more.
    stream.push = () => true;
    doc._write = data => {
        const bytes = typeof data === 'string' ? latin1Bytes(`${data}\n`) : data;
        chunks.push(bytes);
        doc._offset += bytes.length;
    };
    return () => {
        const file = concatBytes(chunks);
        if (!latin1Text(file.subarray(-6)).includes('%%EOF')) {
            throw new Error('the PDF has not been finished');
        }
        return file;
    };
}

/** The classes of pdfkit's indirect objects whose streams are compressed by deflate.ts. */
const compressingClasses = new WeakSet<object>();

/**
 * Makes pdfkit compress every stream with deflate.ts rather than its own compressor (node:zlib in
 * its Node build, fflate with its defaults in its browser build): the stream is compressed just
 * before pdfkit finalizes the object, which then writes it as it is (its `Filter` is already
 * FlateDecode). Done once, on the class of pdfkit's indirect objects, so that the objects made
 * while the document was created (its first page's content) are covered too.
 */
export function compressStreams(document: PDFKit.PDFDocument): void {
    const prototype = Object.getPrototypeOf((document as unknown as DocumentInternals)._root) as ReferenceInternals;
    if (compressingClasses.has(prototype)) {
        return;
    }
    const finalize = prototype.finalize;
    if (typeof finalize !== 'function' || !('compress' in (document as unknown as DocumentInternals)._root)) {
        throw new Error('pdfkit\'s indirect objects are not what pdfkit-tuning.ts knows (pdfkit 0.20)');
    }
    prototype.finalize = function (this: ReferenceInternals) {
        if (this.compress && Array.isArray(this.buffer) && this.buffer.length > 0) {
            this.buffer = [zlibDeflate(concatBytes(this.buffer))];
            this.compress = false;
        }
        finalize.call(this);
    };
    compressingClasses.add(prototype);
}
