/**
 * One entry point for every format: an effective contract (or an agreement model) in, the
 * bytes of the rendered agreement out. PDF and DOCX writers are loaded on first use, so that
 * text formats (and commands that do not render) do not pay for pdfkit and docx. PDF and DOCX
 * refuse an agreement beyond their size bound (model/agreement-size.ts).
 */
import type { EffectiveContract } from '@tandem/language';
import type { Agreement } from './model/agreement.js';
import type { AgreementOptions } from './model/agreement-builder.js';
import { buildAgreement } from './model/agreement-builder.js';
import { checkPagedFormatSize } from './model/agreement-size.js';
import type { Paper } from './writers/html.js';
import { utf8Bytes } from './writers/bytes.js';
import { writeHtml } from './writers/html.js';
import { writeMarkdown } from './writers/md.js';
import { writeText } from './writers/txt.js';

export const RENDER_FORMATS = ['html', 'md', 'txt', 'pdf', 'docx'] as const;
export type RenderFormat = typeof RENDER_FORMATS[number];

/** Formats that are text (may go to a terminal) rather than binary. */
export function isTextFormat(format: string): boolean {
    return format === 'html' || format === 'md' || format === 'txt';
}

export interface RenderOptions extends AgreementOptions {
    readonly format: RenderFormat;
    readonly paper?: Paper;
    /** HTML only: `data-source-*` attributes for an editor's preview. */
    readonly sourcePositions?: boolean;
}

export async function renderAgreement(agreement: Agreement, options: Omit<RenderOptions, 'locale' | 'draft'>): Promise<Uint8Array> {
    switch (options.format) {
        case 'html':
            return utf8Bytes(writeHtml(agreement, { paper: options.paper, sourcePositions: options.sourcePositions }));
        case 'md':
            return utf8Bytes(writeMarkdown(agreement));
        case 'txt':
            return utf8Bytes(writeText(agreement));
        case 'pdf': {
            checkPagedFormatSize(agreement, 'pdf');
            const { writePdf } = await import('./writers/pdf.js');
            return writePdf(agreement, { paper: options.paper });
        }
        case 'docx': {
            checkPagedFormatSize(agreement, 'docx');
            const { writeDocx } = await import('./writers/docx.js');
            return writeDocx(agreement, { paper: options.paper });
        }
    }
}

/**
 * Loads what a format's writer needs (pdfkit and the parsed fonts, docx), so that the first
 * agreement does not wait for it: render workers do this as they start.
 */
export async function prepareRenderer(format: RenderFormat): Promise<void> {
    if (format === 'pdf') {
        const { preparePdf } = await import('./writers/pdf.js');
        await preparePdf();
    } else if (format === 'docx') {
        const { loadDocx } = await import('./writers/docx.js');
        await loadDocx();
    }
}

/** Renders a contract: builds its agreement model in the chosen locale, then writes the format. */
export async function renderContract(contract: EffectiveContract, options: RenderOptions): Promise<Uint8Array> {
    return renderAgreement(buildAgreement(contract, options), options);
}
