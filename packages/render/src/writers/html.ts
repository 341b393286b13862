/**
 * HTML: one self-contained file (no scripts, no external resources) with semantic headings and
 * lists, the agreement's `lang`, a stylesheet readable on a phone and a print stylesheet
 * (`@page` A4 or Letter, signature lines never split across pages). All text is escaped.
 *
 * With `sourcePositions`, elements made from the contract carry `data-source-line` and
 * friends, for an editor's preview; without it the output does not change.
 */
import type { Paper } from '@tandem/language';
import type { Agreement, AgreementBlock, AgreementListItem, SourcePosition } from '../model/agreement.js';
import { footerText } from '../model/agreement.js';

export type { Paper } from '@tandem/language';

export interface HtmlOptions {
    readonly paper?: Paper;
    /** Add `data-source-*` attributes naming where each element was written. */
    readonly sourcePositions?: boolean;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' };

export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, char => ESCAPES[char]);
}

const PAGE_SIZES: Record<Paper, string> = { a4: 'A4', letter: 'letter' };

function stylesheet(paper: Paper): string {
    return `
:root { color-scheme: light; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: #ffffff; color: #1a1a1a; font: 1.0625rem/1.55 "DejaVu Sans", "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
main { max-width: 42rem; margin: 0 auto; padding: 1.25rem 1rem 2rem; overflow-wrap: break-word; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 0.25rem; }
h2 { font-size: 1.3rem; line-height: 1.3; margin: 2rem 0 0.5rem; padding-top: 0.5rem; border-top: 1px solid #c8c8c8; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 0.25rem; }
p { margin: 0.5rem 0; }
ul, ol { margin: 0.5rem 0; padding-left: 1.75rem; }
li { margin: 0.35rem 0; }
li p { margin: 0.2rem 0; }
.agency { font-size: 1.15rem; color: #333333; margin-top: 0; }
.agency-detail { color: #333333; margin: 0.1rem 0; }
.permission { margin-top: 3rem; }
.detail { color: #333333; }
.draft-banner { border: 2px solid #8a1c1c; background: #fdecec; color: #6b0f0f; font-weight: bold; padding: 0.5rem 0.75rem; }
.draft-mark { display: none; }
.signers { margin-top: 1rem; }
.signer { break-inside: avoid; page-break-inside: avoid; margin: 1.5rem 0; }
.signer-name { margin-bottom: 0.25rem; }
.sign-lines { display: flex; flex-wrap: wrap; gap: 2.25rem 1.5rem; margin-top: 2.25rem; }
.sign-line { flex: 1 1 12rem; border-top: 1px solid #1a1a1a; padding-top: 0.2rem; font-size: 0.9rem; }
.sign-line.date { flex: 0 1 9rem; }
footer { max-width: 42rem; margin: 0 auto; padding: 0 1rem 1.5rem; color: #333333; font-size: 0.9rem; }
@page { size: ${PAGE_SIZES[paper]}; margin: 18mm 16mm 20mm; }
@media print {
  body { font-size: 12pt; }
  main, footer { max-width: none; padding: 0; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  .permission { break-before: page; page-break-before: always; margin-top: 0; }
  li, p { orphans: 3; widows: 3; }
  .draft-mark { display: block; position: fixed; top: 40%; left: 0; right: 0; text-align: center; font-size: 72pt; font-weight: bold; color: rgba(160, 0, 0, 0.15); transform: rotate(-30deg); pointer-events: none; }
}
`.trimStart();
}

class HtmlWriter {
    private readonly out: string[] = [];

    constructor(private readonly agreement: Agreement, private readonly options: HtmlOptions) { }

    private source(source: SourcePosition | undefined): string {
        if (!this.options.sourcePositions || !source) {
            return '';
        }
        return ` data-source-line="${source.line}" data-source-column="${source.column}" data-source-end-line="${source.endLine}" data-source-end-column="${source.endColumn}" data-source-origin="${source.origin}"`;
    }

    private item(item: AgreementListItem): string {
        const parts = item.paragraphs.length === 1 && item.details.length === 0
            ? escapeHtml(item.paragraphs[0])
            : [...item.paragraphs.map(p => `<p>${escapeHtml(p)}</p>`), ...item.details.map(d => `<p class="detail">${escapeHtml(d)}</p>`)].join('');
        return `<li${this.source(item.source)}>${parts}</li>`;
    }

    private block(block: AgreementBlock): void {
        switch (block.kind) {
            case 'paragraph':
                this.out.push(`<p${this.source(block.source)}>${escapeHtml(block.text)}</p>`);
                break;
            case 'subheading':
                this.out.push(`<h3>${escapeHtml(block.text)}</h3>`);
                break;
            case 'list': {
                const tag = block.ordered ? 'ol' : 'ul';
                this.out.push(`<${tag}>`, ...block.items.map(item => this.item(item)), `</${tag}>`);
                break;
            }
            case 'signatures': {
                const labels = this.agreement.signatureLabels;
                this.out.push('<div class="signers">');
                for (const signer of block.signers) {
                    this.out.push(
                        `<div class="signer"${this.source(signer.source)}>`,
                        `<p class="signer-name"><strong>${escapeHtml(signer.name)}</strong>, ${escapeHtml(signer.role)}</p>`,
                        ...(signer.attestation ? [`<p>${escapeHtml(signer.attestation)}</p>`] : []),
                        '<div class="sign-lines">',
                        `<div class="sign-line">${escapeHtml(labels.signature)}</div>`,
                        `<div class="sign-line date">${escapeHtml(labels.date)}</div>`,
                        '</div>',
                        '</div>'
                    );
                }
                this.out.push('</div>');
                break;
            }
        }
    }

    write(): string {
        const { agreement } = this;
        this.out.push(
            '<!DOCTYPE html>',
            `<html lang="${escapeHtml(agreement.locale)}">`,
            '<head>',
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            `<title>${escapeHtml(agreement.title)}</title>`,
            `<style>\n${stylesheet(this.options.paper ?? 'a4')}</style>`,
            '</head>',
            '<body>',
            '<main>'
        );
        if (agreement.draft) {
            this.out.push(
                `<p class="draft-banner" role="note">${escapeHtml(agreement.draft.notice)}</p>`,
                `<div class="draft-mark" aria-hidden="true">${escapeHtml(agreement.draft.label)}</div>`
            );
        }
        this.out.push('<header>', `<h1>${escapeHtml(agreement.title)}</h1>`);
        if (agreement.agency) {
            this.out.push(`<p class="agency">${escapeHtml(agreement.agency)}</p>`);
        }
        for (const detail of agreement.agencyDetails) {
            this.out.push(`<p class="agency-detail">${escapeHtml(detail)}</p>`);
        }
        this.out.push('</header>', `<p>${escapeHtml(agreement.intro)}</p>`);
        for (const section of agreement.sections) {
            const id = `section-${section.id}`;
            this.out.push(`<section aria-labelledby="${id}"${this.source(section.source)}>`, `<h2 id="${id}">${escapeHtml(section.heading)}</h2>`);
            section.blocks.forEach(block => this.block(block));
            this.out.push('</section>');
        }
        // Each permission to share information is a section of its own, starting a new printed page.
        agreement.permissions.forEach((permission, index) => {
            const id = `permission-${index + 1}`;
            this.out.push(`<section class="permission" aria-labelledby="${id}"${this.source(permission.source)}>`, `<h2 id="${id}">${escapeHtml(permission.heading)}</h2>`);
            permission.blocks.forEach(block => this.block(block));
            this.out.push('</section>');
        });
        this.out.push(
            '</main>',
            `<footer><p>${escapeHtml(footerText(agreement))}</p></footer>`,
            '</body>',
            '</html>'
        );
        return `${this.out.join('\n')}\n`;
    }
}

export function writeHtml(agreement: Agreement, options: HtmlOptions = {}): string {
    return new HtmlWriter(agreement, options).write();
}
