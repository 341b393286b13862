/**
 * Flesch–Kincaid grade level of each sentence of a text (the `reading-level` rule).
 *
 *     grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
 *
 * The rule scores each sentence on its own (sentences = 1). Syllables come from the
 * `syllable` package. All spans are exact offsets into the string given, so validators can
 * map them back to source ranges; this module knows nothing of Langium.
 *
 * Sentences. A sentence ends
 * - after a run of `.`, `!`, `?` or `…` (with any closing quotes or brackets after it) that
 *   is followed by whitespace or the end of the text, and
 * - at a blank line (a line break, optional spaces or tabs, another line break), which
 *   starts a new paragraph when the agreement is rendered.
 * A single line break does not end a sentence (it renders as a space), nor do `;` and
 * `:` (Flesch–Kincaid counts sentences by end punctuation; splitting at semicolons would
 * hide the run-on sentences the rule is meant to catch). A `.` that is not followed by
 * whitespace ("2.5", "example.org") ends nothing. A run of dots (".", "..." or "…") does
 * not end a sentence when the next word starts with a lower-case letter ("etc. and",
 * "10 a.m. on Mondays"), nor a single `.` after a known abbreviation ("Dr.", "e.g.",
 * "i.e.", "vs.", see ABBREVIATIONS) or after a single capital letter (an initial: "Jane
 * A. Doe"). `!` and `?` always end a sentence. The span of a sentence is trimmed of
 * surrounding whitespace and includes its end punctuation; spans without any word are
 * dropped.
 *
 * Words. A word is a run of letters, marks and digits, which may contain apostrophes,
 * hyphens and dots between its characters ("don't", "twice-weekly", "e.g"); commas,
 * colons and slashes join digits only ("1,000", "10:30", "1/2"). A date such as
 * "2027-02-01" is one word.
 *
 * Syllables. A word with a letter has the syllables the `syllable` package counts, and at
 * least one. A number or date (no letter) is one word of one syllable: numerals are read
 * at a glance, and plain-language guides prefer "3" to "three", so the rule should not
 * count them as long words (the package counts them as none). A placeholder `{{name}}`
 * is one word of one syllable too: it stands for a value the reader knows at sight (a
 * name, a date, a number), and the grade of a template's text must not depend on how its
 * parameters happen to be named ("clientName" would otherwise count three syllables).
 */

import { syllable } from 'syllable';

export interface SentenceSpan {
    /** Offset of the sentence's first character in the text. */
    offset: number;
    /** Length in UTF-16 code units: the sentence is `text.slice(offset, offset + length)`. */
    length: number;
    text: string;
}

export interface WordCount {
    words: number;
    syllables: number;
}

export interface HardSentence extends SentenceSpan, WordCount {
    /** The Flesch–Kincaid grade of the sentence on its own. */
    grade: number;
}

/** Default target grade of the `reading-level` rule. */
export const DEFAULT_TARGET_GRADE = 8;
/** Default minimum number of words for a sentence to be scored. */
export const DEFAULT_MIN_WORDS = 5;
/** Syllables counted for a number, a date or a `{{placeholder}}`. */
export const NUMBER_SYLLABLES = 1;
export const PLACEHOLDER_SYLLABLES = 1;

/**
 * Abbreviations (lower case, without their last dot) whose dot never ends a sentence:
 * titles before a name, and Latin or short forms that always introduce something.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
    'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'rev', 'fr', 'sr', 'jr', 'st',
    'e.g', 'i.e', 'cf', 'vs', 'viz', 'approx', 'incl', 'esp', 'ca',
    'tel', 'ext', 'apt', 'dept', 'rm'
]);

/**
 * End punctuation (group 1: the marks, group 2: closing quotes and brackets) followed by
 * whitespace or the end, or a blank line (no groups).
 */
const SENTENCE_BOUNDARY = /([.!?\u2026]+)(["'\u201d\u2019)\]]*)(?=\s|$)|\r?\n[^\S\r\n]*\r?\n/gu;
const DOTS_ONLY = /^[.\u2026]+$/u;
const ABBREVIATION_CHARACTER = /[\p{L}.]/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const LOWER_CASE_LETTER = /\p{Ll}/u;
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
const WORD = /\{\{[^{}]*\}\}|[\p{L}\p{M}\p{N}]+(?:(?:[.'\u2019\u2010-]|(?<=\p{N})[,:/](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;
const LETTER = /\p{L}/u;

/**
 * Syllable counts of the words seen so far: the package takes a few microseconds a word,
 * and the words of a workspace repeat. Cleared when it reaches its limit.
 */
const syllableCache = new Map<string, number>();
const SYLLABLE_CACHE_LIMIT = 20_000;

/** The sentences of `text`, in order, as exact spans of it. */
export function splitSentences(text: string): SentenceSpan[] {
    const sentences: SentenceSpan[] = [];
    let start = 0;
    for (const boundary of text.matchAll(SENTENCE_BOUNDARY)) {
        const [punctuation, marks, closers] = boundary;
        if (marks === undefined) {
            // A blank line: the sentence ends before it.
            addSentence(sentences, text, start, boundary.index);
        } else if (endsSentence(text, boundary.index, marks, closers)) {
            addSentence(sentences, text, start, boundary.index + punctuation.length);
        } else {
            continue;
        }
        start = boundary.index + boundary[0].length;
    }
    addSentence(sentences, text, start, text.length);
    return sentences;
}

/** Words and syllables of `text`, as the `reading-level` rule counts them. */
export function countWords(text: string): WordCount {
    let words = 0;
    let syllables = 0;
    for (const [word] of text.matchAll(WORD)) {
        words++;
        syllables += wordSyllables(word);
    }
    return { words, syllables };
}

/** The Flesch–Kincaid grade level; 0 for a text without words or sentences. */
export function fleschKincaidGrade(words: number, sentences: number, syllables: number): number {
    if (words === 0 || sentences === 0) {
        return 0;
    }
    return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

/**
 * The sentences of `text` with at least `minWords` words whose grade is strictly above
 * `targetGrade`.
 */
export function findHardSentences(text: string, targetGrade = DEFAULT_TARGET_GRADE, minWords = DEFAULT_MIN_WORDS): HardSentence[] {
    const hard: HardSentence[] = [];
    for (const sentence of splitSentences(text)) {
        const { words, syllables } = countWords(sentence.text);
        if (words < minWords) {
            continue;
        }
        const grade = fleschKincaidGrade(words, 1, syllables);
        if (grade > targetGrade) {
            hard.push({ ...sentence, words, syllables, grade });
        }
    }
    return hard;
}

function wordSyllables(word: string): number {
    if (word.startsWith('{{')) {
        return PLACEHOLDER_SYLLABLES;
    }
    if (!LETTER.test(word)) {
        return NUMBER_SYLLABLES;
    }
    let count = syllableCache.get(word);
    if (count === undefined) {
        if (syllableCache.size >= SYLLABLE_CACHE_LIMIT) {
            syllableCache.clear();
        }
        count = Math.max(1, syllable(word));
        syllableCache.set(word, count);
    }
    return count;
}

/** Whether end punctuation found at `index` really ends a sentence. */
function endsSentence(text: string, index: number, marks: string, closers: string): boolean {
    if (!DOTS_ONLY.test(marks)) {
        return true;
    }
    if (marks === '.' && closers === '' && isAbbreviation(wordBefore(text, index))) {
        return false;
    }
    return !nextWordIsLowerCase(text, index + marks.length + closers.length);
}

function isAbbreviation(word: string): boolean {
    return ABBREVIATIONS.has(word.toLowerCase()) || SINGLE_CAPITAL.test(word);
}

/**
 * The letters and dots just before `index`, without leading dots ("e.g" before "e.g."),
 * or '' when they end a longer word ("1st").
 */
function wordBefore(text: string, index: number): string {
    let start = index;
    while (start > 0 && ABBREVIATION_CHARACTER.test(text[start - 1])) {
        start--;
    }
    if (start > 0 && WORD_CHARACTER.test(text[start - 1])) {
        return '';
    }
    return text.slice(start, index).replace(/^\.+/u, '');
}

function nextWordIsLowerCase(text: string, index: number): boolean {
    let next = index;
    while (next < text.length && /\s/u.test(text[next])) {
        next++;
    }
    return next < text.length && LOWER_CASE_LETTER.test(text[next]);
}

/** Adds `text[start, end)` trimmed of whitespace, if it has a word. */
function addSentence(sentences: SentenceSpan[], text: string, start: number, end: number): void {
    while (start < end && /\s/u.test(text[start])) {
        start++;
    }
    while (end > start && /\s/u.test(text[end - 1])) {
        end--;
    }
    const sentence = text.slice(start, end);
    if (WORD_CHARACTER.test(sentence)) {
        sentences.push({ offset: start, length: end - start, text: sentence });
    }
}
