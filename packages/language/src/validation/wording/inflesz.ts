/**
 * INFLESZ (Szigriszt-Pazos perspicuity) of each sentence of a Spanish text: the `reading-level`
 * rule for `es` contracts (LANGUAGE.md 0.2, "Reading level in Spanish").
 *
 *     INFLESZ = 206.835 − 62.3 × syllables / words − words / sentences
 *
 * scored per sentence (sentences = 1); a sentence of at least 5 words scoring below the
 * minimum (default 55, "algo difícil" on the INFLESZ scale) is reported. Sentences are split as
 * for English (./reading-level.ts).
 *
 * Words are runs of letters: numbers are not words. A `{{placeholder}}` is one word of one
 * syllable, as in English: it stands for a value (a name, a date) whose length the template
 * cannot know.
 *
 * Syllables (the page's rules, no dictionary): each group of vowels (`a e i o u`, accented or
 * not, and `ü`) is one syllable, except that two strong vowels (`a e o`, accented or not) or an
 * accented weak vowel (`í ú`) next to another vowel split the group (hiatus: `le-er`, `dí-a`);
 * `y` is a consonant, except that the word `y` alone is one syllable (at the end of a word
 * after a vowel, as in `hoy`, it belongs to that vowel's syllable and adds none); the `u` of
 * `que qui gue gui` is silent (`ü` is not: `pin-güi-no`). A word with no vowel counts one.
 */
import type { SentenceSpan } from './reading-level.js';
import { DEFAULT_MIN_WORDS, splitSentences } from './reading-level.js';

/** Default minimum INFLESZ score of the `reading-level` rule for `es`. */
export const DEFAULT_MINIMUM_INFLESZ = 55;

export interface HardSpanishSentence extends SentenceSpan {
    readonly words: number;
    readonly syllables: number;
    /** The INFLESZ score of the sentence on its own. */
    readonly inflesz: number;
}

const SPANISH_WORD = /\{\{[^{}]*\}\}|[\p{L}\p{M}]+/gu;
const VOWELS = new Set('aeiouáéíóúü');
const STRONG = new Set('aeoáéó');
const ACCENTED_WEAK = new Set('íú');
const SILENT_U = /([qg])u(?=[eiéí])/g;

/** The syllables of one Spanish word, by the rules above. */
export function spanishSyllables(word: string): number {
    const lower = word.normalize('NFC').toLowerCase();
    if (lower === 'y') {
        return 1;
    }
    const letters = lower.replace(SILENT_U, '$1');
    let syllables = 0;
    let previous: string | undefined;
    for (const letter of letters) {
        if (!VOWELS.has(letter)) {
            previous = undefined;
            continue;
        }
        if (previous === undefined || isHiatus(previous, letter)) {
            syllables++;
        }
        previous = letter;
    }
    return Math.max(1, syllables);
}

function isHiatus(first: string, second: string): boolean {
    return (STRONG.has(first) && STRONG.has(second)) || ACCENTED_WEAK.has(first) || ACCENTED_WEAK.has(second);
}

/** Words and syllables of a Spanish text. */
export function countSpanishWords(text: string): { words: number; syllables: number } {
    let words = 0;
    let syllables = 0;
    for (const [word] of text.matchAll(SPANISH_WORD)) {
        words++;
        syllables += word.startsWith('{{') ? 1 : spanishSyllables(word);
    }
    return { words, syllables };
}

/** The INFLESZ score; 0 for a text without words or sentences. */
export function infleszScore(words: number, sentences: number, syllables: number): number {
    if (words === 0 || sentences === 0) {
        return 0;
    }
    return 206.835 - 62.3 * (syllables / words) - words / sentences;
}

/** The sentences of `text` with at least `minWords` words whose INFLESZ is strictly below `minimum`. */
export function findHardSpanishSentences(text: string, minimum = DEFAULT_MINIMUM_INFLESZ, minWords = DEFAULT_MIN_WORDS): HardSpanishSentence[] {
    const hard: HardSpanishSentence[] = [];
    for (const sentence of splitSentences(text)) {
        const { words, syllables } = countSpanishWords(sentence.text);
        if (words < minWords) {
            continue;
        }
        const inflesz = infleszScore(words, 1, syllables);
        if (inflesz < minimum) {
            hard.push({ ...sentence, words, syllables, inflesz });
        }
    }
    return hard;
}
