/**
 * How the agreement speaks to the client: `judgmental-language` in every user-written string,
 * and `reading-level` in the prose of `en` contracts (goals, tasks, measures, shares,
 * boundaries, conditions, referrals).
 */
import type { ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import { isContract, isLocale } from '../generated/ast.js';
import type { Agreement } from '../ast-utils.js';
import { DEFAULT_LOCALE } from '../model/effective-contract.js';
import type { TandemSettings, TandemSettingsProvider } from '../settings.js';
import { JudgmentalTermMatcher, judgmentalMessage } from './wording/judgmental-terms.js';
import { findHardSentences } from './wording/reading-level.js';
import { report } from './report.js';
import { rangeInString, stringBody, userStrings } from './user-strings.js';

/** The locale an agreement's text is written in: its own, else its template's, else `en`. */
export function localeOfAgreement(agreement: Agreement): string {
    const own = agreement.members.find(isLocale)?.code;
    if (own) {
        return own;
    }
    const template = isContract(agreement) ? agreement.template?.ref : undefined;
    return template?.members.find(isLocale)?.code ?? DEFAULT_LOCALE;
}

export class WordingValidator {
    private matcher: JudgmentalTermMatcher | undefined;
    private matcherSettings: TandemSettings | undefined;

    constructor(private readonly settingsProvider: TandemSettingsProvider) { }

    checkWording(agreement: Agreement, accept: ValidationAcceptor): void {
        const settings = this.settingsProvider.settings;
        const matcher = settings.judgmentalLanguage.enabled ? this.getMatcher(settings) : undefined;
        const checkReading = localeOfAgreement(agreement) === 'en';
        const targetGrade = settings.readingLevel.targetGrade;
        const document = AstUtils.getDocument(agreement);
        for (const userString of userStrings(agreement)) {
            const body = stringBody(userString);
            if (matcher) {
                for (const match of matcher.find(body.text)) {
                    report(accept, 'judgmental-language', judgmentalMessage(match), {
                        node: userString.node,
                        range: rangeInString(document, userString, match.offset, match.length),
                        data: { replacement: match.entry.suggestion, term: match.text }
                    });
                }
            }
            if (checkReading && userString.prose) {
                for (const sentence of findHardSentences(body.text, targetGrade)) {
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
        }
        return this.matcher;
    }
}
