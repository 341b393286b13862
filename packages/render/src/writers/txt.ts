/**
 * Plain text: the agreement wrapped at 72 columns, headings underlined, lists indented, a
 * signature line per signer. A draft says so on its first line.
 */
import type { Agreement, AgreementBlock, AgreementListItem } from '../model/agreement.js';
import { footerText } from '../model/agreement.js';

export const TEXT_WIDTH = 72;

/** The length of a string in code points (what a terminal shows as columns, for Latin text). */
function columns(text: string): number {
    let count = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code < 0xdc00 || code > 0xdfff) {
            count++;
        }
    }
    return count;
}

/** Wraps at spaces; a word longer than the line is cut. Widths count code points. */
export function wrap(text: string, width: number, firstIndent = '', restIndent = firstIndent): string[] {
    const lines: string[] = [];
    let line = firstIndent;
    let length = columns(firstIndent);
    let empty = true;
    const newLine = () => {
        lines.push(line);
        line = restIndent;
        length = columns(restIndent);
        empty = true;
    };
    for (const word of text.split(' ')) {
        if (word.length === 0) {
            continue;
        }
        const wordLength = columns(word);
        if (!empty && length + 1 + wordLength > width) {
            newLine();
        }
        if (length + wordLength <= width) {
            line = empty ? line + word : `${line} ${word}`;
            length += (empty ? 0 : 1) + wordLength;
            empty = false;
            continue;
        }
        // A word that does not fit on a line of its own is cut (in one pass: words may be millions of characters).
        const rest = [...word];
        for (let start = 0; start < rest.length;) {
            const room = Math.max(1, width - length);
            line += rest.slice(start, start + room).join('');
            length += Math.min(room, rest.length - start);
            empty = false;
            start += room;
            if (start < rest.length) {
                newLine();
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
    const longest = lines.reduce((most, line) => Math.max(most, columns(line)), 0);
    return [...lines, char.repeat(longest)];
}

function listItem(item: AgreementListItem, marker: string): string[] {
    const indent = ' '.repeat(marker.length);
    const lines: string[] = [];
    item.paragraphs.forEach((paragraph, index) => {
        if (index > 0) {
            lines.push('');
        }
        append(lines, wrap(paragraph, TEXT_WIDTH, index === 0 ? marker : indent, indent));
    });
    for (const detail of item.details) {
        append(lines, wrap(detail, TEXT_WIDTH, indent, indent));
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
        append(out, wrap(agreement.draft.notice, TEXT_WIDTH), ['']);
    }
    append(out, underline(agreement.title, '='));
    if (agreement.agency) {
        append(out, wrap(agreement.agency, TEXT_WIDTH));
    }
    for (const detail of agreement.agencyDetails) {
        append(out, wrap(detail, TEXT_WIDTH));
    }
    append(out, [''], wrap(agreement.intro, TEXT_WIDTH));
    // Each permission to share information follows as a section of its own, after a form feed
    // (a new page when printed).
    for (const section of [...agreement.sections, ...agreement.permissions]) {
        if (section.id === 'permission') {
            out.push('', '\f');
        }
        append(out, ['', ''], underline(section.heading, '-'));
        for (const b of section.blocks) {
            append(out, [''], block(agreement, b));
        }
    }
    out.push('', '', ...wrap(footerText(agreement), TEXT_WIDTH));
    return `${out.join('\n')}\n`;
}

/**
 * Appends lines one by one: `push(...lines)` passes every line as an argument, and a long text
 * (a few hundred thousand lines) overflows the stack with a RangeError.
 */
function append(out: string[], ...groups: readonly (readonly string[])[]): void {
    for (const group of groups) {
        for (const line of group) {
            out.push(line);
        }
    }
}
