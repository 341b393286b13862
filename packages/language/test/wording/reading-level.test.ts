/**
 * Flesch–Kincaid grade per sentence: sentence splitting, word and syllable counts (checked
 * against the `syllable` package), grades computed by hand, thresholds and exact offsets.
 */
import { describe, expect, it } from 'vitest';
import { syllable } from 'syllable';
import { countWords, findHardSentences, fleschKincaidGrade, splitSentences } from '../../src/validation/wording/reading-level.js';

function sentenceTexts(text: string): string[] {
    return splitSentences(text).map(sentence => sentence.text);
}

function expectExactSpans(text: string): void {
    for (const sentence of splitSentences(text)) {
        expect(text.slice(sentence.offset, sentence.offset + sentence.length)).toBe(sentence.text);
    }
}

describe('fleschKincaidGrade', () => {
    it('is 0.39 × words per sentence + 11.8 × syllables per word − 15.59', () => {
        // 0.39 × 20 + 11.8 × 1.5 − 15.59 = 7.8 + 17.7 − 15.59
        expect(fleschKincaidGrade(100, 5, 150)).toBeCloseTo(9.91, 10);
        // 0.39 × 10 + 11.8 × 1 − 15.59
        expect(fleschKincaidGrade(10, 1, 10)).toBeCloseTo(0.11, 10);
    });

    it('is 0 without words or sentences', () => {
        expect(fleschKincaidGrade(0, 1, 0)).toBe(0);
        expect(fleschKincaidGrade(5, 0, 7)).toBe(0);
    });
});

describe('countWords', () => {
    it('counts words with inner apostrophes, hyphens and dots as one', () => {
        expect(countWords("Jane's plan doesn't change twice-weekly meetings, e.g. on Mondays").words).toBe(9);
        expect(countWords('Jane’s co-worker').words).toBe(2);
    });

    it('counts syllables with the syllable package', () => {
        const words = ['Tenant', 'support', 'group', 'at', 'the', 'community', 'centre'];
        expect(countWords(words.join(' '))).toEqual({ words: 7, syllables: words.reduce((sum, word) => sum + syllable(word), 0) });
    });

    it('counts a number, a date or a placeholder as one word of one syllable', () => {
        expect(countWords('2027-02-01')).toEqual({ words: 1, syllables: 1 });
        expect(countWords('10:30 1,000 2.5 12/01')).toEqual({ words: 4, syllables: 4 });
        expect(countWords('{{clientName}}')).toEqual({ words: 1, syllables: 1 });
        expect(countWords('Meet {{workerName}} on 2027-02-01 at 10:30.')).toEqual({ words: 6, syllables: 6 });
    });

    it('ignores punctuation and symbols', () => {
        expect(countWords('— ... ; : ( ) "" !?')).toEqual({ words: 0, syllables: 0 });
    });
});

describe('splitSentences', () => {
    it('splits after . ! ? followed by whitespace or the end', () => {
        expect(sentenceTexts('Bring your forms. Is that all? Yes! Thanks.')).toEqual(['Bring your forms.', 'Is that all?', 'Yes!', 'Thanks.']);
    });

    it('keeps closing quotes and brackets with their sentence', () => {
        expect(sentenceTexts('She asked "why?" Then she left. (We talked.) Done.')).toEqual(['She asked "why?"', 'Then she left.', '(We talked.)', 'Done.']);
    });

    it('does not split at abbreviations, initials or before a lower-case word', () => {
        const text = 'See Dr. Lee at 10 a.m. on Monday, e.g. at the office, i.e. room 2. Bring your ID.';
        expect(sentenceTexts(text)).toEqual(['See Dr. Lee at 10 a.m. on Monday, e.g. at the office, i.e. room 2.', 'Bring your ID.']);
        expect(sentenceTexts('Jane A. Doe and Mrs. Ortiz sign. Forms, letters, etc. and bills.')).toEqual(['Jane A. Doe and Mrs. Ortiz sign.', 'Forms, letters, etc. and bills.']);
        expect(sentenceTexts('We meet at 10 a.m. Bring your forms.')).toEqual(['We meet at 10 a.m.', 'Bring your forms.']);
        expect(sentenceTexts('We meet on the 1st. Bring your forms. Ask Dr. Who.')).toEqual(['We meet on the 1st.', 'Bring your forms.', 'Ask Dr. Who.']);
    });

    it('does not split inside numbers, dates or addresses', () => {
        expect(sentenceTexts('The rent is 2.5 times the deposit. It is due on 1.3.2027. See example.org for more.')).toEqual(['The rent is 2.5 times the deposit.', 'It is due on 1.3.2027.', 'See example.org for more.']);
    });

    it('splits at blank lines but not at single line breaks', () => {
        expect(sentenceTexts('This sentence\n    spans two lines\n\nA new paragraph\r\n  \r\nAnd another')).toEqual(['This sentence\n    spans two lines', 'A new paragraph', 'And another']);
    });

    it('does not split at semicolons or colons', () => {
        expect(sentenceTexts('We meet weekly; we talk by phone: on Fridays.')).toEqual(['We meet weekly; we talk by phone: on Fridays.']);
    });

    it('treats an ellipsis like a full stop', () => {
        expect(sentenceTexts('We will wait... then call.')).toEqual(['We will wait... then call.']);
        expect(sentenceTexts('We will wait… Then call.')).toEqual(['We will wait…', 'Then call.']);
    });

    it('drops spans without words', () => {
        expect(splitSentences('')).toEqual([]);
        expect(splitSentences('   \n\n  ')).toEqual([]);
        expect(sentenceTexts('... !!! Hello.')).toEqual(['Hello.']);
    });

    it('gives exact offsets into the text', () => {
        const text = '  Bring your forms.  \n\n Then we talk;\n about rent.  Done ';
        expect(splitSentences(text)).toEqual([
            { offset: 2, length: 17, text: 'Bring your forms.' },
            { offset: 24, length: 26, text: 'Then we talk;\n about rent.' },
            { offset: 52, length: 4, text: 'Done' }
        ]);
        expectExactSpans(text);
        expectExactSpans('See Dr. Lee "now!" (Or later.)\n\n\nOK… fine. ');
    });
});

describe('findHardSentences', () => {
    const hard = 'Tenant support group at the community centre';
    // syllable: Ten-ant 2, sup-port 2, group 1, at 1, the 1, com-mu-ni-ty 4, cen-tre 2 = 13
    // 0.39 × 7 + 11.8 × 13 / 7 − 15.59 = 9.0543
    const hardGrade = 0.39 * 7 + 11.8 * 13 / 7 - 15.59;
    const easy = 'Search rental listings three times a week.';
    // 1 + 2 + 2 + 1 + 1 + 1 + 1 = 9: 0.39 × 7 + 11.8 × 9 / 7 − 15.59 = 2.3114

    it('scores a sentence by hand', () => {
        expect(hard.split(' ').map(word => syllable(word))).toEqual([2, 2, 1, 1, 1, 4, 2]);
        expect(easy.slice(0, -1).split(' ').map(word => syllable(word))).toEqual([1, 2, 2, 1, 1, 1, 1]);
        const [sentence] = findHardSentences(hard);
        expect(sentence).toMatchObject({ offset: 0, length: hard.length, text: hard, words: 7, syllables: 13 });
        expect(sentence.grade).toBeCloseTo(9.0543, 4);
        expect(findHardSentences(easy, 2)[0].grade).toBeCloseTo(2.3114, 4);
        expect(findHardSentences(easy)).toEqual([]);
    });

    it('reports only grades strictly above the target', () => {
        expect(findHardSentences(hard, hardGrade)).toEqual([]);
        expect(findHardSentences(hard, hardGrade - 0.001)).toHaveLength(1);
        expect(findHardSentences(hard, 10)).toEqual([]);
    });

    it('skips sentences shorter than the minimum number of words', () => {
        const short = 'Comprehensive rehabilitation documentation requirements.';
        expect(countWords(short).words).toBe(4);
        expect(fleschKincaidGrade(4, 1, countWords(short).syllables)).toBeGreaterThan(20);
        expect(findHardSentences(short)).toEqual([]);
        expect(findHardSentences(short, 8, 4)).toHaveLength(1);
    });

    it('scores each sentence on its own, with exact offsets', () => {
        const text = `${easy} We go together.\n\n${hard}. Call Sam.`;
        const found = findHardSentences(text);
        expect(found).toHaveLength(1);
        expect(found[0].text).toBe(`${hard}.`);
        expect(found[0].offset).toBe(text.indexOf(hard));
        expect(text.slice(found[0].offset, found[0].offset + found[0].length)).toBe(`${hard}.`);
    });

    it('counts placeholders and dates as short words', () => {
        const text = '{{clientName}} and {{workerName}} meet on {{start}} and 2027-02-01.';
        // 8 words, 8 syllables: 0.39 × 8 + 11.8 − 15.59 = −0.67
        expect(countWords(text)).toEqual({ words: 8, syllables: 8 });
        expect(findHardSentences(text, -1)[0].grade).toBeCloseTo(-0.67, 10);
    });
});
