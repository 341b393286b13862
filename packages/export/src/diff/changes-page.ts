/**
 * The "what changed in your agreement" page of `tandem diff` (html, md, txt, pdf, docx): the
 * changes of ./contract-diff.ts as an agreement model (@tandem/render's `Agreement`), so the
 * renderer's writers lay it out like the agreement itself. Written in the new version's locale,
 * to the client: items named as the client knows them (a goal by its wording, a party by their
 * name, a limit by its sentence), dates in the locale's words, then a signature line for each
 * client (or guardian) who signs, to accept the changes.
 */
import type { Agreement, AgreementBlock, AgreementListItem, AgreementSection, AgreementSigner, LocaleMessages } from '@tandem/render';
import type { ContractData } from '../contract-data.js';
import type { ContractChange, ContractDiff, DiffSection, DiffValue } from './contract-diff.js';

const SECTIONS: readonly DiffSection[] = [
    'agency', 'purpose', 'parties', 'period', 'meetings', 'contact', 'goals', 'tasks', 'shares', 'limits', 'boundaries', 'consent', 'termination', 'signers'
];
/** Sections whose items are lines named by their keyword (a consent line, the notice). */
const LINE_SECTIONS: ReadonlySet<DiffSection> = new Set(['consent', 'termination']);
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

export function buildChangesAgreement(diff: ContractDiff, before: ContractData, after: ContractData, messages: LocaleMessages): Agreement {
    const words = new ChangeWords(before, after, messages);
    const sections: AgreementSection[] = [];
    for (const section of SECTIONS) {
        const changes = diff.changes.filter(change => change.section === section);
        if (changes.length > 0) {
            sections.push({
                id: `changes-${section}`,
                heading: messages.format(`diff.section.${section}`),
                blocks: [{ kind: 'list', ordered: false, items: changes.map(change => item(words.sentence(change))) }]
            });
        }
    }
    const blocks: AgreementBlock[] = [{ kind: 'paragraph', text: messages.format('diff.accept') }];
    const signers = signersOf(after, messages);
    if (signers.length > 0) {
        blocks.push({ kind: 'signatures', signers });
    }
    sections.push({ id: 'signatures', heading: messages.format('section.diffSignatures'), blocks });
    const lastRevision = Math.max(1, ...after.revisions.map(revision => revision.number));
    return {
        locale: messages.code,
        title: messages.format('diff.title'),
        agency: after.agency?.name,
        agencyDetails: [],
        intro: diff.changes.length > 0 ? messages.format('diff.intro') : messages.format('diff.none'),
        sections,
        permissions: [],
        footer: {
            version: messages.format('footer.version', { number: lastRevision }),
            client: after.parties.filter(party => party.kind === 'client').map(party => party.fullName).join(', '),
            pageOf: messages.format('footer.page', { page: '{page}', pages: '{pages}' })
        },
        signatureLabels: {
            name: messages.format('signer.name'),
            role: messages.format('signer.role'),
            signature: messages.format('signer.signature'),
            date: messages.format('signer.date')
        }
    };
}

function item(text: string): AgreementListItem {
    return { paragraphs: [text], details: [] };
}

/** The clients and guardians who sign the new version (every client and guardian when none does). */
function signersOf(contract: ContractData, messages: LocaleMessages): AgreementSigner[] {
    const isClientSide = (kind: string) => kind === 'client' || kind === 'guardian';
    const byName = new Map(contract.parties.map(party => [party.name, party]));
    const signing = contract.signers.map(name => byName.get(name)).filter(party => party !== undefined && isClientSide(party.kind));
    const parties = signing.length > 0 ? signing : contract.parties.filter(party => isClientSide(party.kind));
    return [...new Set(parties)].map(party => ({
        name: party!.fullName,
        role: party!.kind === 'client' ? messages.format('signer.role.client') : messages.format('signer.role.guardian', { clients: clientNames(contract, messages) })
    }));
}

function clientNames(contract: ContractData, messages: LocaleMessages): string {
    return messages.formatList(contract.parties.filter(party => party.kind === 'client').map(party => party.fullName));
}

/** The words of each change, in the client's terms. */
class ChangeWords {
    constructor(private readonly before: ContractData, private readonly after: ContractData, private readonly messages: LocaleMessages) { }

    sentence(change: ContractChange): string {
        const label = this.label(change);
        if (change.change === 'added' || change.change === 'removed') {
            return this.messages.format(change.change === 'added' ? 'diff.added' : 'diff.removed', { item: label });
        }
        const field = this.messages.format(`diff.field.${change.field}`);
        const values = { field, old: this.value(change.field, change.old), new: this.value(change.field, change.new) };
        if (change.item === null || LINE_SECTIONS.has(change.section) || change.section === 'meetings') {
            return capitalise(this.messages.format('diff.changedValue', values));
        }
        return this.messages.format('diff.changed', { item: label, ...values });
    }

    /** How the client knows the item: its wording, a person's name, a limit's sentence. */
    private label(change: ContractChange): string {
        const item = change.item ?? '';
        const pick = <T>(find: (contract: ContractData) => T | undefined): T | undefined =>
            change.change === 'removed' ? find(this.before) ?? find(this.after) : find(this.after) ?? find(this.before);
        switch (change.section) {
            case 'parties':
            case 'signers':
                return pick(contract => contract.parties.find(party => party.name === item)?.fullName) ?? item;
            case 'goals':
                return pick(contract => contract.goals.find(goal => goal.name === item)?.title) ?? item;
            case 'tasks':
                return pick(contract => contract.tasks.find(task => task.name === item)?.title) ?? item;
            case 'limits':
                return this.known(`limit.${item}`) ?? item;
            case 'contact':
                return this.known(`channel.${item}`) ?? item;
            case 'termination':
            case 'consent': {
                const condition = this.known(`condition.${item}`, { end: 'none', endDate: '' });
                if (condition) {
                    return condition;
                }
                const field = this.known(`diff.field.${item}`);
                if (!field) {
                    return item;
                }
                const value = change.change === 'removed' ? lineValue(this.before, change.section, item) : lineValue(this.after, change.section, item);
                return value !== undefined ? `${capitalise(field)}: ${this.value(item, value)}` : capitalise(field);
            }
            case 'meetings':
                return item.startsWith('review every ')
                    ? this.reviewEvery(item)
                    : item.startsWith('review on ') ? this.messages.format('review.on', { date: this.value('on', item.slice('review on '.length)) }) : item;
            case 'period':
            case 'purpose':
                return this.messages.format(`diff.field.${change.section === 'period' ? 'to' : 'purpose'}`);
            default:
                return item;
        }
    }

    private reviewEvery(item: string): string {
        const [count, unit] = item.slice('review every '.length).split(' ');
        return this.messages.format('review.every', { count: Number(count), unit: unit.replace(/s$/, '') });
    }

    /** A value in the client's words: dates in the locale's format, meeting days by name, nothing as a word. */
    private value(field: string | null, value: DiffValue): string {
        if (value === null || value === '') {
            return this.messages.format('diff.empty');
        }
        if (typeof value === 'string' && DATE.test(value)) {
            return this.messages.formatDate(value);
        }
        if (field === 'on' && typeof value === 'string') {
            return this.messages.formatList(value.split(', ').map(day => this.known(`weekday.${day}`) ?? day));
        }
        return String(value);
    }

    private known(key: string, values: Record<string, string | number> = {}): string | undefined {
        try {
            return this.messages.format(key, { you: 'yes', clients: '', clientCount: 1, ...values });
        } catch {
            return undefined;
        }
    }
}

/** The value of a consent or termination line, by keyword. */
function lineValue(contract: ContractData, section: DiffSection, keyword: string): DiffValue | undefined {
    if (section === 'termination') {
        const notice = contract.termination?.notice;
        return keyword === 'notice' ? (notice ? `${notice.count ?? ''} ${notice.unit}`.trim() : undefined) : keyword === 'referral' ? contract.termination?.referral : undefined;
    }
    const consent = contract.consent;
    switch (keyword) {
        case 'benefits': return consent?.benefits;
        case 'risks': return consent?.risks;
        case 'alternatives': return consent?.alternatives;
        case 'cost': return consent?.cost === undefined ? undefined : consent.cost === 'free' ? 'free' : consent.cost.text;
        case 'paid-by': return consent?.paidBy?.payer;
        case 'requires': return consent?.paidBy?.requires;
        case 'mandated-by': return consent?.mandatedBy;
        default: return undefined;
    }
}

function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
