/**
 * `{{name}}` placeholders inside strings. White space inside the braces is allowed and ignored
 * (`{{ name }}` is `{{name}}`; docs/decisions.md).
 */

export const PLACEHOLDER_PATTERN = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export interface PlaceholderOccurrence {
    readonly name: string;
    /** Offset of `{{` in the text searched. */
    readonly offset: number;
    /** Length of the whole placeholder, braces included. */
    readonly length: number;
}

export function findPlaceholders(text: string): PlaceholderOccurrence[] {
    if (!text.includes('{{')) {
        return [];
    }
    const found: PlaceholderOccurrence[] = [];
    for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
        found.push({ name: match[1], offset: match.index, length: match[0].length });
    }
    return found;
}

/** Replaces each placeholder whose name has a value; leaves the others as written. */
export function fillPlaceholders(text: string, valueOf: (name: string) => string | undefined): string {
    if (!text.includes('{{')) {
        return text;
    }
    return text.replace(PLACEHOLDER_PATTERN, (whole, name: string) => valueOf(name) ?? whole);
}
