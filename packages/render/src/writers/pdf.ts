/**
 * PDF with pdfkit (pure JavaScript, no browser): A4 or Letter, DejaVu Sans embedded, a tagged
 * PDF for screen readers (a structure tree of headings, paragraphs and lists; the document's
 * language and title; page furniture marked as artifacts), body text in 12 pt, a footer on every
 * page naming the agreement, the client, its version and "Page X of Y", and in a draft a DRAFT
 * mark on every page.
 * Signature blocks are never split across pages. Metadata dates are fixed and nothing about the
 * machine or its user is written, so the same agreement gives the same bytes.
 */
import type { Agreement, AgreementBlock, AgreementListItem, AgreementSigner } from '../model/agreement.js';
import { footerLine } from '../model/agreement.js';
import type { Paper } from './html.js';
import { checkPdfCoverage } from './pdf-coverage.js';
import { bodyFontHasGlyph, collectOutput, compressStreams, fontSource, gatherPageContent, loadFonts, registerFonts } from './pdfkit-tuning.js';

export interface PdfOptions {
    readonly paper?: Paper;
}

/** The metadata dates of every PDF: fixed, so that output depends on the agreement only. */
export const FIXED_PDF_DATE = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

const SIZES: Record<Paper, string> = { a4: 'A4', letter: 'LETTER' };
const MARGIN = { top: 64, bottom: 72, left: 64, right: 64 };
/** Body text: plain-language guides ask for 12 to 14 pt. */
const BODY = 12;
const GAP = 2;
const FOOTER = 9;
const FOOTER_MIN = 7;
const TEXT_COLOUR = '#1a1a1a';
const DRAFT_COLOUR = '#b00020';

type Struct = PDFKit.PDFStructureElement;

type PdfDocumentClass = typeof import('pdfkit');

class PdfWriter {
    private readonly doc: PDFKit.PDFDocument;
    private readonly root: Struct;
    private readonly width: number;

    constructor(private readonly agreement: Agreement, paper: Paper, PDFDocument: PdfDocumentClass) {
        this.doc = new PDFDocument({
            size: SIZES[paper],
            margins: MARGIN,
            bufferPages: true,
            tagged: true,
            lang: agreement.locale,
            displayTitle: true,
            pdfVersion: '1.7',
            font: fontSource('regular') as string,
            info: {
                Title: agreement.title,
                Subject: agreement.agency ?? agreement.title,
                Creator: 'Tandem',
                Producer: 'Tandem (pdfkit)',
                CreationDate: FIXED_PDF_DATE,
                ModDate: FIXED_PDF_DATE
            }
        });
        compressStreams(this.doc);
        registerFonts(this.doc);
        gatherPageContent(this.doc);
        this.doc.font('body').fontSize(BODY).fillColor(TEXT_COLOUR);
        this.root = this.doc.struct('Document');
        this.doc.addStructure(this.root);
        this.width = this.doc.page.width - MARGIN.left - MARGIN.right;
    }

    private get bottom(): number {
        return this.doc.page.height - MARGIN.bottom;
    }

    /** Starts a new page unless `height` points still fit on this one. */
    private ensureRoom(height: number): void {
        if (this.doc.y + height > this.bottom && this.doc.y > MARGIN.top) {
            this.doc.addPage();
        }
    }

    private textHeight(text: string, font: string, size: number, width = this.width): number {
        return this.doc.font(font).fontSize(size).heightOfString(text, { width, lineGap: GAP });
    }

    /** A structure element holding one run of text. */
    private text(parent: Struct, role: string, text: string, font: string, size: number, options: { x?: number; width?: number; after?: number } = {}): void {
        const x = options.x ?? MARGIN.left;
        const width = options.width ?? this.width;
        parent.add(this.doc.struct(role, {}, () => {
            this.doc.font(font).fontSize(size).fillColor(TEXT_COLOUR).text(text, x, this.doc.y, { width, lineGap: GAP });
        }));
        this.doc.y += options.after ?? 0;
    }

    /** A heading, kept on one page with what follows it (`keepWith`: more that must follow). */
    private heading(parent: Struct, role: 'H1' | 'H2' | 'H3', text: string, keepWith = 0): void {
        const size = role === 'H1' ? 20 : role === 'H2' ? 15 : 13;
        const before = role === 'H1' ? 0 : role === 'H2' ? 14 : 8;
        this.doc.y += before;
        // Keep a heading with at least three lines of what follows it.
        this.ensureRoom(this.textHeight(text, 'bold', size) + 4 * (BODY + GAP) + keepWith);
        this.text(parent, role, text, 'bold', size, { after: role === 'H1' ? 2 : 4 });
    }

    private paragraph(parent: Struct, text: string): void {
        this.ensureRoom(2 * (BODY + GAP));
        this.text(parent, 'P', text, 'body', BODY, { after: 5 });
    }

    private listItem(list: Struct, item: AgreementListItem, label: string): void {
        const indent = 18;
        const bodyWidth = this.width - indent;
        const lines = [...item.paragraphs, ...item.details];
        const firstHeight = this.textHeight(lines[0] ?? '', 'body', BODY, bodyWidth);
        this.ensureRoom(Math.min(firstHeight, 3 * (BODY + GAP)));
        const li = this.doc.struct('LI');
        list.add(li);
        const top = this.doc.y;
        li.add(this.doc.struct('Lbl', {}, () => {
            this.doc.font('body').fontSize(BODY).fillColor(TEXT_COLOUR).text(label, MARGIN.left, top, { width: indent, lineBreak: false });
        }));
        this.doc.y = top;
        const body = this.doc.struct('LBody');
        li.add(body);
        item.paragraphs.forEach((paragraph, index) => {
            this.text(body, 'P', paragraph, index === 0 && item.details.length > 0 ? 'bold' : 'body', BODY, { x: MARGIN.left + indent, width: bodyWidth, after: 1 });
        });
        for (const detail of item.details) {
            this.text(body, 'P', detail, 'body', BODY, { x: MARGIN.left + indent, width: bodyWidth, after: 1 });
        }
        body.end();
        li.end();
        this.doc.y += 3;
    }

    private signer(parent: Struct, signer: AgreementSigner): void {
        const labels = this.agreement.signatureLabels;
        const nameLine = `${signer.name}, ${signer.role}`;
        const lineGap = 34;
        const height = this.textHeight(nameLine, 'bold', BODY)
            + (signer.attestation ? this.textHeight(signer.attestation, 'body', BODY) + 2 : 0)
            + lineGap + 2 * (BODY + GAP) + 16;
        // A signature block is never split across a page break.
        this.ensureRoom(height);
        const block = this.doc.struct('Div');
        parent.add(block);
        this.text(block, 'P', nameLine, 'bold', BODY, { after: 2 });
        if (signer.attestation) {
            this.text(block, 'P', signer.attestation, 'body', BODY, { after: 2 });
        }
        const y = this.doc.y + lineGap;
        const dateWidth = 130;
        const signatureWidth = this.width - dateWidth - 24;
        this.doc.markContent('Artifact', { type: 'Layout' });
        this.doc.lineWidth(0.8).strokeColor(TEXT_COLOUR)
            .moveTo(MARGIN.left, y).lineTo(MARGIN.left + signatureWidth, y).stroke()
            .moveTo(MARGIN.left + signatureWidth + 24, y).lineTo(MARGIN.left + this.width, y).stroke();
        this.doc.endMarkedContent();
        this.doc.y = y + 3;
        const labelStruct = this.doc.struct('P');
        block.add(labelStruct);
        labelStruct.add(this.doc.struct('Span', {}, () => {
            this.doc.font('body').fontSize(BODY - 1).text(labels.signature, MARGIN.left, y + 3, { width: signatureWidth, lineBreak: false });
        }));
        labelStruct.add(this.doc.struct('Span', {}, () => {
            this.doc.font('body').fontSize(BODY - 1).text(labels.date, MARGIN.left + signatureWidth + 24, y + 3, { width: dateWidth, lineBreak: false });
        }));
        labelStruct.end();
        block.end();
        this.doc.x = MARGIN.left;
        this.doc.y = y + 3 + BODY + 24;
    }

    private block(section: Struct, block: AgreementBlock): void {
        switch (block.kind) {
            case 'paragraph':
                this.paragraph(section, block.text);
                break;
            case 'subheading':
                this.heading(section, 'H3', block.text);
                break;
            case 'list': {
                const list = this.doc.struct('L');
                section.add(list);
                block.items.forEach((item, index) => this.listItem(list, item, block.ordered ? `${index + 1}.` : '•'));
                list.end();
                this.doc.y += 3;
                break;
            }
            case 'signatures':
                for (const signer of block.signers) {
                    this.signer(section, signer);
                }
                break;
        }
    }

    /** Footer (and DRAFT mark) on every page, as artifacts: not part of the reading order. */
    private furniture(): void {
        const range = this.doc.bufferedPageRange();
        const pages = range.count;
        for (let i = 0; i < pages; i++) {
            this.doc.switchToPage(range.start + i);
            const page = this.doc.page;
            const bottomMargin = page.margins.bottom;
            page.margins.bottom = 0;
            this.doc.markContent('Artifact', { type: 'Pagination' });
            const footerY = page.height - MARGIN.bottom + 24;
            this.doc.lineWidth(0.5).strokeColor('#888888').moveTo(MARGIN.left, footerY - 6).lineTo(page.width - MARGIN.right, footerY - 6).stroke();
            // One line, made smaller to fit a long title or several names; two lines at the smallest.
            const footer = footerLine(this.agreement, i + 1, pages);
            this.doc.font('body').fontSize(FOOTER);
            const size = Math.max(FOOTER_MIN, Math.min(FOOTER, FOOTER * this.width / this.doc.widthOfString(footer)));
            this.doc.fontSize(size).fillColor('#333333')
                .text(footer, MARGIN.left, footerY, { width: this.width, align: 'center', lineBreak: size === FOOTER_MIN });
            if (this.agreement.draft) {
                this.doc.font('bold').fontSize(11).fillColor(DRAFT_COLOUR)
                    .text(this.agreement.draft.label, MARGIN.left, 30, { width: this.width, align: 'right', lineBreak: false });
                // A large diagonal mark across the middle of the page, sized to fit.
                const label = this.agreement.draft.label;
                this.doc.font('bold').fontSize(100);
                const size = Math.min(100, 100 * (page.width * 0.95) / this.doc.widthOfString(label));
                this.doc.fontSize(size);
                const labelWidth = this.doc.widthOfString(label);
                this.doc.save();
                this.doc.rotate(-35, { origin: [page.width / 2, page.height / 2] });
                this.doc.fillColor(DRAFT_COLOUR).fillOpacity(0.12)
                    .text(label, (page.width - labelWidth) / 2, page.height / 2 - size * 0.6, { lineBreak: false });
                this.doc.restore();
            }
            this.doc.endMarkedContent();
            page.margins.bottom = bottomMargin;
        }
    }

    async write(): Promise<Uint8Array> {
        const { doc, agreement } = this;
        const output = collectOutput(doc);

        const header = doc.struct('Sect');
        this.root.add(header);
        if (agreement.draft) {
            doc.font('bold').fontSize(BODY).fillColor(DRAFT_COLOUR);
            header.add(doc.struct('P', {}, () => doc.text(agreement.draft!.notice, MARGIN.left, doc.y, { width: this.width, lineGap: GAP })));
            doc.fillColor(TEXT_COLOUR);
            doc.y += 8;
        }
        this.heading(header, 'H1', agreement.title);
        if (agreement.agency) {
            this.text(header, 'P', agreement.agency, 'body', 13, { after: agreement.agencyDetails.length > 0 ? 2 : 8 });
        }
        agreement.agencyDetails.forEach((detail, index) => {
            this.text(header, 'P', detail, 'body', BODY, { after: index === agreement.agencyDetails.length - 1 ? 8 : 1 });
        });
        this.paragraph(header, agreement.intro);
        header.end();

        for (const section of [...agreement.sections, ...agreement.permissions]) {
            const sect = doc.struct('Sect');
            this.root.add(sect);
            if (section.id === 'permission') {
                // Each permission to share information starts a page of its own.
                doc.addPage();
                doc.y -= 14;
            }
            if (section.id === 'signatures') {
                // The heading, its sentence and the first signature line stay together.
                this.ensureRoom(150);
            }
            // A section that opens with a subheading keeps both headings on the same page.
            const first = section.blocks[0];
            this.heading(sect, 'H2', section.heading, first?.kind === 'subheading' ? this.textHeight(first.text, 'bold', 13) + 12 : 0);
            for (const block of section.blocks) {
                this.block(sect, block);
            }
            sect.end();
        }
        this.root.end();
        this.furniture();
        doc.end();
        const file = output();
        // Let pdfkit's Node stream run the callback it scheduled (see collectOutput): without this
        // turn of the event loop, a loop of renders would keep every document until it ended.
        // (pdfkit's browser build schedules nothing, and a browser has no setImmediate.)
        if (typeof setImmediate === 'function') {
            await new Promise(resolve => setImmediate(resolve));
        }
        return file;
    }
}

/** pdfkit, loaded on first use (the CLI bundle keeps it outside, so other commands start fast). */
let pdfkit: Promise<PdfDocumentClass> | undefined;

/** pdfkit and the fonts' bytes, both asked for on first use. */
async function loadPdfkit(): Promise<PdfDocumentClass> {
    pdfkit ??= import('pdfkit').then(module => module.default);
    const [PDFDocument] = await Promise.all([pdfkit, loadFonts()]);
    return PDFDocument;
}

/** Loads pdfkit, parses the fonts and builds their common subsets, as the first PDF would. */
export async function preparePdf(): Promise<void> {
    const PDFDocument = await loadPdfkit();
    registerFonts(new PDFDocument({ font: fontSource('regular') as string }));
}

export async function writePdf(agreement: Agreement, options: PdfOptions = {}): Promise<Uint8Array> {
    const writer = new PdfWriter(agreement, options.paper ?? 'a4', await loadPdfkit());
    checkPdfCoverage(agreement, bodyFontHasGlyph);
    return writer.write();
}
