/**
 * User-written text as the agreement shows it (LANGUAGE.md, "Lexical rules"): runs of
 * whitespace become one space and a blank line starts a new paragraph. Paragraphs are kept
 * apart by PARAGRAPH_BREAK inside model strings and split into paragraphs at the end.
 */

/** Separates paragraphs inside a sentence built from user-written text. */
export const PARAGRAPH_BREAK = '\n\n';

/** Collapses whitespace; paragraphs (split at blank lines) are joined with PARAGRAPH_BREAK. */
export function normalizeText(text: string): string {
    return text
        .split(/\r?\n[ \t\f\v]*\r?\n\s*/)
        .map(paragraph => paragraph.replace(/\s+/g, ' ').trim())
        .filter(paragraph => paragraph.length > 0)
        .join(PARAGRAPH_BREAK);
}

/** Splits a model string into its paragraphs. */
export function paragraphs(text: string): string[] {
    return text.split(PARAGRAPH_BREAK).filter(paragraph => paragraph.length > 0);
}

/**
 * Tidies a sentence that ends with user-written text: "…in this case: she moves away.." keeps
 * one full stop, also before a paragraph break.
 */
export function tidySentence(sentence: string): string {
    return sentence.replace(/([.!?…])\.(?=$|\n\n)/g, '$1');
}
