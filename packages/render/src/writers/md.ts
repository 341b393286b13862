/**
 * Markdown (CommonMark): headings, lists and paragraphs, with every piece of text escaped so
 * that `*`, `_`, `#`, `|`, `<` and the like in user-written text stay literal. A draft says so
 * on its first line.
 */
import type { Agreement, AgreementBlock } from '../model/agreement.js';
import { footerText } from '../model/agreement.js';

/** Escapes text so that CommonMark shows it as written. */
export function escapeMarkdown(text: string): string {
    return text
        .replace(/[\\`*_[\]<>#|~&]/g, '\\$&')
        // At the start of a line: "-", "+" or "=" could make a list or a heading, "1." a numbered list.
        .replace(/^([-+=])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2');
}

function block(agreement: Agreement, b: AgreementBlock): string {
    switch (b.kind) {
        case 'paragraph':
            return escapeMarkdown(b.text);
        case 'subheading':
            return `### ${escapeMarkdown(b.text)}`;
        case 'list': {
            return b.items.map((item, index) => {
                const marker = b.ordered ? `${index + 1}. ` : '- ';
                const indent = ' '.repeat(marker.length);
                let text = item.paragraphs.map((paragraph, i) => (i === 0 ? marker : indent) + escapeMarkdown(paragraph)).join('\n\n');
                // Details are lines of the item's last paragraph, after a hard line break.
                for (const detail of item.details) {
                    text += `\\\n${indent}${escapeMarkdown(detail)}`;
                }
                return text;
            }).join(b.items.some(item => item.paragraphs.length > 1) ? '\n\n' : '\n');
        }
        case 'signatures': {
            const labels = agreement.signatureLabels;
            return b.signers.map(signer => [
                `**${escapeMarkdown(signer.name)}**, ${escapeMarkdown(signer.role)}`,
                ...(signer.attestation ? [escapeMarkdown(signer.attestation)] : []),
                `${escapeMarkdown(labels.signature)}: \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_ ${escapeMarkdown(labels.date)}: \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_`
            ].join('\\\n')).join('\n\n');
        }
    }
}

export function writeMarkdown(agreement: Agreement): string {
    const out: string[] = [];
    if (agreement.draft) {
        out.push(`**${escapeMarkdown(agreement.draft.notice)}**`);
    }
    out.push(`# ${escapeMarkdown(agreement.title)}`);
    if (agreement.agency || agreement.agencyDetails.length > 0) {
        // The agency's name and how to reach it, one line each (hard line breaks).
        out.push([agreement.agency, ...agreement.agencyDetails].filter((line): line is string => line !== undefined).map(escapeMarkdown).join('\\\n'));
    }
    out.push(escapeMarkdown(agreement.intro));
    // Each permission to share information follows as a section of its own, after a rule.
    for (const section of [...agreement.sections, ...agreement.permissions]) {
        if (section.id === 'permission') {
            out.push('---');
        }
        out.push(`## ${escapeMarkdown(section.heading)}`);
        for (const b of section.blocks) {
            out.push(block(agreement, b));
        }
    }
    out.push(escapeMarkdown(footerText(agreement)));
    return `${out.join('\n\n')}\n`;
}
