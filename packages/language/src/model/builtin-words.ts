/**
 * The built-in words of the language and what each means to the client (LANGUAGE.md, "Meaning
 * of the built-in words"), in English. The editor shows them on hover and in completion:
 * - the words the agreement turns into a sentence (`limit`, `when`, `meet` frequencies, 0.2:
 *   `contact-by` channels and meeting days), with the English sentence the renderer prints
 *   (packages/render/locales/en.json; a test keeps the two in step);
 * - the 0.2 keywords that introduce something to write (`purpose`, the `consent` lines, the
 *   agency's details, `notice`, `minutes`), with what they are for.
 */
import type { ChannelKeyword, ConditionKeyword, FrequencyKeyword, LimitKeyword, Weekday } from '../generated/ast.js';

export const LIMIT_SENTENCES: Readonly<Record<LimitKeyword, string>> = {
    'safety': 'If you or someone else is at risk of serious harm, we must share information to keep people safe.',
    'abuse': 'If we think a child is being abused or neglected, we must report it to the authorities. The same is true for an adult who cannot protect themselves.',
    'court-order': 'If a judge orders us to share information, we may have to. We will share only what the order asks for and tell you first if the law allows.',
    'emergency': 'In a medical emergency, we may share what is needed to get you help.'
};

export const CONDITION_SENTENCES: Readonly<Record<ConditionKeyword, string>> = {
    'goals-met': 'Our goals are met.',
    'period-ends': 'Its time is up.',
    'client-withdraws': 'You choose to stop.'
};

export const FREQUENCY_SENTENCES: Readonly<Record<FrequencyKeyword, string>> = {
    'daily': 'We will meet every day.',
    'twice-weekly': 'We will meet twice a week.',
    'weekly': 'We will meet once a week.',
    'fortnightly': 'We will meet every two weeks.',
    'monthly': 'We will meet once a month.'
};

/** (0.2) How the worker may get in touch, as the agreement lists it. */
export const CHANNEL_PHRASES: Readonly<Record<ChannelKeyword, string>> = {
    'in-person': 'in person',
    'phone': 'by phone',
    'text': 'by text message',
    'email': 'by email',
    'video': 'by video call'
};

/** (0.2) Meeting days, as the agreement names them. */
export const WEEKDAY_NAMES: Readonly<Record<Weekday, string>> = {
    monday: 'Mondays', tuesday: 'Tuesdays', wednesday: 'Wednesdays', thursday: 'Thursdays',
    friday: 'Fridays', saturday: 'Saturdays', sunday: 'Sundays'
};

/** (0.2) What the keywords that introduce text are for (hover and completion). */
export const KEYWORD_HELP: Readonly<Record<string, string>> = {
    'purpose': 'Why the service is offered, in plain words: the first thing the client reads after the title.',
    'consent': 'What the client must hear before agreeing: `benefits`, `risks`, `alternatives`, `cost`, and who pays (`paid-by`) or orders the service (`mandated-by`).',
    'benefits': 'How this help can help the client. The agreement says: *How this can help: …*',
    'risks': 'What may be hard or may go wrong. The agreement says: *What may be hard: …*',
    'alternatives': 'Other help the client could choose instead. The agreement says: *Other help you could choose: …*',
    'cost': 'What the client pays: `cost free`, or a text saying what it costs.',
    'free': 'The agreement says: *This help is free for you.*',
    'paid-by': 'Who pays for the service; with `requires`, what that payer asks for in return (a limit the client must hear about).',
    'requires': 'What the payer asks for in return, e.g. "attendance reports every month".',
    'mandated-by': 'The court or agency that requires the service: the agreement then does not call taking part voluntary, and says what is reported back.',
    'contact-by': 'The ways the worker may get in touch; the agreement adds that texts, email and video can be less private than a meeting.',
    'notice': 'If the agency has to end the work early, it tells the client at least this long before and offers a closing meeting and a referral.',
    'minutes': 'The length of each meeting (needs a start time).',
    'phone': 'The agency\'s phone number, printed under its name (after `contact-by`: the worker may call).',
    'address': 'The agency\'s address, printed under its name.',
    'hours': 'When the agency is open, printed under its name.',
    'crisis': 'Whom to call in a crisis, printed with the client\'s rights.',
    'complaints': 'How to make a complaint, printed with the client\'s rights.'
};

/** Where a built-in word is used: the grammar rule that lists it, and the keyword that introduces it. */
export type BuiltinContext = 'limit' | 'when' | 'meet' | 'contact-by' | 'on';

const CONTEXT_OF_RULE: Readonly<Record<string, BuiltinContext>> = {
    LimitKeyword: 'limit', ConditionKeyword: 'when', FrequencyKeyword: 'meet', ChannelKeyword: 'contact-by', Weekday: 'on'
};

/** The built-in context of a grammar rule (`LimitKeyword` → `limit`), if it lists built-in words. */
export function builtinContextOfRule(ruleName: string): BuiltinContext | undefined {
    return CONTEXT_OF_RULE[ruleName];
}

/** What a built-in word means, where the grammar uses it; `undefined` for other words. */
export function builtinSentence(context: BuiltinContext, word: string): string | undefined {
    const table: Readonly<Record<string, string>> = context === 'limit' ? LIMIT_SENTENCES
        : context === 'when' ? CONDITION_SENTENCES
            : context === 'meet' ? FREQUENCY_SENTENCES
                : context === 'contact-by' ? CHANNEL_PHRASES
                    : WEEKDAY_NAMES;
    return Object.prototype.hasOwnProperty.call(table, word) ? table[word] : undefined;
}

/** Sentences for any built-in word, whichever section it belongs to. */
export function sentenceForWord(word: string): string | undefined {
    return builtinSentence('limit', word) ?? builtinSentence('when', word) ?? builtinSentence('meet', word);
}

/** What a 0.2 keyword that introduces text is for; `undefined` for other words. */
export function keywordHelp(word: string): string | undefined {
    return Object.prototype.hasOwnProperty.call(KEYWORD_HELP, word) ? KEYWORD_HELP[word] : undefined;
}
