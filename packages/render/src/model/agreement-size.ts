/**
 * How big an agreement is, and the bound on the paged formats. PDF and DOCX lay out the whole
 * document in memory: a 10 MB contract (90,000 goals and tasks) took 1.8–1.9 GB to render.
 * Within the bound (10,000 paragraphs and list entries, 2 million characters: some 800 pages)
 * they stay under about 400 MB; a bigger agreement is refused with a message before any layout.
 * HTML, Markdown and text are written as strings and have no bound.
 */
import { RenderRefusedError } from '../render-refusal.js';
import type { Agreement } from './agreement.js';

export const PAGED_FORMAT_LIMITS = { pieces: 10_000, characters: 2_000_000 } as const;

export interface AgreementSize {
    /** Paragraphs, subheadings, list entries (and their details) and signers. */
    readonly pieces: number;
    /** Characters of text in them, headings and furniture included. */
    readonly characters: number;
}

export function agreementSize(agreement: Agreement): AgreementSize {
    let pieces = 0;
    let characters = agreement.title.length + (agreement.agency?.length ?? 0) + agreement.intro.length;
    const add = (text: string) => {
        pieces++;
        characters += text.length;
    };
    agreement.agencyDetails.forEach(add);
    for (const section of [...agreement.sections, ...agreement.permissions]) {
        add(section.heading);
        for (const block of section.blocks) {
            switch (block.kind) {
                case 'paragraph':
                case 'subheading':
                    add(block.text);
                    break;
                case 'list':
                    for (const item of block.items) {
                        item.paragraphs.forEach(add);
                        item.details.forEach(add);
                    }
                    break;
                case 'signatures':
                    for (const signer of block.signers) {
                        add(`${signer.name}${signer.role}${signer.attestation ?? ''}`);
                    }
                    break;
            }
        }
    }
    return { pieces, characters };
}

/** Thrown for an agreement too big for a paged format; the message says what to do instead. */
export class AgreementTooLargeError extends RenderRefusedError {
    readonly code = 'ETOOLARGE';
}

export function checkPagedFormatSize(agreement: Agreement, format: 'pdf' | 'docx'): void {
    const { pieces, characters } = agreementSize(agreement);
    const { pieces: maxPieces, characters: maxCharacters } = PAGED_FORMAT_LIMITS;
    if (pieces <= maxPieces && characters <= maxCharacters) {
        return;
    }
    const number = (value: number) => value.toLocaleString('en-US');
    const over = [
        ...pieces > maxPieces ? [`${number(pieces)} paragraphs and list entries (at most ${number(maxPieces)})`] : [],
        ...characters > maxCharacters ? [`${number(characters)} characters (at most ${number(maxCharacters)})`] : []
    ];
    throw new AgreementTooLargeError(`the agreement is too long for ${format} (about 800 pages at most): it has ${over.join(' and ')}; render it as html, md or txt`);
}
