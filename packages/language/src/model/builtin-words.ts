/**
 * The built-in words of the language and the plain-language sentence the agreement prints for
 * each (LANGUAGE.md, "Meaning of the built-in words"), in English. The editor shows them on hover
 * and in completion; the renderer has its own locale files (packages/render/locales), whose
 * English wording this table follows.
 */
import type { ConditionKeyword, FrequencyKeyword, LimitKeyword } from '../generated/ast.js';

export const LIMIT_SENTENCES: Readonly<Record<LimitKeyword, string>> = {
    'safety': 'If the client or someone else is at risk of serious harm, the worker must share information to keep people safe.',
    'abuse': 'If there are signs of abuse or neglect of a child or a vulnerable adult, the worker must report it.',
    'court-order': 'If a court orders it or sends a subpoena, the worker must share the information the court asks for.',
    'emergency': 'In a medical emergency, the worker must share the information needed to get help.'
};

export const CONDITION_SENTENCES: Readonly<Record<ConditionKeyword, string>> = {
    'goals-met': 'The agreement ends when our goals are met.',
    'period-ends': 'The agreement ends when its time is up.',
    'client-withdraws': 'The agreement ends if the client chooses to stop.'
};

export const FREQUENCY_SENTENCES: Readonly<Record<FrequencyKeyword, string>> = {
    'daily': 'We will meet every day.',
    'twice-weekly': 'We will meet twice a week.',
    'weekly': 'We will meet once a week.',
    'fortnightly': 'We will meet every two weeks.',
    'monthly': 'We will meet once a month.'
};

/** What a built-in word means, where the grammar uses it; `undefined` for other words. */
export function builtinSentence(context: 'limit' | 'when' | 'meet', word: string): string | undefined {
    const table: Readonly<Record<string, string>> = context === 'limit' ? LIMIT_SENTENCES : context === 'when' ? CONDITION_SENTENCES : FREQUENCY_SENTENCES;
    return Object.prototype.hasOwnProperty.call(table, word) ? table[word] : undefined;
}

/** Sentences for any built-in word, whichever section it belongs to. */
export function sentenceForWord(word: string): string | undefined {
    return builtinSentence('limit', word) ?? builtinSentence('when', word) ?? builtinSentence('meet', word);
}
