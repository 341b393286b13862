/**
 * The judgmental-term list and its matcher: every term matches itself in its written forms,
 * whole words only; ordinary agreement wording (and every string of LANGUAGE.md) stays
 * clean; offsets are exact; the longest of overlapping matches wins.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { JudgmentalTermEntry } from '../../src/validation/wording/judgmental-terms.js';
import { BUNDLED_JUDGMENTAL_TERMS, JudgmentalTermMatcher, judgmentalMessage } from '../../src/validation/wording/judgmental-terms.js';
import bundled from '../../src/validation/wording/judgmental-terms.json' with { type: 'json' };

/** LANGUAGE.md lives beside the repository: <root>/main/packages/language/test/wording → <root>/shared. */
const LANGUAGE_MD = new URL('../../../../../shared/LANGUAGE.md', import.meta.url);

const matcher = new JudgmentalTermMatcher();

function forms(entry: JudgmentalTermEntry): string[] {
    return [entry.term, ...(entry.variants ?? [])];
}

/** The regular English plural of a form's last word (what the matcher must accept). */
function plural(form: string): string {
    if (/[^aeiou]y$/i.test(form)) {
        return `${form.slice(0, -1)}ies`;
    }
    return /(s|x|z|ch|sh)$/i.test(form) ? `${form}es` : `${form}s`;
}

function capitalised(form: string): string {
    return form.charAt(0).toUpperCase() + form.slice(1);
}

/** The texts matched in `text`. */
function found(text: string): string[] {
    return matcher.find(text).map(match => match.text);
}

/** Every string literal of every ```tandem block of a Markdown text (comments skipped). */
function tandemStrings(markdown: string): string[] {
    const strings: string[] = [];
    for (const [, block] of markdown.matchAll(/```tandem\n([\s\S]*?)```/g)) {
        const tokens = /\/\/[^\n]*|\/\*[\s\S]*?\*\/|"((?:[^"\\]|\\.)*)"/g;
        for (const token of block.matchAll(tokens)) {
            if (token[1] !== undefined) {
                strings.push(token[1]);
            }
        }
    }
    return strings;
}

describe('the bundled list', () => {
    it('has at least 40 entries, each with a term and a suggestion', () => {
        expect(BUNDLED_JUDGMENTAL_TERMS.length).toBeGreaterThanOrEqual(40);
        for (const entry of BUNDLED_JUDGMENTAL_TERMS) {
            expect(entry.term.trim(), JSON.stringify(entry)).not.toBe('');
            expect(entry.suggestion.trim(), entry.term).not.toBe('');
        }
    });

    it('cites only sources it explains', () => {
        const sources = Object.keys(bundled.sources);
        for (const entry of BUNDLED_JUDGMENTAL_TERMS) {
            if (entry.source !== undefined) {
                expect(sources, entry.term).toContain(entry.source);
            }
        }
    });

    it('lists every form once', () => {
        const seen = new Map<string, string>();
        for (const entry of BUNDLED_JUDGMENTAL_TERMS) {
            for (const form of forms(entry)) {
                const key = form.toLowerCase().replace(/[\s-]+/g, '');
                expect(seen.get(key), `${form} (${entry.term})`).toBeUndefined();
                seen.set(key, entry.term);
            }
        }
    });

    it('has no bare word with a neutral use', () => {
        const terms = BUNDLED_JUDGMENTAL_TERMS.flatMap(forms).map(form => form.toLowerCase());
        for (const neutral of ['homeless', 'abuse', 'clean', 'dirty', 'user', 'abuser', 'victim', 'compliance', 'relapse', 'offender', 'criminal']) {
            expect(terms).not.toContain(neutral);
        }
    });
});

describe('each term and variant', () => {
    for (const entry of BUNDLED_JUDGMENTAL_TERMS) {
        for (const form of forms(entry)) {
            it(`matches "${form}" as written, capitalised, in upper case${entry.plural === false ? '' : ' and in the plural'}`, () => {
                const written = [form, capitalised(form), form.toUpperCase()];
                if (entry.plural !== false) {
                    written.push(plural(form));
                }
                for (const text of written) {
                    const matches = matcher.find(text);
                    expect(matches.map(match => match.text), text).toEqual([text]);
                    expect(matches[0].entry, text).toBe(entry);
                }
            });

            it(`matches "${form}" inside a sentence, with exact offsets`, () => {
                const text = `We noted that ${form}, again.`;
                const matches = matcher.find(text);
                expect(matches).toHaveLength(1);
                expect(matches[0].offset).toBe('We noted that '.length);
                expect(matches[0].length).toBe(form.length);
                expect(text.slice(matches[0].offset, matches[0].offset + matches[0].length)).toBe(form);
            });
        }
    }
});

describe('matching', () => {
    it('treats hyphen, space and no space alike', () => {
        for (const text of ['non-compliant', 'noncompliant', 'non compliant', 'Non-Compliance', 'NONCOMPLIANCE', 'non - compliant', 'non\u2011compliant']) {
            expect(found(text), text).toEqual([text]);
        }
        expect(found('She is wheelchair bound.')).toEqual(['wheelchair bound']);
        expect(found('an excon')).toEqual(['excon']);
    });

    it('matches a phrase across a line break and any run of whitespace', () => {
        const text = 'Jane is not a frequent\n        flyer, and not\tthe\u00a0 homeless.';
        const matches = matcher.find(text);
        expect(matches.map(match => match.text)).toEqual(['frequent\n        flyer', 'the\u00a0 homeless']);
        for (const match of matches) {
            expect(text.slice(match.offset, match.offset + match.length)).toBe(match.text);
        }
        expect(judgmentalMessage(matches[0])).toContain('"frequent flyer"');
    });

    it('matches whole words only, with Unicode letters as word characters', () => {
        for (const text of ['maddict', 'addictive', 'addiction', 'addicted', 'lazybones', 'crazyé', 'écrazy', 'felony', 'inmates2', 'psychology', 'schizoaffective', 'retardant', 'insanely']) {
            expect(found(text), text).toEqual([]);
        }
        expect(found('(addicts)')).toEqual(['addicts']);
        expect(found('"Addict’s" rights')).toEqual(['Addict']);
        expect(found('addict-like')).toEqual(['addict']);
    });

    it('accepts the plurals of the last word only', () => {
        expect(found('junkies and ex-cons and hobos and welfare queens and crack babies')).toEqual(['junkies', 'ex-cons', 'hobos', 'welfare queens', 'crack babies']);
        expect(found('non-compliants')).toEqual([]);
        expect(found('manipulatives')).toEqual([]);
    });

    it('reports the longest of overlapping matches', () => {
        expect(found('a former addict')).toEqual(['former addict']);
        expect(found('the mentally ill')).toEqual(['the mentally ill']);
        expect(found('an IV drug user')).toEqual(['IV drug user']);
        expect(found('handicapped parking')).toEqual(['handicapped parking']);
        expect(found('recovering alcoholics')).toEqual(['recovering alcoholics']);
        // A longer match that starts inside a shorter one wins too.
        const custom = new JudgmentalTermMatcher([
            { term: 'drug', suggestion: 'a' },
            { term: 'user group', suggestion: 'b' },
            { term: 'drug user group member', suggestion: 'c' }
        ]);
        expect(custom.find('a drug user group').map(match => match.text)).toEqual(['drug', 'user group']);
        expect(custom.find('one drug user group member').map(match => match.text)).toEqual(['drug user group member']);
        const overlapping = new JudgmentalTermMatcher([
            { term: 'frequent', suggestion: 'a' },
            { term: 'frequent flyer', suggestion: 'b' },
            { term: 'flyer miles programme', suggestion: 'c' }
        ]);
        expect(overlapping.find('frequent flyer miles programme').map(match => match.text)).toEqual(['flyer miles programme']);
    });

    it('keeps the words that make a term neutral', () => {
        for (const text of [
            'Jane goes to Alcoholics Anonymous on Mondays.',
            'No alcoholic drinks at the office.',
            'Non-alcoholic drinks are fine.',
            'She stays at the homeless shelter.',
            'Referral to the homeless outreach team.',
            'Psycho-education sessions',
            'psycho education',
            'treatment-resistant depression',
            'a fire resistant door',
            'bushfire resistant',
            'drug resistant infection',
            'treatment for a lazy eye',
            'manipulative play',
            'crazy golf'
        ]) {
            expect(found(text), text).toEqual([]);
        }
        expect(found('Jane is an alcoholic.')).toEqual(['alcoholic']);
        expect(found('the homeless manage')).toEqual(['the homeless']);
        expect(found('Jane seems resistant to change')).toEqual(['resistant']);
    });

    it('leaves ordinary agreement wording alone', () => {
        for (const text of [
            'homeless shelter',
            'She has been homeless since June.',
            'report abuse',
            'suspected abuse or neglect of a child or vulnerable adult',
            'Jane will keep her room clean.',
            'clean and safe housing',
            'a court order or subpoena',
            'risk of serious harm to the client or to someone else (safety)',
            'a medical emergency',
            'We wash the dirty dishes together.',
            'Jane chooses drug testing at the clinic.',
            'Referral to a substance use disorder programme',
            'people who use drugs and people in recovery',
            'people experiencing homelessness',
            'Sam will help Jane apply for disability benefits.',
            'Jane is entitled to housing benefit.',
            'her criminal record',
            'the rent is delinquent',
            'a relapse prevention plan',
            'a victim of crime',
            'compliance with the lease',
            'Fill in the handout together.',
            'Jane practises manipulating small objects.',
            'We will role-play acting out the conversation.',
            'Call if you feel unsafe.'
        ]) {
            expect(found(text), text).toEqual([]);
        }
    });

    it('finds nothing in any string of the LANGUAGE.md examples', () => {
        const strings = tandemStrings(readFileSync(LANGUAGE_MD, 'utf8'));
        expect(strings.length).toBeGreaterThan(20);
        expect(strings).toContain('Move into safe, stable housing');
        for (const text of strings) {
            expect(found(text), text).toEqual([]);
        }
    });

    it('adds extra entries to the bundled list, or replaces it', () => {
        const extra = new JudgmentalTermMatcher(undefined, [{ term: 'no-show', suggestion: 'missed the appointment' }]);
        expect(extra.find('Jane was a no-show; an addict').map(match => match.text)).toEqual(['no-show', 'addict']);
        const only = new JudgmentalTermMatcher([{ term: 'no-show', suggestion: 'missed the appointment' }]);
        expect(only.find('Jane was a no-show; an addict').map(match => match.text)).toEqual(['no-show']);
        expect(new JudgmentalTermMatcher([]).find('addict')).toEqual([]);
        const accented = new JudgmentalTermMatcher([{ term: 'Ñandú', suggestion: 'x' }]);
        expect(accented.find('un ñandú, dos ÑANDÚES, xñandú').map(match => match.text)).toEqual(['ñandú', 'ÑANDÚES']);
    });

    it('lets an extra entry replace the bundled one for the same form', () => {
        const own = { term: 'non compliant', suggestion: 'has not followed the plan yet' };
        const [match] = new JudgmentalTermMatcher(undefined, [own]).find('She was noncompliant.');
        expect(match.entry).toBe(own);
    });

    it('finds every match in a long text, in order', () => {
        const text = 'Jane is not an addict. '.repeat(1000);
        const matches = matcher.find(text);
        expect(matches).toHaveLength(1000);
        expect(matches[999].offset).toBe(999 * 'Jane is not an addict. '.length + 'Jane is not an '.length);
    });
});

describe('judgmentalMessage', () => {
    it('quotes the text and the suggestion, with the source in short', () => {
        const [match] = matcher.find('The addicts');
        expect(judgmentalMessage(match)).toBe('"addicts" is stigmatising language; say "person with a substance use disorder" instead (NIDA, Words Matter).');
    });

    it('calls behaviour words judgmental and leaves out a missing source', () => {
        const [match] = matcher.find('Jane is lazy');
        expect(judgmentalMessage(match)).toBe('"lazy" is judgmental language; say "finding it hard to get started" instead.');
    });
});
