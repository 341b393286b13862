/**
 * Finds stigmatising and judgmental terms in user-written text (the `judgmental-language` rule).
 *
 * The bundled list lives in `judgmental-terms.json`; callers may replace it or add entries.
 * All terms are compiled once, at construction, into a single regular expression, so that
 * `find` can run on every string of a large workspace (its forms are grouped by their first
 * letter, which halves the time a clean sentence takes). Matching is case-insensitive and on
 * whole words (Unicode letters, marks and digits are word characters). Within a phrase,
 * any run of whitespace (line breaks included) or hyphens, or none at all, separates the
 * words: "non-compliant", "non compliant" and "noncompliant" are the same term. The last
 * word of a term also matches in the plural (-s, -es, consonant + y to -ies) unless the
 * entry says `"plural": false`; other inflections are listed as variants.
 *
 * This module is pure: it knows nothing of Langium. Matches are offsets into the string
 * given to `find`; validators map them back to source ranges.
 */

import terms from './judgmental-terms.json' with { type: 'json' };

export interface JudgmentalTermEntry {
    /** The canonical form, e.g. `non-compliant`. */
    readonly term: string;
    /** Other spellings and phrasings. Hyphen, space and no-space forms need not be listed. */
    readonly variants?: readonly string[];
    /** Neutral, person-first wording to say instead. */
    readonly suggestion: string;
    /** Short citation, e.g. `NIDA, Words Matter`. */
    readonly source?: string;
    /** e.g. `substance-use`, `disability`, `engagement`. */
    readonly category?: string;
    /** Whether the last word also matches in the plural. Default: true. */
    readonly plural?: boolean;
    /** Words that make a match neutral when they follow it (`Alcoholics Anonymous`). */
    readonly unlessFollowedBy?: readonly string[];
    /** Words that make a match neutral when they precede it (`non-alcoholic`). */
    readonly unlessPrecededBy?: readonly string[];
}

export interface JudgmentalMatch {
    /** Offset of the match in the text given to `find`. */
    offset: number;
    /** Length of the match in UTF-16 code units. */
    length: number;
    /** The matched text, exactly as written: `text.slice(offset, offset + length)`. */
    text: string;
    entry: JudgmentalTermEntry;
}

export const BUNDLED_JUDGMENTAL_TERMS: readonly JudgmentalTermEntry[] = terms.terms;

/** Categories whose terms judge behaviour rather than label people. */
const JUDGMENTAL_CATEGORIES: ReadonlySet<string> = new Set(['behaviour', 'engagement']);

const WORD_CHARACTER = '[\\p{L}\\p{M}\\p{N}]';
const WORD_START = `(?<!${WORD_CHARACTER})`;
const WORD_END = `(?!${WORD_CHARACTER})`;
/** Between the words of a phrase: any run of whitespace and hyphens, or nothing. */
const PHRASE_SEPARATOR = '[\\s\\-\\u2010\\u2011]*';
/** Between a match and an `unless` word: at least one whitespace or hyphen. */
const CONTEXT_SEPARATOR = '[\\s\\-\\u2010\\u2011]+';
const SPLIT_WORDS = /[\s\-\u2010\u2011]+/u;

/** One form (the term or a variant) of an entry, ready to be compiled. */
interface Alternative {
    readonly pattern: string;
    /** The form's first character. */
    readonly initial: string;
    /** Letters in the form, without separators: longer forms are tried first. */
    readonly weight: number;
    readonly entry: JudgmentalTermEntry;
}

export class JudgmentalTermMatcher {

    private readonly regex: RegExp;
    /** The entry of each capturing group: group n is at index n - 1. */
    private readonly groupEntries: JudgmentalTermEntry[] = [];

    /**
     * @param entries the list to match, by default the bundled one;
     * @param extra entries added to it (for a form in both, the extra entry wins).
     */
    constructor(entries: readonly JudgmentalTermEntry[] = BUNDLED_JUDGMENTAL_TERMS, extra: readonly JudgmentalTermEntry[] = []) {
        // One branch per first letter: `(?=a)(?:(addict…)|(alcoholic…))|(?=b)(?:…)`. Each
        // form is a capturing group (the only ones), numbered in the order written.
        const branches: string[] = [];
        for (const alternatives of groupByInitial(collectAlternatives([...extra, ...entries]))) {
            const patterns = alternatives.map(alternative => {
                this.groupEntries.push(alternative.entry);
                return `(${alternative.pattern})`;
            });
            // The regex ignores case: the first form's initial stands for the group's.
            branches.push(`(?=${escapeRegExp(alternatives[0].initial)})(?:${patterns.join('|')})`);
        }
        // An empty list compiles to a regex that never matches.
        const body = branches.length > 0 ? branches.join('|') : '(?!)';
        this.regex = new RegExp(`${WORD_START}(?:${body})${WORD_END}`, 'giu');
    }

    /**
     * All terms in `text`, in order of their offsets. Matches do not overlap: where two
     * would, the longer one is reported.
     */
    find(text: string): JudgmentalMatch[] {
        const matches: JudgmentalMatch[] = [];
        const regex = this.regex;
        regex.lastIndex = 0;
        let current = regex.exec(text);
        while (current) {
            let longest = current;
            // Look for a longer match that starts inside the one found.
            regex.lastIndex = current.index + 1;
            let next = regex.exec(text);
            while (next && next.index < longest.index + longest[0].length) {
                if (next[0].length > longest[0].length) {
                    longest = next;
                }
                regex.lastIndex = next.index + 1;
                next = regex.exec(text);
            }
            matches.push(this.toMatch(longest));
            current = next;
        }
        return matches;
    }

    private toMatch(match: RegExpExecArray): JudgmentalMatch {
        return {
            offset: match.index,
            length: match[0].length,
            text: match[0],
            entry: this.groupEntries[matchedGroup(match) - 1]
        };
    }
}

/** The message of a `judgmental-language` diagnostic for a match. */
export function judgmentalMessage(match: JudgmentalMatch): string {
    const entry = match.entry;
    const text = match.text.replace(/\s+/gu, ' ');
    const kind = entry.category !== undefined && JUDGMENTAL_CATEGORIES.has(entry.category) ? 'judgmental' : 'stigmatising';
    const source = entry.source ? ` (${entry.source})` : '';
    return `"${text}" is ${kind} language; say "${entry.suggestion}" instead${source}.`;
}

function matchedGroup(match: RegExpExecArray): number {
    for (let group = 1; group < match.length; group++) {
        if (match[group] !== undefined) {
            return group;
        }
    }
    throw new Error('A judgmental term matched without a group.');
}

/**
 * Every form of every entry, longest first (so that at one position the longest form wins),
 * without duplicates (the first entry with a form keeps it).
 */
function collectAlternatives(entries: readonly JudgmentalTermEntry[]): Alternative[] {
    const seen = new Set<string>();
    const alternatives: Alternative[] = [];
    for (const entry of entries) {
        for (const form of [entry.term, ...(entry.variants ?? [])]) {
            const words = splitWords(form);
            // Forms that differ only in spaces, hyphens or case match the same texts.
            const key = words.join('').toLowerCase();
            if (words.length === 0 || seen.has(key)) {
                continue;
            }
            seen.add(key);
            alternatives.push({
                pattern: formPattern(words, entry),
                initial: Array.from(words[0])[0],
                weight: words.join('').length,
                entry
            });
        }
    }
    // Array.prototype.sort is stable: forms of equal length keep the order of the list.
    return alternatives.sort((a, b) => b.weight - a.weight);
}

/**
 * Alternatives by first letter (ignoring case), keeping their order within each group.
 * Forms with different first letters cannot match at the same position, so the order of
 * the groups does not matter.
 */
function groupByInitial(alternatives: readonly Alternative[]): Array<readonly Alternative[]> {
    const groups = new Map<string, Alternative[]>();
    for (const alternative of alternatives) {
        const key = alternative.initial.toLowerCase();
        const group = groups.get(key);
        if (group) {
            group.push(alternative);
        } else {
            groups.set(key, [alternative]);
        }
    }
    return [...groups.values()];
}

function formPattern(words: readonly string[], entry: JudgmentalTermEntry): string {
    const last = words.length - 1;
    const wordPatterns = words.map((word, index) =>
        index === last && entry.plural !== false ? pluralPattern(word) : wordPattern(word));
    return contextBefore(entry) + wordPatterns.join(PHRASE_SEPARATOR) + contextAfter(entry);
}

/**
 * A negative lookbehind for the entry's `unlessPrecededBy` words. A word counts also at the
 * end of a longer one ("bushfire resistant" is "fire resistant").
 */
function contextBefore(entry: JudgmentalTermEntry): string {
    const words = entry.unlessPrecededBy ?? [];
    if (words.length === 0) {
        return '';
    }
    return `(?<!${contextWords(words)}${CONTEXT_SEPARATOR})`;
}

/**
 * A negative lookahead for the entry's `unlessFollowedBy` words: whole words, after at
 * least one space or hyphen ("Alcoholics Anonymous", "non-alcoholic drinks").
 */
function contextAfter(entry: JudgmentalTermEntry): string {
    const words = entry.unlessFollowedBy ?? [];
    if (words.length === 0) {
        return '';
    }
    return `(?!${CONTEXT_SEPARATOR}${contextWords(words)}${WORD_END})`;
}

function contextWords(words: readonly string[]): string {
    return `(?:${words.map(pluralPattern).join('|')})`;
}

function splitWords(form: string): string[] {
    return form.trim().split(SPLIT_WORDS).filter(word => word.length > 0);
}

/** A word as written; a straight or curly apostrophe matches either. */
function wordPattern(word: string): string {
    return escapeRegExp(word).replace(/['\u2019]/gu, '[\'\u2019]');
}

/** A word and its plural: `addicts`, `ex-cons`, `junkies` (consonant + y → ies), `hoboes`. */
function pluralPattern(word: string): string {
    if (/[^aeiou]y$/iu.test(word)) {
        return `${wordPattern(word.slice(0, -1))}(?:y|ies)`;
    }
    return `${wordPattern(word)}(?:e?s)?`;
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
