/**
 * How the agreement speaks to the client: `judgmental-language` in every user-written string,
 * and `reading-level` in the prose (goals, tasks, measures, shares, boundaries, conditions,
 * referrals, `purpose` and `consent` lines) of `en` contracts (Flesch–Kincaid grade) and `es`
 * contracts (INFLESZ).
 */
import type { ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import { isContract, isLocale } from '../generated/ast.js';
import type { Agreement } from '../ast-utils.js';
import { DEFAULT_LOCALE } from '../model/effective-contract.js';
import type { TandemSettings, TandemSettingsProvider } from '../settings.js';
import { JudgmentalTermMatcher, judgmentalMessage } from './wording/judgmental-terms.js';
import { findHardSentences } from './wording/reading-level.js';
import { findHardSpanishSentences } from './wording/inflesz.js';
import { report } from './report.js';
import { rangeInString, userStrings } from './user-strings.js';

/** The locale an agreement's text is written in: its own, else its template's, else `en`. */
export function localeOfAgreement(agreement: Agreement): string {
    const own = agreement.members.find(isLocale)?.code;
    if (own) {
        return own;
    }
    const template = isContract(agreement) ? agreement.template?.ref : undefined;
    return template?.members.find(isLocale)?.code ?? DEFAULT_LOCALE;
}

/** How many distinct strings the wording caches keep before they start again. */
const CACHE_LIMIT = 50_000;

/**
 * A bounded memo of results per distinct string: agreements repeat their standard wording
 * (templates, an agency's usual sentences), and each string is checked on every edit.
 */
class TextCache<T> {
    private readonly entries = new Map<string, T>();

    get(text: string, compute: (text: string) => T): T {
        let value = this.entries.get(text);
        if (value === undefined) {
            if (this.entries.size >= CACHE_LIMIT) {
                this.entries.clear();
            }
            value = compute(text);
            this.entries.set(text, value);
        }
        return value;
    }
}

export class WordingValidator {
    private matcher: JudgmentalTermMatcher | undefined;
    private matcherSettings: TandemSettings | undefined;
    private judgmentalCache = new TextCache<ReturnType<JudgmentalTermMatcher['find']>>();
    private readingCache = new TextCache<ReturnType<typeof findHardSentences>>();
    private readingGrade: number | undefined;
    private spanishCache = new TextCache<ReturnType<typeof findHardSpanishSentences>>();
    private minimumInflesz: number | undefined;

    constructor(private readonly settingsProvider: TandemSettingsProvider) { }

    checkWording(agreement: Agreement, accept: ValidationAcceptor): void {
        const settings = this.settingsProvider.settings;
        const matcher = settings.judgmentalLanguage.enabled ? this.getMatcher(settings) : undefined;
        const locale = localeOfAgreement(agreement);
        const { targetGrade, minimumInflesz } = settings.readingLevel;
        const document = AstUtils.getDocument(agreement);
        for (const userString of userStrings(agreement)) {
            if (matcher) {
                for (const match of this.judgmentalCache.get(userString.value, text => matcher.find(text))) {
                    report(accept, 'judgmental-language', judgmentalMessage(match), {
                        node: userString.node,
                        range: rangeInString(document, userString, match.offset, match.length),
                        data: { replacement: match.entry.suggestion, term: match.text }
                    });
                }
            }
            if (locale === 'es' && userString.prose) {
                for (const sentence of this.hardSpanishSentences(userString.value, minimumInflesz)) {
                    report(accept, 'reading-level', `This sentence scores about ${sentence.inflesz.toFixed(1)} on the INFLESZ scale, below the target of ${minimumInflesz}: `
                        + 'use shorter words and shorter sentences so that the client can follow it.', {
                        node: userString.node,
                        range: rangeInString(document, userString, sentence.offset, sentence.length),
                        data: { inflesz: Math.round(sentence.inflesz * 10) / 10 }
                    });
                }
            }
            if (locale === 'en' && userString.prose) {
                for (const sentence of this.hardSentences(userString.value, targetGrade)) {
                    report(accept, 'reading-level', `This sentence reads at about grade ${sentence.grade.toFixed(1)}, above the target of grade ${targetGrade}: `
                        + 'use shorter words and shorter sentences so that the client can follow it.', {
                        node: userString.node,
                        range: rangeInString(document, userString, sentence.offset, sentence.length),
                        data: { grade: Math.round(sentence.grade * 10) / 10 }
                    });
                }
            }
        }
    }

    private getMatcher(settings: TandemSettings): JudgmentalTermMatcher {
        if (!this.matcher || this.matcherSettings?.judgmentalLanguage !== settings.judgmentalLanguage) {
            this.matcher = new JudgmentalTermMatcher(undefined, settings.judgmentalLanguage.extraTerms);
            this.matcherSettings = settings;
            this.judgmentalCache = new TextCache();
        }
        return this.matcher;
    }

    private hardSentences(text: string, targetGrade: number): ReturnType<typeof findHardSentences> {
        if (this.readingGrade !== targetGrade) {
            this.readingGrade = targetGrade;
            this.readingCache = new TextCache();
        }
        return this.readingCache.get(text, body => findHardSentences(body, targetGrade));
    }

    private hardSpanishSentences(text: string, minimum: number): ReturnType<typeof findHardSpanishSentences> {
        if (this.minimumInflesz !== minimum) {
            this.minimumInflesz = minimum;
            this.spanishCache = new TextCache();
        }
        return this.spanishCache.get(text, body => findHardSpanishSentences(body, minimum));
    }
}
