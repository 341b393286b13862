/**
 * `--combine`: one PDF with every agreement, each starting on a new page, for a single print job.
 * Each agreement's pages are copied in as it is written (pdf-lib), in row order.
 */
import type { PDFDocument } from 'pdf-lib';

export class PdfCombiner {
    // pdf-lib is large: loaded only when a batch combines. It is CommonJS: bundled and split, its
    // exports may arrive as the namespace's `default`.
    private readonly pdfLib: Promise<typeof import('pdf-lib')> = import('pdf-lib')
        .then(loaded => ('PDFDocument' in loaded ? loaded : (loaded as { default: typeof import('pdf-lib') }).default));
    private document: Promise<PDFDocument> = this.pdfLib.then(({ PDFDocument }) => PDFDocument.create());
    private chain: Promise<void> = Promise.resolve();
    count = 0;

    /** Adds an agreement; additions are applied in the order they are made. */
    add(pdf: Uint8Array): Promise<void> {
        this.count++;
        this.chain = this.chain.then(async () => {
            const combined = await this.document;
            const { PDFDocument } = await this.pdfLib;
            const source = await PDFDocument.load(pdf);
            for (const page of await combined.copyPages(source, source.getPageIndices())) {
                combined.addPage(page);
            }
        });
        return this.chain;
    }

    async save(): Promise<Uint8Array> {
        await this.chain;
        const combined = await this.document;
        const fixed = new Date(Date.UTC(2000, 0, 1));
        combined.setCreationDate(fixed);
        combined.setModificationDate(fixed);
        combined.setProducer('Tandem');
        combined.setCreator('Tandem');
        return combined.save({ useObjectStreams: false });
    }
}
