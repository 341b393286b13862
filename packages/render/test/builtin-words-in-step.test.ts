/**
 * The hover and completion explain each built-in word with a sentence of @tandem/language
 * (`model/builtin-words.ts`); the agreement prints the renderer's English message for it
 * (`locales/en.json`). With no optional part (no end date, days, time or sessions), the message
 * must be that sentence, word for word, so that the editor never promises what the agreement
 * does not say.
 */
import { describe, expect, test } from 'vitest';
import { CHANNEL_PHRASES, CONDITION_SENTENCES, FREQUENCY_SENTENCES, LIMIT_SENTENCES, WEEKDAY_NAMES } from '@tandem/language';
import { loadLocale } from '@tandem/render';

const english = loadLocale('en');
/** The values of a message with every optional part left out. */
const generic = { end: 'none', days: 'none', time: 'none', sessions: 'none' };

describe('built-in words: the hover\'s sentences are the English agreement\'s', () => {
    test.each(Object.entries(LIMIT_SENTENCES))('limit %s', (word, sentence) => {
        expect(english.format(`limit.${word}`, generic)).toBe(sentence);
    });

    test.each(Object.entries(CONDITION_SENTENCES))('when %s', (word, sentence) => {
        expect(english.format(`condition.${word}`, generic)).toBe(sentence);
    });

    test.each(Object.entries(FREQUENCY_SENTENCES))('meet %s', (word, sentence) => {
        // The message's select keys cannot hold a hyphen: the renderer passes twice-weekly as twiceWeekly.
        const frequency = word === 'twice-weekly' ? 'twiceWeekly' : word;
        expect(english.format('meet.keyword', { ...generic, frequency })).toBe(sentence);
    });

    test.each(Object.entries(CHANNEL_PHRASES))('contact-by %s', (word, phrase) => {
        expect(english.format(`channel.${word}`, generic)).toBe(phrase);
    });

    test.each(Object.entries(WEEKDAY_NAMES))('on %s', (word, name) => {
        expect(english.format(`weekday.${word}`, generic)).toBe(name);
    });
});
