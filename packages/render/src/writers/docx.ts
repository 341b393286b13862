/**
 * DOCX with the `docx` package: real Word structure (Title/Heading styles, numbered and bulleted
 * lists, a table of signature lines whose rows never split across pages), the agreement's
 * language, body text in 12 pt, a footer with the title, the client's name, the version and "Page X of Y" fields, and in a draft a DRAFT header
 * on every page.
 *
 * docx 9 is not deterministic (core.xml dates, random relationship ids, zip times): its parts are
 * written with fixed dates, ids numbered in order of appearance and fixed zip times. The parts
 * come straight from docx's compiler when it is there (zipped once, by zip.ts), else from docx's
 * own archive, unzipped.
 */
import type { FileChild, ParagraphChild } from 'docx';
import type { Agreement, AgreementBlock, AgreementListItem, AgreementSigner } from '../model/agreement.js';
import { footerText } from '../model/agreement.js';
import { utf8Bytes, utf8Text } from './bytes.js';
import type { Paper } from './html.js';
import type { ZipEntry } from './zip.js';
import { readZip, writeZip } from './zip.js';
import { xmlSafeAgreement } from './xml-text.js';

export interface DocxOptions {
    readonly paper?: Paper;
}

type Docx = typeof import('docx');

/** docx, loaded on first use (kept outside the CLI bundle). */
let docxModule: Promise<Docx> | undefined;

/** Page sizes in twentieths of a point. */
const PAGE_SIZES: Record<Paper, { width: number; height: number }> = {
    a4: { width: 11906, height: 16838 },
    letter: { width: 12240, height: 15840 }
};

const FONT = 'Arial';
const ORDERED = 'tandem-ordered';
/** The date written into core.xml: fixed, so that output depends on the agreement only. */
export const FIXED_DOCX_DATE = '2000-01-01T00:00:00Z';

class DocxWriter {
    private orderedLists = 0;

    constructor(private readonly agreement: Agreement, private readonly d: Docx, private readonly paper: Paper) { }

    private paragraph(text: string, options: { bold?: boolean; style?: string } = {}) {
        const { Paragraph, TextRun } = this.d;
        return new Paragraph({ style: options.style, children: [new TextRun({ text, bold: options.bold })] });
    }

    private heading(text: string, level: 'TITLE' | 'HEADING_1' | 'HEADING_2' | 'HEADING_3', pageBreakBefore = false) {
        const { Paragraph, TextRun, HeadingLevel } = this.d;
        return new Paragraph({ heading: HeadingLevel[level], keepNext: true, pageBreakBefore: pageBreakBefore || undefined, children: [new TextRun(text)] });
    }

    private listItem(item: AgreementListItem, list: { ordered: boolean; instance: number }): FileChild[] {
        const { Paragraph, TextRun } = this.d;
        const numbering = list.ordered ? { numbering: { reference: ORDERED, level: 0, instance: list.instance } } : { bullet: { level: 0 } };
        const [first, ...rest] = item.paragraphs;
        const children: ParagraphChild[] = [new TextRun({ text: first ?? '', bold: item.details.length > 0 })];
        item.details.forEach(detail => children.push(new TextRun({ text: detail, break: 1 })));
        return [
            new Paragraph({ ...numbering, keepLines: true, children }),
            ...rest.map(text => new Paragraph({ indent: { left: 720 }, children: [new TextRun(text)] }))
        ];
    }

    private signatures(signers: readonly AgreementSigner[]): FileChild {
        const { Table, TableRow, TableCell, Paragraph, TextRun, WidthType, BorderStyle, HeightRule, VerticalAlign } = this.d;
        const labels = this.agreement.signatureLabels;
        const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
        const line = { style: BorderStyle.SINGLE, size: 6, color: '1A1A1A' };
        const noBorders = { top: none, bottom: none, left: none, right: none };
        const header = new TableRow({
            tableHeader: true,
            cantSplit: true,
            children: [labels.name, labels.signature, labels.date].map(label => new TableCell({
                borders: noBorders,
                children: [new Paragraph({ keepNext: true, children: [new TextRun({ text: label, bold: true })] })]
            }))
        });
        const rows = signers.map(signer => new TableRow({
            cantSplit: true,
            height: { value: 1100, rule: HeightRule.ATLEAST },
            children: [
                new TableCell({
                    borders: noBorders,
                    verticalAlign: VerticalAlign.BOTTOM,
                    children: [new Paragraph({
                        children: [
                            new TextRun({ text: signer.name, bold: true }),
                            new TextRun({ text: signer.role, break: 1 }),
                            ...(signer.attestation ? [new TextRun({ text: signer.attestation, break: 1 })] : [])
                        ]
                    })]
                }),
                new TableCell({ borders: { ...noBorders, bottom: line }, children: [new Paragraph('')] }),
                new TableCell({ borders: { ...noBorders, bottom: line }, children: [new Paragraph('')] })
            ]
        }));
        return new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            columnWidths: [3800, 3600, 1800],
            rows: [header, ...rows]
        });
    }

    private block(block: AgreementBlock): FileChild[] {
        switch (block.kind) {
            case 'paragraph':
                return [this.paragraph(block.text)];
            case 'subheading':
                return [this.heading(block.text, 'HEADING_3')];
            case 'list': {
                const list = { ordered: block.ordered, instance: block.ordered ? ++this.orderedLists : 0 };
                return block.items.flatMap(item => this.listItem(item, list));
            }
            case 'signatures':
                return [this.signatures(block.signers)];
        }
    }

    private footer() {
        const { Footer, Paragraph, TextRun, PageNumber, AlignmentType } = this.d;
        const { agreement } = this;
        // "Page {page} of {pages}": the numbers are Word fields, the words come from the locale.
        const runs: ParagraphChild[] = [new TextRun(`${footerText(agreement)} · `)];
        for (const part of agreement.footer.pageOf.split(/(\{page\}|\{pages\})/)) {
            if (part === '{page}') {
                runs.push(new TextRun({ children: [PageNumber.CURRENT] }));
            } else if (part === '{pages}') {
                runs.push(new TextRun({ children: [PageNumber.TOTAL_PAGES] }));
            } else if (part.length > 0) {
                runs.push(new TextRun(part));
            }
        }
        return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, style: 'Footer', children: runs })] });
    }

    private header() {
        const { Header, Paragraph, TextRun, AlignmentType } = this.d;
        const draft = this.agreement.draft!;
        return new Header({
            children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: draft.label, bold: true, color: 'B00020', size: 28 })] })]
        });
    }

    build() {
        const { Document, LevelFormat, AlignmentType } = this.d;
        const { agreement } = this;
        const children: FileChild[] = [];
        if (agreement.draft) {
            children.push(this.paragraph(agreement.draft.notice, { bold: true }));
        }
        children.push(this.heading(agreement.title, 'HEADING_1'));
        if (agreement.agency) {
            children.push(this.paragraph(agreement.agency, { style: 'Subtitle' }));
        }
        for (const detail of agreement.agencyDetails) {
            children.push(this.paragraph(detail));
        }
        children.push(this.paragraph(agreement.intro));
        for (const section of agreement.sections) {
            children.push(this.heading(section.heading, 'HEADING_2'));
            for (const block of section.blocks) {
                children.push(...this.block(block));
            }
        }
        // Each permission to share information starts a page of its own.
        for (const permission of agreement.permissions) {
            children.push(this.heading(permission.heading, 'HEADING_2', true));
            for (const block of permission.blocks) {
                children.push(...this.block(block));
            }
        }
        const styles = {
            default: {
                document: { run: { font: FONT, size: 24, language: { value: agreement.locale } }, paragraph: { spacing: { after: 120 } } },
                heading1: { run: { font: FONT, size: 36, bold: true, color: '1A1A1A' }, paragraph: { spacing: { after: 120 } } },
                heading2: { run: { font: FONT, size: 28, bold: true, color: '1A1A1A' }, paragraph: { spacing: { before: 360, after: 120 } } },
                heading3: { run: { font: FONT, size: 26, bold: true, color: '1A1A1A' }, paragraph: { spacing: { before: 200, after: 80 } } }
            }
        };
        const document = new Document({
            creator: 'Tandem',
            lastModifiedBy: 'Tandem',
            title: agreement.title,
            subject: agreement.agency,
            styles,
            numbering: {
                config: [{
                    reference: ORDERED,
                    levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }]
                }]
            },
            sections: [{
                properties: { page: { size: PAGE_SIZES[this.paper], margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
                headers: agreement.draft ? { default: this.header() } : undefined,
                footers: { default: this.footer() },
                children
            }]
        });
        // No theme option is given: the theme is docx's own, the same in every document.
        formatOncePerProcess(document.Theme, 'theme');
        formatOncePerProcess(document.Styles, `styles ${JSON.stringify(styles)}`);
        return document;
    }
}

/** A part as docx turns it into XML: its `prepForXml` gives the XML object that is then written out. */
interface FormattedPart {
    prepForXml(context: never): object | undefined;
}

/** XML objects of parts that depend only on their key (below), made once per process. */
const formattedParts = new Map<string, object>();

/**
 * Parts that are the same in every document with the same options are turned into XML objects
 * once per process, not for each document: the theme, and the styles (one set per locale). Each
 * took ~0.8 ms of a document's ~9. `key` must name everything the part is made from.
 */
function formatOncePerProcess(part: FormattedPart | undefined, key: string): void {
    if (typeof part?.prepForXml !== 'function') {
        return;
    }
    const format = part.prepForXml.bind(part);
    part.prepForXml = context => {
        let formatted = formattedParts.get(key);
        if (!formatted) {
            formatted = format(context);
            if (formatted) {
                formattedParts.set(key, formatted);
            }
        }
        return formatted;
    };
}

/** A part of the package as docx's compiler gives it: XML as a string, media as bytes. */
export interface DocxPart {
    readonly name: string;
    readonly data: string | Uint8Array;
}

function textOf(part: DocxPart): string {
    return typeof part.data === 'string' ? part.data : utf8Text(part.data);
}

function bytesOf(data: string | Uint8Array): Uint8Array {
    return typeof data === 'string' ? utf8Bytes(data) : data;
}

/** Rewrites the parts: fixed core.xml dates, relationship ids in order of appearance. */
export function makeDeterministic(parts: readonly DocxPart[]): ZipEntry[] {
    const ids = new Map<string, string>();
    for (const entry of parts) {
        if (entry.name.endsWith('.rels')) {
            for (const match of textOf(entry).matchAll(/Id="([^"]+)"/g)) {
                if (!ids.has(match[1]) && !/^rId\d+$/.test(match[1])) {
                    ids.set(match[1], `rIdT${ids.size + 1}`);
                }
            }
        }
    }
    return parts.map(entry => {
        if (!/\.(xml|rels)$/.test(entry.name)) {
            return { name: entry.name, data: bytesOf(entry.data) };
        }
        let text = textOf(entry);
        if (entry.name === 'docProps/core.xml') {
            text = text.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${FIXED_DOCX_DATE}$3`);
        }
        if (ids.size > 0) {
            text = text.replace(/"([^"]+)"/g, (quoted, value: string) => (ids.has(value) ? `"${ids.get(value)}"` : quoted));
        }
        return { name: entry.name, data: utf8Bytes(text), text };
    });
}

type DocxDocument = InstanceType<Docx['Document']>;

/** docx's compiler (internal to docx 9: `Packer.compiler`), which gives the parts before zipping. */
interface DocxCompiler {
    compile(document: DocxDocument): Map<string, string | Uint8Array>;
}

/** The package's parts from docx's compiler, without docx's zipping (a third of a document's time). */
export function compiledParts(d: Docx, document: DocxDocument): DocxPart[] | undefined {
    const compiler = (d.Packer as unknown as { compiler?: Partial<DocxCompiler> }).compiler;
    if (typeof compiler?.compile !== 'function') {
        return undefined;
    }
    return [...(compiler as DocxCompiler).compile(document)].map(([name, data]) => ({ name, data }));
}

/** The package's parts by docx's public API: its archive, unzipped. */
export async function packedParts(d: Docx, document: DocxDocument): Promise<DocxPart[]> {
    return readZip(new Uint8Array(await d.Packer.toArrayBuffer(document)));
}

export async function loadDocx(): Promise<Docx> {
    docxModule ??= import('docx');
    return docxModule;
}

/** The docx document of an agreement, before it is packed. */
export function buildDocxDocument(d: Docx, agreement: Agreement, options: DocxOptions = {}): DocxDocument {
    return new DocxWriter(agreement, d, options.paper ?? 'a4').build();
}

export async function writeDocx(agreement: Agreement, options: DocxOptions = {}): Promise<Uint8Array> {
    const d = await loadDocx();
    const document = buildDocxDocument(d, xmlSafeAgreement(agreement), options);
    return writeZip(makeDeterministic(compiledParts(d, document) ?? await packedParts(d, document)));
}
