/**
 * The effective contract: a contract merged with its template, bindings applied, placeholders
 * filled and the period's end worked out (LANGUAGE.md, "Templates"). Plain data (JSON-safe):
 * the completeness and date rules, the renderer and batch generation all read this model.
 *
 * Every item carries a `location`: the file and range it was written at and whether that is in
 * the contract or in its template, so that a problem can point at its cause.
 */
import type { Range } from 'vscode-languageserver-types';
import type {
    AgencyDetailKind, ChannelKeyword, ConditionKeyword, FrequencyKeyword, LimitKeyword, ParamType, PartyKind, Weekday
} from '../generated/ast.js';
import type { PeriodUnit } from './calendar.js';

export type { AgencyDetailKind, ChannelKeyword, ConditionKeyword, FrequencyKeyword, LimitKeyword, ParamType, PartyKind, PeriodUnit, Range, Weekday };

/** Where an item of the effective contract was written. */
export interface SourceLocation {
    /** The document's URI. */
    readonly uri: string;
    /** 0-based, as in LSP. */
    readonly range: Range;
    /** Written in the contract itself, or in the template it is `from`. */
    readonly origin: 'contract' | 'template';
}

/** Where a parameter's value came from. */
export type ValueSource =
    | { readonly kind: 'binding'; readonly uri: string; readonly range: Range }
    | { readonly kind: 'row'; readonly row: number; readonly column: string; readonly line?: number }
    | { readonly kind: 'default'; readonly uri: string; readonly range: Range };

export interface EffectiveParam {
    readonly name: string;
    readonly type: ParamType;
    readonly description?: string;
    /** The value, when bound or defaulted and of the right type: text, ISO date or number. */
    readonly value?: string | number;
    readonly source?: ValueSource;
    readonly location: SourceLocation;
}

/** A user-written string. */
export interface EffectiveText {
    /** The text with `{{placeholders}}` filled (dates as YYYY-MM-DD); unbound ones stay as written. */
    readonly text: string;
    /** The string as written (escapes resolved, placeholders kept). */
    readonly raw: string;
    /** Parameters named by placeholders in the string, in order. */
    readonly params: readonly string[];
    readonly location: SourceLocation;
}

export interface EffectiveDate {
    /** The date (YYYY-MM-DD) when it is known and exists. */
    readonly date?: string;
    /** The parameter it stands for, if it is one. */
    readonly param?: string;
    readonly location: SourceLocation;
}

export interface EffectiveNumber {
    readonly value?: number;
    readonly param?: string;
    readonly location: SourceLocation;
}

export interface EffectiveParty {
    readonly name: string;
    readonly kind: PartyKind;
    readonly fullName: EffectiveText;
    readonly title?: EffectiveText;
    readonly contact?: EffectiveText;
    readonly speaks?: EffectiveText;
    readonly location: SourceLocation;
}

export interface EffectiveReference {
    /** The name of the party or goal referred to. */
    readonly name: string;
    readonly location: SourceLocation;
}

/** A time of day as written (`HH:MM`, 24-hour). */
export interface EffectiveTime {
    /** The time as written, when it exists (00:00 to 23:59). */
    readonly time?: string;
    readonly written: string;
    readonly location: SourceLocation;
}

export interface EffectiveMeeting {
    readonly frequency: { readonly keyword?: FrequencyKeyword; readonly text?: EffectiveText; readonly location: SourceLocation };
    /** (0.2) The days of the week after `on`, as written (a day may repeat). */
    readonly days: readonly Weekday[];
    /** (0.2) The start time of each meeting. */
    readonly time?: EffectiveTime;
    /** (0.2) The length of each meeting in minutes (`for N minutes`). */
    readonly minutes?: EffectiveNumber;
    readonly sessions?: EffectiveNumber;
    readonly location: SourceLocation;
}

export interface EffectiveDuration {
    readonly start: EffectiveDate;
    /** The end: as written (`to`), or worked out from `for N unit`. */
    readonly end: EffectiveDate;
    readonly length?: { readonly count: EffectiveNumber; readonly unit: PeriodUnit };
    readonly meeting?: EffectiveMeeting;
    readonly place?: EffectiveText;
    readonly reviews: ReadonlyArray<{
        readonly every?: { readonly count: EffectiveNumber; readonly unit: PeriodUnit };
        readonly on?: EffectiveDate;
        readonly location: SourceLocation;
    }>;
    readonly location: SourceLocation;
}

export interface EffectiveGoal {
    readonly name: string;
    readonly title: EffectiveText;
    readonly measure?: EffectiveText;
    readonly by?: EffectiveDate;
    readonly location: SourceLocation;
}

export interface EffectiveTask {
    readonly name: string;
    readonly title: EffectiveText;
    readonly owners: readonly EffectiveReference[];
    readonly goals: readonly EffectiveReference[];
    readonly due?: EffectiveDate;
    readonly location: SourceLocation;
}

export interface EffectiveShare {
    readonly information: EffectiveText;
    /** A party of the contract, or a named recipient outside it. */
    readonly with: { readonly party?: EffectiveReference; readonly recipient?: EffectiveText };
    readonly purpose?: EffectiveText;
    readonly until?: EffectiveDate;
    /** (0.2) A release of information: shared outside the agency's team (see `isRelease`). */
    readonly release: boolean;
    readonly location: SourceLocation;
}

export interface EffectiveLimit {
    readonly keyword?: LimitKeyword;
    readonly text?: EffectiveText;
    readonly location: SourceLocation;
}

export interface EffectiveCondition {
    readonly keyword?: ConditionKeyword;
    readonly text?: EffectiveText;
    readonly location: SourceLocation;
}

/** (0.2) The agency and how to reach it. */
export interface EffectiveAgency {
    readonly name: EffectiveText;
    /** Each detail line by kind (the first, when a kind is written twice). */
    readonly details: Readonly<Partial<Record<AgencyDetailKind, EffectiveText>>>;
    /** The `agency` line. */
    readonly location: SourceLocation;
}

/** (0.2) A way the worker may get in touch (`contact-by`). */
export interface EffectiveChannel {
    readonly keyword?: ChannelKeyword;
    readonly text?: EffectiveText;
    readonly location: SourceLocation;
}

/** (0.2) What the client consents to: the `consent` section. Each line the first of its kind. */
export interface EffectiveConsent {
    readonly benefits?: EffectiveText;
    readonly risks?: EffectiveText;
    readonly alternatives?: EffectiveText;
    /** `cost free`, or what the client pays. */
    readonly cost?: { readonly free: boolean; readonly text?: EffectiveText; readonly location: SourceLocation };
    readonly paidBy?: { readonly payer: EffectiveText; readonly requires?: EffectiveText; readonly location: SourceLocation };
    readonly mandatedBy?: EffectiveText;
    /** The `consent` keyword. */
    readonly location: SourceLocation;
}

export interface EffectiveRevision {
    readonly number: number;
    readonly date: EffectiveDate;
    readonly description: EffectiveText;
    readonly location: SourceLocation;
}

export interface EffectiveContract {
    readonly name: string;
    readonly title?: EffectiveText;
    /** The document the contract is in. */
    readonly uri: string;
    /** The contract's name (for a row of data: the template's name). */
    readonly location: SourceLocation;
    readonly template?: {
        readonly name: string;
        readonly uri: string;
        /** The template's name, in the template's file. */
        readonly location: SourceLocation;
        /** The `from` reference in the contract, when there is a contract text. */
        readonly fromLocation?: SourceLocation;
    };
    readonly params: readonly EffectiveParam[];
    readonly agency?: EffectiveAgency;
    readonly locale: { readonly code: string; readonly location?: SourceLocation };
    /** (0.2) Why we work together. */
    readonly purpose?: EffectiveText;
    readonly parties: readonly EffectiveParty[];
    readonly duration?: EffectiveDuration;
    /** (0.2) How the worker may get in touch. */
    readonly contactBy?: { readonly channels: readonly EffectiveChannel[]; readonly location: SourceLocation };
    readonly goals: readonly EffectiveGoal[];
    readonly tasks: readonly EffectiveTask[];
    readonly confidentiality?: {
        readonly shares: readonly EffectiveShare[];
        readonly limits: readonly EffectiveLimit[];
        readonly location: SourceLocation;
    };
    readonly boundaries?: { readonly items: readonly EffectiveText[]; readonly location: SourceLocation };
    /** (0.2) */
    readonly consent?: EffectiveConsent;
    readonly termination?: {
        readonly conditions: readonly EffectiveCondition[];
        /** (0.2) How long before the agency ends the work early it tells the client. */
        readonly notice?: { readonly count: EffectiveNumber; readonly unit: PeriodUnit; readonly location: SourceLocation };
        readonly referral?: EffectiveText;
        readonly location: SourceLocation;
    };
    readonly revisions: readonly EffectiveRevision[];
    readonly sign?: { readonly signers: readonly EffectiveReference[]; readonly location: SourceLocation };
}

export { DEFAULT_LOCALE } from './default-locale.js';

/** The party kinds of the agency's own team: a share with one of them is not a release (LANGUAGE.md, 0.2). */
export const TEAM_KINDS: ReadonlySet<PartyKind> = new Set<PartyKind>(['worker', 'supervisor', 'interpreter']);

/**
 * The one rule of what a release of information is (LANGUAGE.md, 0.2): a share with a STRING
 * recipient (`recipient` given), or with a `client`, `guardian` or `party` party (`partyKind`).
 * A share with the agency's team is not; nor is one whose `with` names nothing (no recipient, no
 * kind). The validator asks it of the text, the effective contract builder of each share.
 */
export function isRelease(recipient: { readonly recipient?: string; readonly partyKind?: PartyKind }): boolean {
    if (recipient.recipient !== undefined) {
        return true;
    }
    return recipient.partyKind !== undefined && !TEAM_KINDS.has(recipient.partyKind);
}
