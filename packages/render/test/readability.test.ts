/**
 * The fixed text of every locale reads easily (LANGUAGE.md, "Locales"; issue 14): contracts
 * whose user text is minimal and that together use every message of the locale are rendered in
 * each locale file found, and the fixed sentences alone are scored, all taken together (user
 * text left out, each distinct sentence once, headings and list items as sentences):
 * Flesch–Kincaid grade at most 6 for English, INFLESZ at least 65 for Spanish. A failure names
 * the hardest sentences. Jargon (subpoena, release, clinical, vulnerable adult) is not used.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { findHardSentences, findHardSpanishSentences } from '@tandem/language';
import type { Agreement, AgreementBlock } from '@tandem/render';
import { DEFAULT_LOCALE } from '@tandem/language/default-locale';
import { availableLocales, buildAgreement, bundledLocaleDir, loadLocale } from '@tandem/render';
import { contractFromText } from './helpers.js';

/** Every user-written text of the contracts below is a token Zz<n>: left out when scoring. */
const USER_TOKEN = /Zz\d+/g;

const CLIENT = 'client Cl "Zz1" title "Zz2" contact "Zz3" speaks "Zz4"';
const SECOND_CLIENT = 'client Cm "Zz5"';

/** Everything a contract can say, with one client or two. */
const FULL = (clients: string, extra = '', tasks = '') => `contract Full "Zz10" {
    agency "Zz11" { phone "Zz12" address "Zz13" hours "Zz14" crisis "Zz15" complaints "Zz16" }
    purpose "Zz17"
    parties {
        ${clients}
        guardian Gu "Zz20" title "Zz21"
        worker Wo "Zz22" title "Zz23"
        worker Wn "Zz24"
        supervisor Su "Zz25" title "Zz26"
        supervisor Sn "Zz27"
        interpreter In "Zz28"
        party Pa "Zz29" title "Zz30"
        party Pn "Zz31"
    }
    duration {
        from 2026-12-01 to 2027-03-01
        meet weekly on tuesday 10:00 for 50 minutes for 10 sessions
        at "Zz32"
        review every 4 weeks
        review on 2027-01-05
    }
    contact-by in-person, phone, text, email, video, "Zz33"
    goal G1 "Zz34" { measure "Zz35" by 2027-02-01 }
    goal G2 "Zz36"
    task T1 "Zz37" { owner Cl for G1 due 2026-12-20 }
    task T2 "Zz38" { owner Wo for G1, G2 }
    task T3 "Zz39" { owner Cl, Wo for G2 }
    task T4 "Zz40" { owner Pa }
    ${tasks}
    confidentiality {
        share "Zz41" with Su for "Zz42"
        share "Zz43" with Wn
        share "Zz44" with "Zz45" for "Zz46" until 2027-03-01
        share "Zz47" with Pn
        limit safety
        limit abuse
        limit court-order
        limit emergency
        limit "Zz48"
    }
    boundaries { "Zz49" }
    consent {
        benefits "Zz50"
        risks "Zz51"
        alternatives "Zz52"
        cost "Zz53"
        paid-by "Zz54" requires "Zz55"
        ${extra}
    }
    termination {
        when goals-met
        when period-ends
        when client-withdraws
        when "Zz56"
        notice 2 weeks
        referral "Zz57"
    }
    revision 2 on 2027-01-05 "Zz58"
    revision 3 on 2027-02-05 "Zz59"
    sign Cl, Gu, Wo, Su, In, Pa
}`;

/** The other ways of saying things: a period in weeks, other frequencies, free help, the guardian's client speaking no language. */
const VARIANTS = [
    `contract Weeks "Zz60" {
    parties { client Cl "Zz61" worker Wo "Zz62" interpreter In "Zz63" }
    duration { from 2026-12-01 for 1 week meet daily for 1 sessions review every 1 week }
    consent { cost free }
    termination { when period-ends notice 1 day }
    sign Cl, Wo, In
}`,
    `contract Months "Zz64" {
    parties { client Cl "Zz65" worker Wo "Zz66" }
    duration { from 2026-12-01 for 3 months meet fortnightly on monday review every 2 months }
    termination { notice 1 month }
    sign Cl, Wo
}`,
    `contract Days "Zz67" {
    parties { client Cl "Zz68" worker Wo "Zz69" }
    duration { from 2026-12-01 for 10 days meet twice-weekly on monday, thursday review every 2 days }
    termination { notice 3 days }
    sign Cl
}`,
    `contract Monthly "Zz70" {
    parties { client Cl "Zz71" }
    duration { from 2026-12-01 for 6 weeks meet monthly }
    termination { notice 4 months }
}`,
    `contract Text "Zz72" {
    parties { client Cl "Zz73" }
    duration { from 2026-12-01 for 2 months meet "Zz74" on wednesday, friday, saturday, sunday 09:30 for 1 minutes for 2 sessions }
}`,
    // Nothing written yet: each part says so; no dates; no termination, no tasks, no limits, no signers.
    `contract Empty "Zz75" {
    duration { from 2026-02-30 to 2026-03-31 }
    confidentiality { }
}`,
    // An ending that has no date.
    `contract NoDate "Zz76" {
    termination { when period-ends }
}`
];

interface Scored {
    readonly text: string;
    readonly words: number;
    readonly syllables: number;
    /** Flesch–Kincaid grade (en) or INFLESZ (es) of the sentence alone. */
    readonly score: number;
}

/** The language of a locale's message file, from its Intl locale. */
function languageOf(locale: string): string {
    return new Intl.Locale(loadLocale(locale).info.intl).language;
}

/** How each language is scored (LANGUAGE.md, "Locales"). */
const MEASURES: Record<string, {
    readonly name: string;
    readonly sentences: (text: string) => Scored[];
    readonly overall: (words: number, sentences: number, syllables: number) => number;
    readonly passes: (score: number) => boolean;
    /** Sorts harder sentences first. */
    readonly harder: (a: Scored, b: Scored) => number;
}> = {
    en: {
        name: 'Flesch–Kincaid grade (at most 6)',
        sentences: text => findHardSentences(text, -Infinity, 1).map(s => ({ text: s.text, words: s.words, syllables: s.syllables, score: s.grade })),
        overall: (words, sentences, syllables) => 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59,
        passes: score => score <= 6,
        harder: (a, b) => b.score - a.score
    },
    es: {
        name: 'INFLESZ (at least 65)',
        sentences: text => findHardSpanishSentences(text, Infinity, 1).map(s => ({ text: s.text, words: s.words, syllables: s.syllables, score: s.inflesz })),
        overall: (words, sentences, syllables) => 206.835 - 62.3 * (syllables / words) - words / sentences,
        passes: score => score >= 65,
        harder: (a, b) => a.score - b.score
    }
};

/**
 * Every piece of fixed text of an agreement, one string per heading, paragraph, list item, detail
 * or label; user text left out unless `withUserText`.
 */
function pieces(agreement: Agreement, withUserText = false): string[] {
    const out: string[] = [agreement.intro, ...agreement.agencyDetails, agreement.footer.version, agreement.footer.pageOf];
    out.push(...Object.values(agreement.signatureLabels));
    if (agreement.draft) {
        out.push(agreement.draft.label, agreement.draft.notice);
    }
    const block = (b: AgreementBlock) => {
        switch (b.kind) {
            case 'paragraph':
            case 'subheading':
                out.push(b.text);
                break;
            case 'list':
                b.items.forEach(item => out.push(...item.paragraphs, ...item.details));
                break;
            case 'signatures':
                b.signers.forEach(signer => out.push(signer.role, ...(signer.attestation ? [signer.attestation] : [])));
                break;
        }
    };
    for (const section of [...agreement.sections, ...agreement.permissions]) {
        out.push(section.heading);
        section.blocks.forEach(block);
    }
    if (withUserText) {
        return out;
    }
    // User text left out; the page number's placeholders are numbers.
    return out.map(text => text.replace(USER_TOKEN, '').replace(/\{pages?\}/g, '1').replace(/\(\s*(and|y)?\s*\)/g, '').replace(/\s+/g, ' ').trim());
}

const CONTRACTS = [FULL(CLIENT), FULL(`${CLIENT}\n        ${SECOND_CLIENT}`, 'mandated-by "Zz18"', 'task T5 "Zz19" { owner Cl, Cm, Wo }'), ...VARIANTS];

/** The message keys each locale formatted while the agreements were built. */
const used = new Map<string, Set<string>>();
const agreements = new Map<string, Agreement[]>();

beforeAll(async () => {
    const contracts = await Promise.all(CONTRACTS.map(text => contractFromText(text)));
    for (const locale of availableLocales()) {
        const spy = vi.spyOn(loadLocale(locale), 'format');
        agreements.set(locale, contracts.map((contract, index) => buildAgreement(contract, { locale, draft: index === 0 })));
        used.set(locale, new Set(spy.mock.calls.map(([key]) => key)));
        spy.mockRestore();
    }
});

afterAll(() => vi.restoreAllMocks());

/** Messages of other documents made from the same files: `tandem diff`'s changes page and the calendar's titles. */
const OTHER_DOCUMENTS = /^(diff\.|calendar\.|section\.diffSignatures$)/;

/** The agreement's messages, which every locale has: those of the default locale's file. */
function messageKeys(): string[] {
    const file = JSON.parse(readFileSync(path.join(bundledLocaleDir(), `${DEFAULT_LOCALE}.json`), 'utf8')) as Record<string, unknown>;
    return Object.keys(file).filter(key => key !== '$locale' && !OTHER_DOCUMENTS.test(key));
}

describe('readability of the fixed text', () => {
    test('every bundled locale has a measure', () => {
        for (const locale of availableLocales()) {
            expect(MEASURES[languageOf(locale)], `LANGUAGE.md gives no readability measure for locale ${locale}`).toBeDefined();
        }
    });

    for (const locale of availableLocales()) {
        test(`${locale}: the contracts use every message of the locale`, () => {
            expect(messageKeys().filter(key => !used.get(locale)!.has(key))).toEqual([]);
        });

        test(`${locale}: the fixed sentences, taken together, read easily`, () => {
            const measure = MEASURES[languageOf(locale)];
            const distinct = new Map<string, Scored>();
            for (const agreement of agreements.get(locale)!) {
                for (const piece of pieces(agreement)) {
                    for (const sentence of measure.sentences(piece)) {
                        distinct.set(sentence.text, sentence);
                    }
                }
            }
            const sentences = [...distinct.values()];
            const words = sentences.reduce((sum, s) => sum + s.words, 0);
            const syllables = sentences.reduce((sum, s) => sum + s.syllables, 0);
            const score = measure.overall(words, sentences.length, syllables);
            // The hardest sentences worth rewriting: a single long word ("Signatures") scores badly on its own.
            const hardest = sentences.filter(s => s.words >= 5).sort(measure.harder).slice(0, 8).map(s => `  ${s.score.toFixed(1)}  ${s.text}`).join('\n');
            console.log(`${locale}: ${measure.name} = ${score.toFixed(2)} over ${sentences.length} sentences, ${words} words`);
            expect(sentences.length).toBeGreaterThan(100);
            expect(measure.passes(score), `${locale}: ${measure.name} is ${score.toFixed(2)}; the hardest fixed sentences:\n${hardest}`).toBe(true);
        });
    }

    test('no colon between a preposition and its object ("get in touch with: …")', () => {
        const prepositions: Record<string, RegExp> = {
            en: /\b(with|to|for|of|in|at|by|from|about|into)\s*:/i,
            es: /\b(con|para|de|a|en|por|sobre|hasta|desde)\s*:/i
        };
        for (const locale of availableLocales()) {
            const pattern = prepositions[languageOf(locale)];
            const found = agreements.get(locale)!.flatMap(agreement => pieces(agreement, true)).filter(text => pattern.test(text));
            expect(found, locale).toEqual([]);
        }
    });

    test('Spanish: usted with "van", neutral in gender (no fixed "juntos", "todos", "el cliente"), the subjunctive after a future "cuando"', () => {
        for (const locale of availableLocales().filter(code => languageOf(code) === 'es')) {
            const text = agreements.get(locale)!.flatMap(agreement => pieces(agreement)).join('\n');
            expect(text).not.toMatch(/\b(junt[oa]s|todos(?! los días)|el cliente|la cliente|los clientes|nosotros|ellos|todos los profesionales)\b/i);
            expect(text).not.toMatch(/\busted(es)? y [^.\n]*\bvamos\b/);
            expect(text).toContain('Cuando cumplamos nuestros objetivos.');
            expect(text).toMatch(/Cuando se acabe el plazo, el \d+ de \w+ de \d{4}\./);
            expect(text).toContain('Cuando usted decida dejarlo.');
            expect(text).toContain('10 sesiones en total');
            expect(text).toContain('Versión 3');
            expect(text).toContain('maltrato o negligencia');
            expect(text).toContain('una persona adulta vulnerable');
        }
    });

    test('no jargon in the fixed text', () => {
        const jargon: Record<string, RegExp> = {
            en: /\b(subpoena|release|clinical|vulnerable adult|confidentiality)\b/i,
            es: /\b(citación|cl[ií]nic\w*|adulto vulnerable)\b/i
        };
        for (const locale of availableLocales()) {
            const pattern = jargon[languageOf(locale)];
            const found = agreements.get(locale)!.flatMap(pieces).filter(text => pattern?.test(text));
            expect(found, locale).toEqual([]);
        }
    });
});
