/**
 * Builds the agreement model (./agreement.ts) from an effective contract: picks the locale,
 * writes every fixed sentence from its messages, formats dates, resolves party names and puts
 * the sections in the order of LANGUAGE.md, "The rendered agreement". User-written text is
 * never translated, only tidied (./plain-text.ts).
 *
 * The client is always "you" (one voice): with two or more clients, "you" is followed by the
 * client's name where it must say which of you ("What you (Grace Mensah) will do").
 */
import type {
    EffectiveContract, EffectiveDate, EffectiveParty, EffectiveShare, EffectiveText, PartyKind, SourceLocation
} from '@tandem/language';
import { DEFAULT_LOCALE } from '@tandem/language/default-locale';
import type { LocaleMessages, LocaleOptions, MessageValues } from '../locales/locale-catalog.js';
import { availableLocales, loadLocale } from '../locales/locale-catalog.js';
import type {
    Agreement, AgreementBlock, AgreementListItem, AgreementSection, AgreementSigner, SectionId, SourcePosition
} from './agreement.js';
import { normalizeText, paragraphs, tidySentence } from './plain-text.js';

export interface AgreementOptions extends LocaleOptions {
    /** Overrides the contract's `locale`. */
    readonly locale?: string;
    /** Mark the agreement as a draft (a contract with errors). */
    readonly draft?: boolean;
}

/** The locale an agreement is written in: the option, else the contract's if it has a message file, else English. */
export function agreementLocale(contract: EffectiveContract, options: AgreementOptions = {}): string {
    if (options.locale) {
        return options.locale;
    }
    return availableLocales(options).includes(contract.locale.code) ? contract.locale.code : DEFAULT_LOCALE;
}

export function buildAgreement(contract: EffectiveContract, options: AgreementOptions = {}): Agreement {
    return new AgreementBuilder(contract, loadLocale(agreementLocale(contract, options), options), options.draft ?? false).build();
}

/** A position for editor previews: LSP ranges are 0-based, the agreement's 1-based. */
function position(location: SourceLocation | undefined): SourcePosition | undefined {
    if (!location) {
        return undefined;
    }
    const { start, end } = location.range;
    return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1, origin: location.origin };
}

/** One line of user text: a name or a title, where a paragraph break makes no sense. */
function oneLine(text: EffectiveText | undefined): string {
    return text ? normalizeText(text.text).replace(/\n\n/g, ' ') : '';
}

class AgreementBuilder {
    private readonly parties = new Map<string, EffectiveParty>();
    private readonly clients: EffectiveParty[];
    /** The client is "you". */
    private readonly you: boolean;

    constructor(private readonly contract: EffectiveContract, private readonly messages: LocaleMessages, private readonly draft: boolean) {
        for (const party of contract.parties) {
            if (!this.parties.has(party.name)) {
                this.parties.set(party.name, party);
            }
        }
        this.clients = [...this.parties.values()].filter(party => party.kind === 'client');
        this.you = this.clients.length === 1;
    }

    build(): Agreement {
        const { contract } = this;
        const lastRevision = contract.revisions.at(-1)?.number ?? 1;
        return {
            locale: this.messages.code,
            title: oneLine(contract.title) || contract.name,
            agency: contract.agency ? oneLine(contract.agency.name) : undefined,
            agencyDetails: this.agencyDetails(),
            intro: this.sentence('intro', { workers: this.workers(), everyone: this.everyone() }),
            draft: this.draft ? { label: this.messages.format('draft.label'), notice: this.messages.format('draft.notice') } : undefined,
            sections: [
                ...this.purposeSection(),
                this.partiesSection(),
                this.periodSection(),
                ...this.contactSection(),
                this.goalsSection(),
                this.tasksSection(),
                this.privacySection(),
                this.boundariesSection(),
                ...this.expectSection(),
                this.endingSection(),
                this.rightsSection(),
                this.changesSection(),
                this.signaturesSection()
            ],
            permissions: this.releases().map(release => this.permissionSection(release)),
            footer: {
                version: this.messages.format('footer.version', { number: lastRevision }),
                client: this.clients.map(client => oneLine(client.fullName)).join(', '),
                pageOf: this.messages.format('footer.page', { page: '{page}', pages: '{pages}' })
            },
            signatureLabels: {
                name: this.messages.format('signer.name'),
                role: this.messages.format('signer.role'),
                signature: this.messages.format('signer.signature'),
                date: this.messages.format('signer.date')
            }
        };
    }

    // ----- words -----

    /** A fixed sentence, with `you` and `clients` always available to its message. */
    private sentence(key: string, values: MessageValues = {}): string {
        return tidySentence(this.messages.format(key, {
            you: this.you ? 'yes' : 'no', clients: this.clientNames(), clientCount: Math.max(1, this.clients.length), ...values
        }));
    }

    private date(date: EffectiveDate | undefined): string | undefined {
        return date?.date ? this.messages.formatDate(date.date) : undefined;
    }

    private text(text: EffectiveText): string {
        return normalizeText(text.text);
    }

    private nameOf(name: string): string {
        const party = this.parties.get(name);
        return party ? oneLine(party.fullName) : name;
    }

    /** How a sentence refers to a party: "you" for the client ("you (Name)" when there are several). */
    private refer(name: string): string {
        const party = this.parties.get(name);
        if (party?.kind !== 'client') {
            return this.nameOf(name);
        }
        return this.you ? this.messages.format('you') : this.messages.format('you.named', { name: this.nameOf(name) });
    }

    private clientNames(): string {
        return this.clients.length > 0
            ? this.messages.formatList(this.clients.map(client => oneLine(client.fullName)))
            : this.messages.format('party.role.client');
    }

    private workerParties(): EffectiveParty[] {
        return [...this.parties.values()].filter(party => party.kind === 'worker');
    }

    /** The clients and the workers, named. */
    private everyone(): string {
        return this.messages.formatList([...this.clients, ...this.workerParties()].map(party => oneLine(party.fullName)));
    }

    private workers(): string {
        const workers = this.workerParties();
        return workers.length > 0
            ? this.messages.formatList(workers.map(worker => oneLine(worker.fullName)))
            : this.messages.format('party.role.worker');
    }

    private section(id: SectionId, blocks: AgreementBlock[], location?: SourceLocation): AgreementSection {
        return { id, heading: this.messages.format(`section.${id}`), blocks, source: position(location) };
    }

    /** Paragraph blocks of a sentence that may hold user paragraphs. */
    private paragraphs(text: string, location?: SourceLocation): AgreementBlock[] {
        const source = position(location);
        return paragraphs(text).map(paragraph => ({ kind: 'paragraph', text: paragraph, source }));
    }

    private item(text: string, location?: SourceLocation, details: string[] = []): AgreementListItem {
        return { paragraphs: paragraphs(text), details, source: position(location) };
    }

    private missing(): AgreementBlock[] {
        return this.paragraphs(this.messages.format('missing'));
    }

    // ----- sections, in the order of LANGUAGE.md -----

    private partiesSection(): AgreementSection {
        const items = [...this.parties.values()].map(party => {
            const name = oneLine(party.fullName);
            const title = party.title ? oneLine(party.title) : undefined;
            const details: string[] = [];
            let text: string;
            if (party.kind === 'client') {
                text = this.sentence('party.you', { name });
                if (title) {
                    details.push(title);
                }
            } else if (party.kind === 'guardian') {
                text = this.messages.format('party.named', { name, role: this.partyRole(party.kind) });
                if (title) {
                    details.push(title);
                }
            } else if (title) {
                text = this.messages.format('party.named', { name, role: title });
            } else if (party.kind === 'party') {
                // Nothing says what they do: listed plainly, by name.
                text = name;
            } else {
                text = this.messages.format('party.named', { name, role: this.partyRole(party.kind) });
            }
            if (party.kind === 'supervisor') {
                details.push(this.sentence('party.supervisor'));
            }
            if (party.contact) {
                details.push(this.messages.format('party.contact', { contact: oneLine(party.contact) }));
            }
            if (party.speaks) {
                details.push(this.messages.format('party.speaks', { language: oneLine(party.speaks) }));
            }
            return this.item(text, party.location, details);
        });
        return this.section('parties', items.length > 0 ? [{ kind: 'list', ordered: false, items }] : this.missing());
    }

    private partyRole(kind: PartyKind): string {
        return this.sentence(`party.role.${kind}`);
    }

    private periodSection(): AgreementSection {
        const duration = this.contract.duration;
        if (!duration) {
            return this.section('period', this.missing());
        }
        const blocks: AgreementBlock[] = [];
        const start = this.date(duration.start);
        const end = this.date(duration.end);
        const count = duration.length?.count.value;
        if (start && end && duration.length && count !== undefined) {
            blocks.push(...this.paragraphs(this.sentence('period.for', { count, unit: duration.length.unit.replace(/s$/, ''), start, end }), duration.start.location));
        } else if (start && end) {
            blocks.push(...this.paragraphs(this.sentence('period.to', { start, end }), duration.start.location));
        } else {
            blocks.push(...this.paragraphs(this.sentence('period.unknown'), duration.location));
        }
        const meeting = duration.meeting;
        if (meeting) {
            const sessions = meeting.sessions?.value;
            const days = [...new Set(meeting.days)].map(day => this.messages.format(`weekday.${day}`));
            const values = {
                sessions: sessions === undefined ? 'none' : 'some',
                count: sessions ?? 0,
                days: days.length > 0 ? 'some' : 'none',
                dayList: this.messages.formatList(days),
                time: meeting.time?.time ? 'some' : 'none',
                timeText: meeting.time?.time ?? ''
            };
            const sentence = meeting.frequency.keyword
                ? this.sentence('meet.keyword', { frequency: meeting.frequency.keyword === 'twice-weekly' ? 'twiceWeekly' : meeting.frequency.keyword, ...values })
                : this.sentence('meet.text', { frequency: meeting.frequency.text ? this.text(meeting.frequency.text) : '', ...values });
            blocks.push(...this.paragraphs(sentence, meeting.location));
            if (meeting.minutes?.value) {
                blocks.push(...this.paragraphs(this.sentence('meet.length', { minutes: meeting.minutes.value }), meeting.minutes.location));
            }
        }
        if (duration.place) {
            blocks.push(...this.paragraphs(this.sentence('place', { place: this.text(duration.place) }), duration.place.location));
        }
        for (const review of duration.reviews) {
            if (review.every && review.every.count.value !== undefined) {
                blocks.push(...this.paragraphs(this.sentence('review.every', { count: review.every.count.value, unit: review.every.unit.replace(/s$/, '') }), review.location));
            } else if (review.on?.date) {
                blocks.push(...this.paragraphs(this.sentence('review.on', { date: this.date(review.on)! }), review.location));
            }
        }
        return this.section('period', blocks, duration.location);
    }

    private goalsSection(): AgreementSection {
        const goals = this.contract.goals;
        if (goals.length === 0) {
            return this.section('goals', this.missing());
        }
        const items = goals.map(goal => {
            const details: string[] = [];
            if (goal.measure) {
                details.push(tidySentence(this.messages.format('goal.measure', { measure: oneLine(goal.measure) })));
            }
            const by = this.date(goal.by);
            if (by) {
                details.push(this.messages.format('goal.by', { date: by }));
            }
            return this.item(this.text(goal.title), goal.location, details);
        });
        return this.section('goals', [...this.paragraphs(this.sentence('goals.intro')), { kind: 'list', ordered: true, items }]);
    }

    private tasksSection(): AgreementSection {
        const tasks = this.contract.tasks;
        if (tasks.length === 0) {
            return this.section('tasks', this.paragraphs(this.sentence('tasks.none')));
        }
        const partyOrder = [...this.parties.keys()];
        const goalNumbers = new Map<string, number>();
        this.contract.goals.forEach((goal, index) => {
            if (!goalNumbers.has(goal.name)) {
                goalNumbers.set(goal.name, index + 1);
            }
        });
        // Group by the set of owners, in the order of the parties.
        const groups = new Map<string, { owners: string[]; items: AgreementListItem[]; first: number }>();
        tasks.forEach((task, index) => {
            const owners = [...new Set(task.owners.map(owner => owner.name))]
                .sort((a, b) => rank(partyOrder, a) - rank(partyOrder, b));
            const key = owners.join(',');
            let group = groups.get(key);
            if (!group) {
                group = { owners, items: [], first: index };
                groups.set(key, group);
            }
            const title = this.text(task.title);
            const due = this.date(task.due);
            const numbers = [...new Set(task.goals.map(goal => goalNumbers.get(goal.name)).filter((n): n is number => n !== undefined))];
            const details = numbers.length > 0
                ? [this.sentence('task.goals', { count: numbers.length, numbers: this.messages.formatList(numbers.map(String)) })]
                : [];
            group.items.push(this.item(due ? this.sentence('task.due', { task: title, date: due }) : title, task.location, details));
        });
        const ordered = [...groups.values()].sort((a, b) =>
            groupRank(a.owners, partyOrder) - groupRank(b.owners, partyOrder) || a.first - b.first);
        const blocks: AgreementBlock[] = [];
        for (const group of ordered) {
            if (group.owners.length > 0) {
                blocks.push({ kind: 'subheading', text: this.groupHeading(group.owners) });
            }
            blocks.push({ kind: 'list', ordered: false, items: group.items });
        }
        return this.section('tasks', blocks);
    }

    private groupHeading(owners: readonly string[]): string {
        if (owners.length === 1) {
            const party = this.parties.get(owners[0]);
            if (party?.kind === 'client') {
                return this.you ? this.messages.format('tasks.you') : this.messages.format('tasks.youNamed', { name: this.nameOf(owners[0]) });
            }
            return this.messages.format('tasks.party', { name: this.nameOf(owners[0]) });
        }
        // Two or more clients among the owners are one "you (A and B)", never "you (A) and you (B)".
        const clients = owners.filter(owner => this.parties.get(owner)?.kind === 'client');
        const names = clients.length > 1
            ? [this.messages.format('you.namedAll', { names: this.messages.formatList(clients.map(client => this.nameOf(client))) }),
                ...owners.filter(owner => !clients.includes(owner)).map(owner => this.refer(owner))]
            : owners.map(owner => this.refer(owner));
        return this.messages.format('tasks.together', { names: this.messages.formatList(names) });
    }

    private privacySection(): AgreementSection {
        const confidentiality = this.contract.confidentiality;
        if (!confidentiality) {
            return this.section('privacy', this.missing());
        }
        const blocks: AgreementBlock[] = [...this.paragraphs(this.sentence('privacy.intro'))];
        const releases = confidentiality.shares.filter(share => share.release);
        const team = confidentiality.shares.filter(share => !share.release && share.with.party);
        if (team.length > 0) {
            // The agency's own team: part of the work, not a permission the client gives.
            blocks.push(...this.paragraphs(this.sentence('privacy.team')));
            blocks.push({
                kind: 'list', ordered: false, items: team.map(share => this.item(this.sentence('share.team', {
                    recipient: this.nameOf(share.with.party!.name),
                    information: this.text(share.information),
                    purpose: share.purpose ? 'some' : 'none',
                    purposeText: share.purpose ? this.text(share.purpose) : ''
                }), share.location))
            });
        }
        if (releases.length > 0) {
            blocks.push(...this.paragraphs(this.sentence('privacy.shares')));
            blocks.push({
                kind: 'list', ordered: false, items: releases.map(share => {
                    const until = this.date(share.until);
                    return this.item(this.sentence('share', {
                        information: this.text(share.information),
                        // The recipient starts the item ("The landlord Marcus chooses: proof of income").
                        recipient: this.capitalized(this.recipientOf(share)),
                        purpose: share.purpose ? 'some' : 'none',
                        purposeText: share.purpose ? this.text(share.purpose) : '',
                        until: until ? 'some' : 'none',
                        untilDate: until ?? ''
                    }), share.location);
                })
            });
            blocks.push(...this.paragraphs(this.sentence('privacy.permissionPages', { count: releases.length })));
        }
        if (confidentiality.limits.length > 0) {
            blocks.push(...this.paragraphs(this.sentence('privacy.limits')));
            blocks.push({
                kind: 'list', ordered: false, items: confidentiality.limits.map(limit => this.item(
                    limit.keyword
                        ? this.sentence(`limit.${limit.keyword}`)
                        : this.sentence('limit.text', { limit: limit.text ? this.text(limit.text) : '' }),
                    limit.location))
            });
            blocks.push(...this.paragraphs(this.sentence('privacy.tellFirst')));
        } else {
            blocks.push(...this.paragraphs(this.sentence('privacy.noLimits')));
        }
        return this.section('privacy', blocks, confidentiality.location);
    }

    /** The releases of information (LANGUAGE.md 0.2): shares outside the agency's team. */
    private releases(): EffectiveShare[] {
        return (this.contract.confidentiality?.shares ?? []).filter(share => share.release);
    }

    private capitalized(text: string): string {
        return text.charAt(0).toLocaleUpperCase(this.messages.info.intl) + text.slice(1);
    }

    private recipientOf(share: EffectiveShare): string {
        return share.with.party ? this.refer(share.with.party.name) : share.with.recipient ? oneLine(share.with.recipient) : '';
    }

    private boundariesSection(): AgreementSection {
        const boundaries = this.contract.boundaries;
        if (!boundaries || boundaries.items.length === 0) {
            return this.section('boundaries', this.missing(), boundaries?.location);
        }
        return this.section('boundaries', [
            ...this.paragraphs(this.sentence('boundaries.intro')),
            { kind: 'list', ordered: false, items: boundaries.items.map(item => this.item(this.text(item), item.location)) }
        ], boundaries.location);
    }

    private endingSection(): AgreementSection {
        const termination = this.contract.termination;
        if (!termination) {
            return this.section('ending', this.missing());
        }
        const blocks: AgreementBlock[] = [];
        if (termination.conditions.length > 0) {
            const endDate = this.date(this.contract.duration?.end);
            blocks.push(...this.paragraphs(this.sentence('ending.intro')));
            blocks.push({
                kind: 'list', ordered: false, items: termination.conditions.map(condition => this.item(
                    condition.keyword
                        ? this.sentence(`condition.${condition.keyword}`, { end: endDate ? 'some' : 'none', endDate: endDate ?? '' })
                        : this.sentence('condition.text', { condition: condition.text ? this.text(condition.text) : '' }),
                    condition.location))
            });
        }
        const notice = termination.notice;
        if (notice && notice.count.value) {
            blocks.push(...this.paragraphs(this.sentence('ending.notice', { count: notice.count.value, unit: notice.unit.replace(/s$/, '') }), notice.location));
        }
        if (termination.referral) {
            blocks.push(...this.paragraphs(this.sentence('referral', { referral: this.text(termination.referral) }), termination.referral.location));
        }
        blocks.push(...this.paragraphs(this.sentence('ending.comeBack')));
        return this.section('ending', blocks, termination.location);
    }

    private rightsSection(): AgreementSection {
        const mandatedBy = this.contract.consent?.mandatedBy;
        const keys = mandatedBy
            ? ['rights.mandated', 'rights.reported', 'rights.questions', 'rights.stop', 'rights.copy', 'rights.records', 'rights.complain']
            : ['rights.voluntary', 'rights.questions', 'rights.stop', 'rights.copy', 'rights.records', 'rights.complain'];
        const values = { mandatedBy: mandatedBy ? oneLine(mandatedBy) : '' };
        const items = keys.map(key => this.item(this.sentence(key, values), key === 'rights.mandated' ? mandatedBy?.location : undefined));
        const details = this.contract.agency?.details;
        if (details?.complaints) {
            items.push(this.item(this.sentence('rights.complaints', { complaints: this.text(details.complaints) }), details.complaints.location));
        }
        if (details?.crisis) {
            items.push(this.item(this.sentence('rights.crisis', { crisis: this.text(details.crisis) }), details.crisis.location));
        }
        return this.section('rights', [{ kind: 'list', ordered: false, items }]);
    }

    // ----- 0.2 sections -----

    private agencyDetails(): string[] {
        const details = this.contract.agency?.details;
        if (!details) {
            return [];
        }
        return (['phone', 'address', 'hours'] as const)
            .filter(kind => details[kind])
            .map(kind => this.messages.format(`agency.${kind}`, { [kind]: oneLine(details[kind]) }));
    }

    private purposeSection(): AgreementSection[] {
        const purpose = this.contract.purpose;
        return purpose ? [this.section('purpose', this.paragraphs(tidySentence(this.text(purpose)), purpose.location), purpose.location)] : [];
    }

    private contactSection(): AgreementSection[] {
        const contactBy = this.contract.contactBy;
        if (!contactBy || contactBy.channels.length === 0) {
            return [];
        }
        const channels = contactBy.channels.map(channel => channel.keyword
            ? this.messages.format(`channel.${channel.keyword}`)
            : channel.text ? oneLine(channel.text) : '');
        const blocks = this.paragraphs(this.sentence('contact.channels', { channels: this.messages.formatList([...new Set(channels)]) }), contactBy.location);
        // Always said (LANGUAGE.md 0.2): the client may be asked about any of these ways later.
        blocks.push(...this.paragraphs(this.sentence('contact.privacy')));
        blocks.push(...this.paragraphs(this.sentence('contact.other')));
        return [this.section('contact', blocks, contactBy.location)];
    }

    private expectSection(): AgreementSection[] {
        const consent = this.contract.consent;
        if (!consent) {
            return [];
        }
        const items: AgreementListItem[] = [];
        const line = (key: string, text: EffectiveText | undefined) => {
            if (text) {
                items.push(this.item(this.sentence(key, { text: this.text(text) }), text.location));
            }
        };
        line('consent.benefits', consent.benefits);
        line('consent.risks', consent.risks);
        line('consent.alternatives', consent.alternatives);
        if (consent.cost?.free) {
            items.push(this.item(this.sentence('consent.free'), consent.cost.location));
        } else {
            line('consent.cost', consent.cost?.text);
        }
        if (consent.paidBy) {
            const payer = oneLine(consent.paidBy.payer);
            const details = consent.paidBy.requires
                ? [tidySentence(this.sentence('consent.requires', { payer, requires: oneLine(consent.paidBy.requires) }))]
                : [];
            items.push(this.item(this.sentence('consent.paidBy', { payer }), consent.paidBy.location, details));
        }
        if (items.length === 0) {
            return [];
        }
        return [this.section('expect', [{ kind: 'list', ordered: false, items }], consent.location)];
    }

    /** One permission to share information, for one release, with the client's (or guardian's) signature. */
    private permissionSection(share: EffectiveShare): AgreementSection {
        const until = this.date(share.until);
        const agency = this.contract.agency ? oneLine(this.contract.agency.name) : this.workers();
        const recipient = share.with.party ? this.nameOf(share.with.party.name) : share.with.recipient ? oneLine(share.with.recipient) : '';
        const items = [
            this.item(this.sentence('permission.what', { information: this.text(share.information) }), share.information.location),
            this.item(this.sentence('permission.by', { agency })),
            this.item(this.sentence('permission.with', { recipient })),
            share.purpose
                ? this.item(this.sentence('permission.why', { purpose: this.text(share.purpose) }), share.purpose.location)
                : this.item(this.sentence('permission.whyMissing')),
            until
                ? this.item(this.sentence('permission.until', { date: until }), share.until?.location)
                : this.item(this.sentence('permission.untilMissing'))
        ];
        const blocks: AgreementBlock[] = [
            ...this.paragraphs(this.sentence('permission.intro')),
            { kind: 'list', ordered: false, items },
            ...this.paragraphs(this.sentence('permission.revoke')),
            ...this.paragraphs(this.sentence('permission.noEffect')),
            ...this.paragraphs(this.sentence('permission.redisclosure', { recipient }))
        ];
        const signers = this.permissionSigners();
        blocks.push(signers.length > 0 ? { kind: 'signatures', signers } : this.paragraphs(this.sentence('signatures.none'))[0]);
        // Each permission's heading names its recipient: one page (and landmark) per release, each its own name.
        return { id: 'permission', heading: this.messages.format('section.permission', { recipient }), blocks, source: position(share.location) };
    }

    /** Who signs a permission: the clients and guardians who sign the agreement, else every client and guardian. */
    private permissionSigners(): AgreementSigner[] {
        const signing = (this.contract.sign?.signers ?? [])
            .map(reference => this.parties.get(reference.name))
            .filter((party): party is EffectiveParty => party?.kind === 'client' || party?.kind === 'guardian');
        const parties = signing.length > 0 ? signing : [...this.parties.values()].filter(party => party.kind === 'client' || party.kind === 'guardian');
        return [...new Set(parties)].map(party => ({ name: oneLine(party.fullName), role: this.signerRole(party), source: position(party.location) }));
    }

    private changesSection(): AgreementSection {
        const revisions = this.contract.revisions;
        const blocks: AgreementBlock[] = [...this.paragraphs(this.sentence('changes.intro'))];
        if (revisions.length === 0) {
            blocks.push(...this.paragraphs(this.sentence('changes.none')));
        } else {
            blocks.push({
                kind: 'list', ordered: false, items: revisions.map(revision => this.item(this.sentence('revision', {
                    number: revision.number,
                    date: this.date(revision.date) ?? '',
                    description: this.text(revision.description)
                }), revision.location))
            });
        }
        return this.section('changes', blocks);
    }

    private signaturesSection(): AgreementSection {
        const sign = this.contract.sign;
        const seen = new Set<string>();
        const signers: AgreementSigner[] = [];
        for (const reference of sign?.signers ?? []) {
            if (seen.has(reference.name)) {
                continue;
            }
            seen.add(reference.name);
            const party = this.parties.get(reference.name);
            signers.push({
                name: this.nameOf(reference.name),
                role: party ? this.signerRole(party) : '',
                attestation: party?.kind === 'interpreter' ? this.interpreted(party) : undefined,
                source: position(reference.location)
            });
        }
        if (signers.length === 0) {
            return this.section('signatures', this.paragraphs(this.sentence('signatures.none')), sign?.location);
        }
        return this.section('signatures', [
            ...this.paragraphs(this.sentence('signatures.intro')),
            { kind: 'signatures', signers }
        ], sign?.location);
    }

    private signerRole(party: EffectiveParty): string {
        const title = party.title ? oneLine(party.title) : undefined;
        const role = this.sentence(`signer.role.${party.kind}`);
        switch (party.kind) {
            case 'worker':
            case 'supervisor':
            case 'interpreter':
            case 'party':
                return title ?? role;
            default:
                return title ? `${role} (${title})` : role;
        }
    }

    /** An interpreter attests that the agreement was interpreted into the language the client speaks. */
    private interpreted(interpreter: EffectiveParty): string {
        const speaks = this.clients.find(client => client.speaks)?.speaks ?? interpreter.speaks;
        return this.sentence('signer.interpreted', { language: speaks ? 'known' : 'unknown', languageText: speaks ? oneLine(speaks) : '' });
    }
}

function rank(order: readonly string[], name: string): number {
    const index = order.indexOf(name);
    return index < 0 ? order.length : index;
}

/** Groups of one owner come first, in the order of the parties; groups of several follow. */
function groupRank(owners: readonly string[], order: readonly string[]): number {
    if (owners.length === 0) {
        return Number.MAX_SAFE_INTEGER;
    }
    return owners.length === 1 ? rank(order, owners[0]) : order.length + 1;
}
