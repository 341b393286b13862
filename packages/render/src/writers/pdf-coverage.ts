/**
 * The PDF draws every letter with DejaVu Sans (Latin, Greek, Cyrillic, Hebrew, Arabic and
 * more), which has no Chinese, Japanese or Korean letters: those came out as empty boxes, a
 * client's name unreadable on the agreement they sign. A PDF with a letter the font cannot draw
 * is refused, naming the first such letter and the text it is in; HTML and DOCX (which use the
 * reader's fonts) and text carry it. See docs/decisions.md ("Letters the PDF font lacks").
 */
import type { Agreement } from '../model/agreement.js';
import { RenderRefusedError } from '../render-refusal.js';

export class MissingGlyphError extends RenderRefusedError {
    readonly code = 'ENOGLYPH';
    constructor(readonly character: string, readonly text: string) {
        const codePoint = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
        const context = text.length > 60 ? `${text.slice(0, 57)}…` : text;
        super(`the PDF font (DejaVu Sans) cannot draw ${character} (${codePoint}), in "${context}": it has no Chinese, Japanese or Korean letters. `
            + 'Render it as docx or html (which use the reader\'s fonts), or write the text in letters the font has');
    }
}

/** Invisible or layout-only characters (spaces, joiners, bidi marks, variation selectors): never drawn, so never missing. */
function notDrawn(character: string, codePoint: number): boolean {
    return /\s/u.test(character) || codePoint === 0xad || (codePoint >= 0x200b && codePoint <= 0x200f) || (codePoint >= 0x2028 && codePoint <= 0x202e)
        || (codePoint >= 0x2060 && codePoint <= 0x2064) || (codePoint >= 0xfe00 && codePoint <= 0xfe0f) || codePoint === 0xfeff;
}

/** Throws `MissingGlyphError` for the first letter of the agreement that `hasGlyph` lacks. */
export function checkPdfCoverage(agreement: Agreement, hasGlyph: (codePoint: number) => boolean): void {
    const seen = new Set<number>();
    const check = (text: string | undefined) => {
        if (!text) {
            return;
        }
        for (const character of text) {
            const codePoint = character.codePointAt(0)!;
            if (codePoint < 0x250 || seen.has(codePoint)) {
                continue; // Latin and its extensions are all in the font
            }
            seen.add(codePoint);
            if (!notDrawn(character, codePoint) && !hasGlyph(codePoint)) {
                throw new MissingGlyphError(character, text);
            }
        }
    };
    const visit = (value: unknown): void => {
        if (typeof value === 'string') {
            check(value);
        } else if (Array.isArray(value)) {
            value.forEach(visit);
        } else if (value && typeof value === 'object') {
            Object.values(value).forEach(visit);
        }
    };
    visit(agreement);
}
