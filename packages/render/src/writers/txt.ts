/**
 * Plain text: the agreement wrapped at 72 columns, headings underlined, lists indented, a
 * signature line per signer. A draft says so on its first line.
 */
import type { Agreement, AgreementBlock, AgreementListItem } from '../model/agreement.js';

export const TEXT_WIDTH = 72;

/** Wraps at spaces; a word longer than the line is cut. Widths count code points. */
export function wrap(text: string, width: number, firstIndent = '', restIndent = firstIndent): string[] {
    const lines: string[] = [];
    let line = firstIndent;
    let empty = true;
    const indent = () => (lines.length === 0 ? firstIndent : restIndent);
    for (let word of text.split(' ').filter(w => w.length > 0)) {
        while (true) {
            const candidate = empty ? line + word : `${line} ${word}`;
            if ([...candidate].length <= width) {
                line = candidate;
                empty = false;
                break;
            }
            if (!empty) {
                lines.push(line);
                line = indent();
                empty = true;
                continue;
            }
            // A word that does not fit on a line of its own.
            const room = Math.max(1, width - [...line].length);
            const chars = [...word];
            lines.push(line + chars.slice(0, room).join(''));
            line = indent();
            word = chars.slice(room).join('');
            if (word.length === 0) {
                break;
            }
        }
    }
    if (!empty || lines.length === 0) {
        lines.push(line);
    }
    return lines.map(l => l.trimEnd());
}

function underline(text: string, char: string): string[] {
    const lines = wrap(text, TEXT_WIDTH);
    const longest = Math.max(...lines.map(line => [...line].length));
    return [...lines, char.repeat(longest)];
}

function listItem(item: AgreementListItem, marker: string): string[] {
    const indent = ' '.repeat(marker.length);
    const lines: string[] = [];
    item.paragraphs.forEach((paragraph, index) => {
        if (index > 0) {
            lines.push('');
        }
        lines.push(...wrap(paragraph, TEXT_WIDTH, index === 0 ? marker : indent, indent));
    });
    for (const detail of item.details) {
        lines.push(...wrap(detail, TEXT_WIDTH, indent, indent));
    }
    return lines;
}

function block(agreement: Agreement, b: AgreementBlock): string[] {
    switch (b.kind) {
        case 'paragraph':
            return wrap(b.text, TEXT_WIDTH);
        case 'subheading':
            return wrap(`${b.text}:`, TEXT_WIDTH);
        case 'list': {
            const width = b.ordered ? `${b.items.length}. `.length : 2;
            return b.items.flatMap((item, index) => {
                const marker = b.ordered ? `${index + 1}. `.padEnd(width) : '- ';
                const lines = listItem(item, marker);
                return item.details.length > 0 || item.paragraphs.length > 1 ? [...lines, ''] : lines;
            }).filter((line, index, all) => !(line === '' && index === all.length - 1));
        }
        case 'signatures': {
            const labels = agreement.signatureLabels;
            return b.signers.flatMap((signer, index) => [
                ...(index > 0 ? [''] : []),
                ...wrap(`${labels.name}: ${signer.name}`, TEXT_WIDTH),
                ...wrap(`${labels.role}: ${signer.role}`, TEXT_WIDTH),
                ...(signer.attestation ? wrap(signer.attestation, TEXT_WIDTH) : []),
                '',
                `${labels.signature}: ${'_'.repeat(30)}  ${labels.date}: ${'_'.repeat(14)}`
            ]);
        }
    }
}

export function writeText(agreement: Agreement): string {
    const out: string[] = [];
    if (agreement.draft) {
        out.push(...wrap(agreement.draft.notice, TEXT_WIDTH), '');
    }
    out.push(...underline(agreement.title, '='));
    if (agreement.agency) {
        out.push(...wrap(agreement.agency, TEXT_WIDTH));
    }
    out.push('', ...wrap(agreement.intro, TEXT_WIDTH));
    for (const section of agreement.sections) {
        out.push('', '', ...underline(section.heading, '-'));
        for (const b of section.blocks) {
            out.push('', ...block(agreement, b));
        }
    }
    out.push('', '', `${agreement.title} · ${agreement.footer.revision}`);
    return `${out.join('\n')}\n`;
}
