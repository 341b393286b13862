/**
 * Builds the effective contract (./effective-contract.ts) from the AST:
 * - a contract, merged with the template it is `from` (sections allowed once in the contract
 *   replace the template's; parties, goals, tasks and revisions add to them);
 * - or a template and a row of data (batch generation), where the row binds the parameters.
 */
import type { AstNode, CstNode, Reference } from 'langium';
import { AstUtils } from 'langium';
import type {
    Agency, AgencyDetailKind, Boundaries, Confidentiality, Consent, ContactBy, Contract, DateValue, Duration, Goal, Locale, Member,
    NumberValue, Param, Parties, Party, Purpose, Revision, Sign, Task, Template, Termination, Value
} from '../generated/ast.js';
import { isDateLiteral, isNumberLiteral, isTextValue } from '../generated/ast.js';
import type { Agreement } from '../ast-utils.js';
import { getAgreement } from '../ast-utils.js';
import { findKeywordNode, findPropertyNode } from '../cst-utils.js';
import { isValidIsoDate, isValidTime, periodEnd } from './calendar.js';
import type {
    EffectiveAgency, EffectiveConsent, EffectiveContract, EffectiveDate, EffectiveDuration, EffectiveNumber, EffectiveParam, EffectiveParty,
    EffectiveReference, EffectiveText, EffectiveTime, SourceLocation, ValueSource
} from './effective-contract.js';
import { DEFAULT_LOCALE, isRelease } from './effective-contract.js';
import { fillPlaceholders, findPlaceholders } from './placeholders.js';

/** A parameter value from outside the text (a row of data), already parsed to its type. */
export interface ExternalValue {
    readonly value: string | number;
    readonly source: ValueSource;
}

export function buildEffectiveContract(contract: Contract): EffectiveContract {
    return new EffectiveContractBuilder(contract, contract.template?.ref, new Map()).build();
}

/** The effective contract of one row of data: a template with parameters bound by name. */
export function buildEffectiveContractFromRow(template: Template, values: ReadonlyMap<string, ExternalValue>, name?: string): EffectiveContract {
    return new EffectiveContractBuilder(undefined, template, values, name).build();
}

function findMember<T extends Member>(agreement: Contract | Template | undefined, type: T['$type']): T | undefined {
    if (agreement) {
        for (const member of agreement.members) {
            if (member.$type === type) {
                return member as T;
            }
        }
    }
    return undefined;
}

function filterMembers<T extends Member>(agreement: Contract | Template | undefined, type: T['$type']): T[] {
    const found: T[] = [];
    if (agreement) {
        for (const member of agreement.members) {
            if (member.$type === type) {
                found.push(member as T);
            }
        }
    }
    return found;
}

const EMPTY_RANGE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

class EffectiveContractBuilder {
    private readonly params = new Map<string, EffectiveParam>();

    constructor(
        private readonly contract: Contract | undefined,
        private readonly template: Template | undefined,
        private readonly externalValues: ReadonlyMap<string, ExternalValue>,
        private readonly rowName?: string
    ) { }

    build(): EffectiveContract {
        const { contract, template } = this;
        this.bindParams();
        const main: Agreement = (contract ?? template)!;
        const sections = <T extends Member>(type: T['$type']): T | undefined =>
            (findMember<T>(contract, type) ?? findMember<T>(template, type));
        const all = <T extends Member>(type: T['$type']): T[] => [...filterMembers<T>(template, type), ...filterMembers<T>(contract, type)];

        const agency = sections<Agency>('Agency');
        const locale = sections<Locale>('Locale');
        const purpose = sections<Purpose>('Purpose');
        const duration = sections<Duration>('Duration');
        const contactBy = sections<ContactBy>('ContactBy');
        const consent = sections<Consent>('Consent');
        const confidentiality = sections<Confidentiality>('Confidentiality');
        const boundaries = sections<Boundaries>('Boundaries');
        const termination = sections<Termination>('Termination');
        const sign = sections<Sign>('Sign');

        return {
            name: contract?.name ?? this.rowName ?? template?.name ?? '',
            title: this.optionalText(contract?.title !== undefined ? contract : template, 'title'),
            uri: this.uriOf(main),
            location: this.location(main, 'name'),
            template: template ? {
                name: template.name,
                uri: this.uriOf(template),
                location: this.location(template, 'name'),
                fromLocation: contract?.template ? this.location(contract, 'template') : undefined
            } : undefined,
            params: [...this.params.values()],
            agency: this.agency(agency),
            locale: this.locale(locale),
            purpose: purpose && typeof purpose.text === 'string' ? this.text(purpose, 'text', purpose.text) : undefined,
            parties: all<Parties>('Parties').flatMap(parties => parties.parties.map(party => this.party(party))),
            duration: duration ? this.duration(duration) : undefined,
            contactBy: contactBy ? {
                channels: contactBy.channels.map(channel => ({
                    keyword: channel.keyword,
                    text: this.optionalText(channel, 'text'),
                    location: this.location(channel)
                })),
                location: this.location(contactBy, undefined, undefined, 'contact-by')
            } : undefined,
            goals: all<Goal>('Goal').map(goal => this.goal(goal)),
            tasks: all<Task>('Task').map(task => this.task(task)),
            confidentiality: confidentiality ? this.confidentiality(confidentiality) : undefined,
            boundaries: boundaries ? this.boundaries(boundaries) : undefined,
            consent: consent ? this.consent(consent) : undefined,
            termination: termination ? this.termination(termination) : undefined,
            revisions: all<Revision>('Revision').map(revision => this.revision(revision)),
            sign: sign ? this.sign(sign) : undefined
        };
    }

    // --- parameters -------------------------------------------------------------------------

    private bindParams(): void {
        const template = this.template;
        if (!template) {
            return;
        }
        const bindings = new Map<string, { value: Value; node: AstNode }>();
        for (const binding of this.contract?.bindings ?? []) {
            const name = binding.param?.ref?.name;
            if (name && binding.value && !bindings.has(name)) {
                bindings.set(name, { value: binding.value, node: binding.value });
            }
        }
        for (const param of template.params) {
            if (!param.name || this.params.has(param.name)) {
                continue;
            }
            const bound = bindings.get(param.name);
            const external = this.externalValues.get(param.name);
            let value: string | number | undefined;
            let source: ValueSource | undefined;
            if (bound) {
                value = literalOfType(bound.value, param.type);
                source = { kind: 'binding', uri: this.uriOf(bound.node), range: this.rangeOf(bound.node.$cstNode) };
            } else if (external) {
                value = external.value;
                source = external.source;
            } else if (param.default) {
                value = literalOfType(param.default, param.type);
                source = { kind: 'default', uri: this.uriOf(param), range: this.rangeOf(param.default.$cstNode) };
            }
            this.params.set(param.name, {
                name: param.name,
                type: param.type,
                description: param.description,
                value,
                source,
                location: this.location(param, 'name')
            });
        }
    }

    private paramValue(reference: Reference<Param> | undefined, type: Param['type']): { name?: string; value?: string | number } {
        const param = reference?.ref;
        const name = param?.name ?? reference?.$refText;
        if (!param || param.type !== type) {
            return { name };
        }
        return { name, value: this.params.get(param.name)?.value };
    }

    private placeholderValue = (name: string): string | undefined => {
        const value = this.params.get(name)?.value;
        return value === undefined ? undefined : String(value);
    };

    // --- values -----------------------------------------------------------------------------

    private text(node: AstNode, property: string, raw: string): EffectiveText {
        const params = findPlaceholders(raw).map(placeholder => placeholder.name);
        return {
            text: params.length > 0 ? fillPlaceholders(raw, this.placeholderValue) : raw,
            raw,
            params,
            location: this.location(node, property)
        };
    }

    private optionalText(node: AstNode | undefined, property: string): EffectiveText | undefined {
        const raw = node ? (node as unknown as Record<string, unknown>)[property] : undefined;
        return node && typeof raw === 'string' ? this.text(node, property, raw) : undefined;
    }

    private date(value: DateValue): EffectiveDate {
        const location = this.location(value);
        if (value.date !== undefined) {
            return { date: isValidIsoDate(value.date) ? value.date : undefined, location };
        }
        const { name, value: date } = this.paramValue(value.param, 'date');
        return { date: typeof date === 'string' && isValidIsoDate(date) ? date : undefined, param: name, location };
    }

    private time(written: string, location: SourceLocation): EffectiveTime {
        return { time: isValidTime(written) ? written : undefined, written, location };
    }

    private number(value: NumberValue): EffectiveNumber {
        const location = this.location(value);
        if (value.number !== undefined) {
            return { value: value.number, location };
        }
        const { name, value: number } = this.paramValue(value.param, 'number');
        return { value: typeof number === 'number' ? number : undefined, param: name, location };
    }

    private reference(reference: Reference<Party | Goal>, container: AstNode, property: string, index: number): EffectiveReference | undefined {
        const target = reference.ref;
        if (!target) {
            return undefined;
        }
        return { name: target.name, location: this.location(container, property, index) };
    }

    private references(container: AstNode, property: string, references: ReadonlyArray<Reference<Party | Goal>>): EffectiveReference[] {
        const result: EffectiveReference[] = [];
        references.forEach((reference, index) => {
            const resolved = this.reference(reference, container, property, index);
            if (resolved) {
                result.push(resolved);
            }
        });
        return result;
    }

    // --- members ----------------------------------------------------------------------------

    private agency(agency: Agency | undefined): EffectiveAgency | undefined {
        if (!agency || typeof agency.name !== 'string') {
            return undefined;
        }
        const details: Partial<Record<AgencyDetailKind, EffectiveText>> = {};
        for (const detail of agency.details) {
            if (detail.kind && typeof detail.text === 'string' && !details[detail.kind]) {
                details[detail.kind] = this.text(detail, 'text', detail.text);
            }
        }
        return { name: this.text(agency, 'name', agency.name), details, location: this.location(agency, undefined, undefined, 'agency') };
    }

    private consent(consent: Consent): EffectiveConsent {
        const result: { -readonly [K in keyof EffectiveConsent]: EffectiveConsent[K] } = {
            location: this.location(consent, undefined, undefined, 'consent')
        };
        for (const item of consent.items) {
            const text = this.optionalText(item, 'text');
            switch (item.kind) {
                case 'benefits':
                case 'risks':
                case 'alternatives':
                    result[item.kind] ??= text;
                    break;
                case 'mandated-by':
                    result.mandatedBy ??= text;
                    break;
                case 'cost':
                    result.cost ??= { free: item.free, text: item.free ? undefined : text, location: this.location(item) };
                    break;
                case 'paid-by':
                    if (text) {
                        result.paidBy ??= { payer: text, requires: this.optionalText(item, 'requires'), location: this.location(item) };
                    }
                    break;
            }
        }
        return result;
    }

    private locale(locale: Locale | undefined): EffectiveContract['locale'] {
        if (!locale || !locale.code) {
            return { code: DEFAULT_LOCALE };
        }
        return { code: locale.code, location: this.location(locale, 'code') };
    }

    private party(party: Party): EffectiveParty {
        return {
            name: party.name,
            kind: party.kind,
            fullName: this.text(party, 'fullName', party.fullName ?? ''),
            title: this.optionalText(party, 'title'),
            contact: this.optionalText(party, 'contact'),
            speaks: this.optionalText(party, 'speaks'),
            location: this.location(party, 'name')
        };
    }

    private duration(duration: Duration): EffectiveDuration | undefined {
        const period = duration.period;
        const start: EffectiveDate = period?.start ? this.date(period.start) : { location: this.location(duration) };
        let end: EffectiveDate;
        let length: EffectiveDuration['length'];
        if (period?.end) {
            end = this.date(period.end);
        } else if (period?.length && period.unit) {
            const count = this.number(period.length);
            length = { count, unit: period.unit };
            const worked = start.date !== undefined && count.value !== undefined ? periodEnd(start.date, count.value, period.unit) : undefined;
            end = { date: worked, param: count.param, location: this.location(period, 'unit') };
        } else {
            end = { location: this.location(duration) };
        }
        const meeting = duration.meeting;
        return {
            start,
            end,
            length,
            meeting: meeting ? {
                frequency: {
                    keyword: meeting.frequency?.keyword,
                    text: meeting.frequency?.text !== undefined ? this.text(meeting.frequency, 'text', meeting.frequency.text) : undefined,
                    location: this.location(meeting, 'frequency')
                },
                days: [...meeting.days],
                time: meeting.time !== undefined ? this.time(meeting.time, this.location(meeting, 'time')) : undefined,
                minutes: meeting.minutes !== undefined ? { value: meeting.minutes, location: this.location(meeting, 'minutes') } : undefined,
                sessions: meeting.sessions ? this.number(meeting.sessions) : undefined,
                location: this.location(meeting)
            } : undefined,
            place: duration.place ? this.text(duration.place, 'text', duration.place.text) : undefined,
            reviews: duration.reviews.map(review => ({
                every: review.every && review.unit ? { count: this.number(review.every), unit: review.unit } : undefined,
                on: review.date ? this.date(review.date) : undefined,
                location: this.location(review)
            })),
            location: this.location(duration, undefined, undefined, 'duration')
        };
    }

    private goal(goal: Goal): EffectiveContract['goals'][number] {
        return {
            name: goal.name,
            title: this.text(goal, 'title', goal.title ?? ''),
            measure: this.optionalText(goal, 'measure'),
            by: goal.by ? this.date(goal.by) : undefined,
            location: this.location(goal, 'name')
        };
    }

    private task(task: Task): EffectiveContract['tasks'][number] {
        return {
            name: task.name,
            title: this.text(task, 'title', task.title ?? ''),
            owners: this.references(task, 'owners', task.owners),
            goals: this.references(task, 'goals', task.goals),
            due: task.due ? this.date(task.due) : undefined,
            location: this.location(task, 'name')
        };
    }

    private confidentiality(section: Confidentiality): NonNullable<EffectiveContract['confidentiality']> {
        return {
            shares: section.shares.map(share => ({
                information: this.text(share, 'information', share.information ?? ''),
                with: {
                    party: share.party ? this.reference(share.party, share, 'party', 0) : undefined,
                    recipient: this.optionalText(share, 'recipient')
                },
                purpose: this.optionalText(share, 'purpose'),
                until: share.until ? this.date(share.until) : undefined,
                release: isRelease({ recipient: share.recipient, partyKind: share.party?.ref?.kind }),
                location: this.location(share, undefined, undefined, 'share')
            })),
            limits: section.limits.map(limit => ({
                keyword: limit.keyword,
                text: this.optionalText(limit, 'text'),
                location: this.location(limit)
            })),
            location: this.location(section, undefined, undefined, 'confidentiality')
        };
    }

    private boundaries(section: Boundaries): NonNullable<EffectiveContract['boundaries']> {
        return {
            items: section.items.map(item => this.text(item, 'text', item.text ?? '')),
            location: this.location(section, undefined, undefined, 'boundaries')
        };
    }

    private termination(section: Termination): NonNullable<EffectiveContract['termination']> {
        return {
            conditions: section.conditions.map(condition => ({
                keyword: condition.keyword,
                text: this.optionalText(condition, 'text'),
                location: this.location(condition)
            })),
            notice: section.notice && section.unit
                ? { count: this.number(section.notice), unit: section.unit, location: this.location(section, undefined, undefined, 'notice') }
                : undefined,
            referral: this.optionalText(section, 'referral'),
            location: this.location(section, undefined, undefined, 'termination')
        };
    }

    private revision(revision: Revision): EffectiveContract['revisions'][number] {
        return {
            number: revision.number,
            date: revision.date ? this.date(revision.date) : { location: this.location(revision) },
            description: this.text(revision, 'description', revision.description ?? ''),
            location: this.location(revision, 'number')
        };
    }

    private sign(sign: Sign): NonNullable<EffectiveContract['sign']> {
        return {
            signers: this.references(sign, 'signers', sign.signers),
            location: this.location(sign, undefined, undefined, 'sign')
        };
    }

    // --- locations --------------------------------------------------------------------------

    private readonly bases = new Map<AstNode, { uri: string; origin: SourceLocation['origin'] }>();

    private uriOf(node: AstNode): string {
        return this.baseOf(node).uri;
    }

    /** The document and origin of the agreement a node belongs to (computed once per agreement). */
    private baseOf(node: AstNode): { uri: string; origin: SourceLocation['origin'] } {
        const agreement: AstNode = getAgreement(node) ?? AstUtils.findRootNode(node);
        let base = this.bases.get(agreement);
        if (!base) {
            base = {
                uri: AstUtils.getDocument(agreement).uri.toString(),
                origin: this.contract && agreement === this.contract ? 'contract' : 'template'
            };
            this.bases.set(agreement, base);
        }
        return base;
    }

    /** The location of a node, of one of its properties, or of one of its keywords (its range worked out when first read). */
    private location(node: AstNode, property?: string, index?: number, keyword?: string): SourceLocation {
        const { uri, origin } = this.baseOf(node);
        return new LazySourceLocation(uri, origin, node, property, index, keyword);
    }

    private rangeOf(cst: CstNode | undefined): SourceLocation['range'] {
        return cst ? cst.range : EMPTY_RANGE;
    }
}

/**
 * A source location whose range is worked out when first read: most locations are never read
 * (only those of a problem are). Serialises to plain data (`uri`, `range`, `origin`).
 */
class LazySourceLocation implements SourceLocation {
    private resolved: SourceLocation['range'] | undefined;

    constructor(
        readonly uri: string,
        readonly origin: SourceLocation['origin'],
        private readonly node: AstNode,
        private readonly property: string | undefined,
        private readonly index: number | undefined,
        private readonly keyword: string | undefined
    ) { }

    get range(): SourceLocation['range'] {
        if (!this.resolved) {
            let cst: CstNode | undefined;
            if (this.property) {
                cst = findPropertyNode(this.node.$cstNode, this.property, this.index);
            } else if (this.keyword) {
                cst = findKeywordNode(this.node.$cstNode, this.keyword);
            }
            cst ??= this.node.$cstNode;
            this.resolved = cst ? cst.range : EMPTY_RANGE;
        }
        return this.resolved;
    }

    toJSON(): SourceLocation {
        return { uri: this.uri, range: this.range, origin: this.origin };
    }
}

function literalOfType(value: Value, type: Param['type']): string | number | undefined {
    switch (type) {
        case 'text':
            return isTextValue(value) ? value.text : undefined;
        case 'date':
            return isDateLiteral(value) && isValidIsoDate(value.date) ? value.date : undefined;
        case 'number':
            return isNumberLiteral(value) ? value.number : undefined;
    }
}
