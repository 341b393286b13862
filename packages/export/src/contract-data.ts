/**
 * The effective contract as plain, portable data: what `tandem export --format json` writes
 * (with `$schema` and `tandemVersion`), what the FHIR bundle and the iCalendar are made from, and
 * what `tandem diff` compares. Texts are as the client reads them (placeholders filled, runs of
 * whitespace kept as written), dates `YYYY-MM-DD`, times `HH:MM`; no source locations and no file
 * paths, so the same contract gives the same data wherever its file is.
 *
 * The shape is published as a JSON Schema in docs/schema/tandem-contract.schema.json; a test
 * validates every example against it.
 */
import type {
    ChannelKeyword, ConditionKeyword, EffectiveContract, EffectiveText, FrequencyKeyword, LimitKeyword, ParamType, PartyKind, PeriodUnit, Weekday
} from '@tandem/language';

/** The version of the language the data follows. */
export const TANDEM_VERSION = '0.2';

/** The `$id` of the data's JSON Schema (docs/schema/tandem-contract.schema.json), which the export names as its `$schema`. */
export const CONTRACT_SCHEMA_ID = 'urn:tandem:schema:contract:0.2';

export interface ContractData {
    readonly name: string;
    readonly title?: string;
    /** The template the contract is `from`, with the value of each of its parameters. */
    readonly template?: { readonly name: string; readonly params: ReadonlyArray<{ readonly name: string; readonly type: ParamType; readonly value?: string | number }> };
    readonly locale: string;
    readonly agency?: {
        readonly name: string;
        readonly phone?: string;
        readonly address?: string;
        readonly hours?: string;
        readonly crisis?: string;
        readonly complaints?: string;
    };
    readonly purpose?: string;
    readonly parties: ReadonlyArray<{
        readonly name: string;
        readonly kind: PartyKind;
        readonly fullName: string;
        readonly title?: string;
        readonly contact?: string;
        readonly speaks?: string;
    }>;
    readonly period?: {
        readonly start?: string;
        readonly end?: string;
        readonly length?: { readonly count?: number; readonly unit: PeriodUnit };
    };
    readonly meeting?: {
        readonly frequency: FrequencyKeyword | { readonly text: string };
        readonly days: readonly Weekday[];
        readonly time?: string;
        readonly minutes?: number;
        readonly sessions?: number;
        readonly place?: string;
    };
    readonly reviews: ReadonlyArray<{ readonly every?: { readonly count?: number; readonly unit: PeriodUnit }; readonly on?: string }>;
    readonly contactBy: ReadonlyArray<ChannelKeyword | { readonly text: string }>;
    readonly goals: ReadonlyArray<{ readonly name: string; readonly title: string; readonly measure?: string; readonly by?: string }>;
    readonly tasks: ReadonlyArray<{
        readonly name: string;
        readonly title: string;
        readonly owners: readonly string[];
        readonly goals: readonly string[];
        readonly due?: string;
    }>;
    readonly shares: ReadonlyArray<{
        readonly information: string;
        /** A party of the contract (by name), or a recipient outside it. */
        readonly with: { readonly party: string } | { readonly recipient: string };
        readonly purpose?: string;
        readonly until?: string;
        /** A release of information: shared outside the agency's team. */
        readonly release: boolean;
    }>;
    readonly limits: ReadonlyArray<LimitKeyword | { readonly text: string }>;
    readonly boundaries: readonly string[];
    readonly consent?: {
        readonly benefits?: string;
        readonly risks?: string;
        readonly alternatives?: string;
        readonly cost?: 'free' | { readonly text: string };
        readonly paidBy?: { readonly payer: string; readonly requires?: string };
        readonly mandatedBy?: string;
    };
    readonly termination?: {
        readonly conditions: ReadonlyArray<ConditionKeyword | { readonly text: string }>;
        readonly notice?: { readonly count?: number; readonly unit: PeriodUnit };
        readonly referral?: string;
    };
    readonly revisions: ReadonlyArray<{ readonly number: number; readonly date?: string; readonly description: string }>;
    readonly signers: readonly string[];
}

/** The effective contract as plain data (see the file's header). */
export function contractData(contract: EffectiveContract): ContractData {
    const duration = contract.duration;
    const meeting = duration?.meeting;
    const agency = contract.agency;
    const consent = contract.consent;
    const termination = contract.termination;
    return clean({
        name: contract.name,
        title: text(contract.title),
        template: contract.template ? {
            name: contract.template.name,
            params: contract.params.map(param => ({ name: param.name, type: param.type, value: param.value }))
        } : undefined,
        locale: contract.locale.code,
        agency: agency ? {
            name: agency.name.text,
            phone: text(agency.details.phone),
            address: text(agency.details.address),
            hours: text(agency.details.hours),
            crisis: text(agency.details.crisis),
            complaints: text(agency.details.complaints)
        } : undefined,
        purpose: text(contract.purpose),
        parties: contract.parties.map(party => ({
            name: party.name,
            kind: party.kind,
            fullName: party.fullName.text,
            title: text(party.title),
            contact: text(party.contact),
            speaks: text(party.speaks)
        })),
        period: duration ? {
            start: duration.start.date,
            end: duration.end.date,
            length: duration.length ? { count: duration.length.count.value, unit: duration.length.unit } : undefined
        } : undefined,
        meeting: meeting ? {
            frequency: meeting.frequency.keyword ?? { text: meeting.frequency.text?.text ?? '' },
            days: [...meeting.days],
            time: meeting.time?.time,
            minutes: meeting.minutes?.value,
            sessions: meeting.sessions?.value,
            place: text(duration?.place)
        } : undefined,
        reviews: (duration?.reviews ?? []).map(review => ({
            every: review.every ? { count: review.every.count.value, unit: review.every.unit } : undefined,
            on: review.on?.date
        })),
        contactBy: (contract.contactBy?.channels ?? []).map(channel => channel.keyword ?? { text: channel.text?.text ?? '' }),
        goals: contract.goals.map(goal => ({ name: goal.name, title: goal.title.text, measure: text(goal.measure), by: goal.by?.date })),
        tasks: contract.tasks.map(task => ({
            name: task.name,
            title: task.title.text,
            owners: task.owners.map(owner => owner.name),
            goals: task.goals.map(goal => goal.name),
            due: task.due?.date
        })),
        shares: (contract.confidentiality?.shares ?? []).map(share => ({
            information: share.information.text,
            with: share.with.party ? { party: share.with.party.name } : { recipient: share.with.recipient?.text ?? '' },
            purpose: text(share.purpose),
            until: share.until?.date,
            release: share.release
        })),
        limits: (contract.confidentiality?.limits ?? []).map(limit => limit.keyword ?? { text: limit.text?.text ?? '' }),
        boundaries: (contract.boundaries?.items ?? []).map(item => item.text),
        consent: consent ? {
            benefits: text(consent.benefits),
            risks: text(consent.risks),
            alternatives: text(consent.alternatives),
            cost: consent.cost ? (consent.cost.free ? 'free' as const : { text: consent.cost.text?.text ?? '' }) : undefined,
            paidBy: consent.paidBy ? { payer: consent.paidBy.payer.text, requires: text(consent.paidBy.requires) } : undefined,
            mandatedBy: text(consent.mandatedBy)
        } : undefined,
        termination: termination ? {
            conditions: termination.conditions.map(condition => condition.keyword ?? { text: condition.text?.text ?? '' }),
            notice: termination.notice ? { count: termination.notice.count.value, unit: termination.notice.unit } : undefined,
            referral: text(termination.referral)
        } : undefined,
        revisions: contract.revisions.map(revision => ({ number: revision.number, date: revision.date.date, description: revision.description.text })),
        signers: (contract.sign?.signers ?? []).map(signer => signer.name)
    }) as ContractData;
}

/**
 * What the derived ids of a contract's exports (FHIR ids, calendar UIDs) start from: its name,
 * its clients' names and its first day. Two clients' agreements from one template (a batch,
 * where every row's contract has the template's name) never share an id, and one agreement keeps
 * its ids from one revision to the next.
 */
export function contractIdSeed(contract: ContractData): string {
    const clients = contract.parties.filter(party => party.kind === 'client').map(party => party.fullName);
    return [contract.name, ...clients, contract.period?.start ?? ''].join('\u0000');
}

function text(value: EffectiveText | undefined): string | undefined {
    return value?.text;
}

/** A copy without `undefined` properties (so that JSON and comparisons see only what is there), keys in the order written. */
function clean(value: unknown): unknown {
    if (Array.isArray(value)) {
        return value.map(clean);
    }
    if (value !== null && typeof value === 'object') {
        const result: Record<string, unknown> = {};
        for (const [key, inner] of Object.entries(value)) {
            if (inner !== undefined) {
                result[key] = clean(inner);
            }
        }
        return result;
    }
    return value;
}
