/**
 * What changed between two versions of an agreement, for the client to re-sign (LANGUAGE.md 0.2,
 * `tandem diff`): the two effective contracts, as plain data (../contract-data.ts), compared
 * section by section and item by item. Items are matched by name, then by identical content, so
 * renaming an identifier alone is no change (references to a renamed party or goal follow it);
 * comments and layout never reach the data. Each change is `added`, `removed` or `changed` (with
 * the keyword whose value changed, and the old and new values as in the source).
 */
import type { ContractData } from '../contract-data.js';

export type DiffSection =
    | 'agency' | 'purpose' | 'parties' | 'period' | 'meetings' | 'contact' | 'goals' | 'tasks' | 'shares' | 'limits'
    | 'boundaries' | 'consent' | 'termination' | 'signers';

export type DiffValue = string | number | null;

export interface ContractChange {
    readonly section: DiffSection;
    /** The item's name, or its text where it has none (a share's what, a limit's kind, a boundary); null for a section's only value. */
    readonly item: string | null;
    readonly change: 'added' | 'removed' | 'changed';
    /** The keyword whose value changed; null for an added or removed item. */
    readonly field: string | null;
    readonly old: DiffValue;
    readonly new: DiffValue;
}

export interface ContractDiff {
    readonly changes: readonly ContractChange[];
    /** The new version adds a `revision` after the old one's last. */
    readonly revisionAdded: boolean;
}

type Fields = Readonly<Record<string, DiffValue | undefined>>;

/** The differences between two versions (see the file's header). */
export function diffContracts(before: ContractData, after: ContractData): ContractDiff {
    const changes: ContractChange[] = [];
    const add = (change: ContractChange) => changes.push(change);

    // Parties and goals first: their renames carry over to every reference.
    const partyNames = matchNamed(before.parties, after.parties, party => fieldsOfParty(party));
    const goalNames = matchNamed(before.goals, after.goals, goal => ({ title: goal.title, measure: goal.measure, by: goal.by }));
    const renameParty = (name: string) => partyNames.get(name) ?? name;
    const renameGoal = (name: string) => goalNames.get(name) ?? name;

    compareOne(add, 'agency', before.agency, after.agency, agency => agency.name, agency => ({
        agency: agency.name, phone: agency.phone, address: agency.address, hours: agency.hours, crisis: agency.crisis, complaints: agency.complaints
    }));
    compareValue(add, 'purpose', null, 'purpose', before.purpose, after.purpose);
    compareNamed(add, 'parties', before.parties, after.parties, partyNames, party => fieldsOfParty(party));
    compareFields(add, 'period', null, fieldsOfPeriod(before), fieldsOfPeriod(after));
    compareOne(add, 'meetings', before.meeting, after.meeting, meeting => meetingLabel(meeting.frequency), meeting => ({
        meet: typeof meeting.frequency === 'string' ? meeting.frequency : meeting.frequency.text,
        on: meeting.days.length > 0 ? meeting.days.join(', ') : undefined,
        time: meeting.time,
        length: meeting.minutes,
        sessions: meeting.sessions,
        at: meeting.place
    }));
    compareTexts(add, 'meetings', before.reviews.map(reviewLabel), after.reviews.map(reviewLabel));
    compareTexts(add, 'contact', before.contactBy.map(label), after.contactBy.map(label));
    compareNamed(add, 'goals', before.goals, after.goals, goalNames, goal => ({ goal: goal.title, measure: goal.measure, by: goal.by }));

    const taskNames = matchNamed(before.tasks, after.tasks, task => fieldsOfTask(task, renameParty, renameGoal));
    compareNamed(add, 'tasks', before.tasks, after.tasks, taskNames, task => fieldsOfTask(task, renameParty, renameGoal),
        task => fieldsOfTask(task, name => name, name => name));

    compareShares(add, before, after, renameParty);
    compareTexts(add, 'limits', before.limits.map(label), after.limits.map(label));
    compareTexts(add, 'boundaries', before.boundaries, after.boundaries);
    compareFields(add, 'consent', null, fieldsOfConsent(before), fieldsOfConsent(after), true);
    compareTexts(add, 'termination', (before.termination?.conditions ?? []).map(label), (after.termination?.conditions ?? []).map(label));
    compareFields(add, 'termination', null, fieldsOfEnding(before), fieldsOfEnding(after), true);
    compareTexts(add, 'signers', before.signers.map(renameParty), after.signers);

    const lastBefore = Math.max(0, ...before.revisions.map(revision => revision.number));
    const lastAfter = Math.max(0, ...after.revisions.map(revision => revision.number));
    return { changes, revisionAdded: lastAfter > lastBefore };
}

// ----- matching -----

/**
 * Old name → new name of named items: the same name, else (for those left) identical content
 * under another name (a rename), first come first served.
 */
function matchNamed<T extends { readonly name: string }>(before: readonly T[], after: readonly T[], content: (item: T) => Fields): Map<string, string> {
    const matched = new Map<string, string>();
    const afterNames = new Set(after.map(item => item.name));
    for (const item of before) {
        if (afterNames.has(item.name)) {
            matched.set(item.name, item.name);
        }
    }
    const taken = new Set(matched.values());
    for (const item of before) {
        if (matched.has(item.name)) {
            continue;
        }
        const key = JSON.stringify(content(item));
        const twin = after.find(candidate => !taken.has(candidate.name) && !before.some(other => other.name === candidate.name)
            && JSON.stringify(content(candidate)) === key);
        if (twin) {
            matched.set(item.name, twin.name);
            taken.add(twin.name);
        }
    }
    return matched;
}

// ----- comparing -----

type Add = (change: ContractChange) => void;

/** Named items: added, removed, or each field changed (old items' fields given with renames applied). */
function compareNamed<T extends { readonly name: string }>(
    add: Add, section: DiffSection, before: readonly T[], after: readonly T[], names: ReadonlyMap<string, string>,
    fieldsBefore: (item: T) => Fields, fieldsAfter: (item: T) => Fields = fieldsBefore
): void {
    const matchedNew = new Set(names.values());
    for (const item of before) {
        const name = names.get(item.name);
        if (name === undefined) {
            add({ section, item: item.name, change: 'removed', field: null, old: null, new: null });
            continue;
        }
        const twin = after.find(candidate => candidate.name === name)!;
        compareFields(add, section, name, fieldsBefore(item), fieldsAfter(twin));
    }
    for (const item of after) {
        if (!matchedNew.has(item.name)) {
            add({ section, item: item.name, change: 'added', field: null, old: null, new: null });
        }
    }
}

/** A section that appears at most once: added, removed or its fields changed. */
function compareOne<T>(add: Add, section: DiffSection, before: T | undefined, after: T | undefined, item: (value: T) => string, fields: (value: T) => Fields): void {
    if (before === undefined && after === undefined) {
        return;
    }
    if (before === undefined) {
        add({ section, item: item(after!), change: 'added', field: null, old: null, new: null });
    } else if (after === undefined) {
        add({ section, item: item(before), change: 'removed', field: null, old: null, new: null });
    } else {
        compareFields(add, section, item(after), fields(before), fields(after));
    }
}

/**
 * Field by field. `linesAreItems`: each field is a line of its own (a consent line, the notice),
 * so one that appears or goes is an added or removed item named by its keyword.
 */
function compareFields(add: Add, section: DiffSection, item: string | null, before: Fields, after: Fields, linesAreItems = false): void {
    for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
        const old = before[field] ?? null;
        const value = after[field] ?? null;
        if (old === value) {
            continue;
        }
        if (linesAreItems && (old === null || value === null)) {
            add({ section, item: field, change: old === null ? 'added' : 'removed', field: null, old: null, new: null });
        } else if (linesAreItems) {
            add({ section, item: field, change: 'changed', field, old, new: value });
        } else {
            add({ section, item, change: 'changed', field, old, new: value });
        }
    }
}

function compareValue(add: Add, section: DiffSection, item: string | null, field: string, before: DiffValue | undefined, after: DiffValue | undefined): void {
    const old = before ?? null;
    const value = after ?? null;
    if (old === value) {
        return;
    }
    add(old === null || value === null
        ? { section, item: item ?? String(old ?? value), change: old === null ? 'added' : 'removed', field: null, old: null, new: null }
        : { section, item, change: 'changed', field, old, new: value });
}

/** Unnamed items (limits, boundaries, channels, conditions, signers): matched by identical content only. */
function compareTexts(add: Add, section: DiffSection, before: readonly string[], after: readonly string[]): void {
    const left = [...after];
    for (const text of before) {
        const index = left.indexOf(text);
        if (index >= 0) {
            left.splice(index, 1);
        } else {
            add({ section, item: text, change: 'removed', field: null, old: null, new: null });
        }
    }
    const right = [...before];
    for (const text of after) {
        const index = right.indexOf(text);
        if (index >= 0) {
            right.splice(index, 1);
        } else {
            add({ section, item: text, change: 'added', field: null, old: null, new: null });
        }
    }
}

/** Shares are matched by what is shared (then by identical content); `with`, `for` and `until` may change. */
function compareShares(add: Add, before: ContractData, after: ContractData, renameParty: (name: string) => string): void {
    const fields = (share: ContractData['shares'][number], rename: (name: string) => string): Fields => ({
        with: 'party' in share.with ? rename(share.with.party) : share.with.recipient,
        for: share.purpose,
        until: share.until
    });
    const left = after.shares.map((share, index) => ({ share, index }));
    const unmatched: Array<ContractData['shares'][number]> = [];
    for (const share of before.shares) {
        const old = fields(share, renameParty);
        const same = left.findIndex(candidate => candidate.share.information === share.information
            && JSON.stringify(fields(candidate.share, name => name)) === JSON.stringify(old));
        const byWhat = same >= 0 ? same : left.findIndex(candidate => candidate.share.information === share.information);
        if (byWhat < 0) {
            unmatched.push(share);
            continue;
        }
        const [twin] = left.splice(byWhat, 1);
        compareFields(add, 'shares', share.information, old, fields(twin.share, name => name));
    }
    for (const share of unmatched) {
        add({ section: 'shares', item: share.information, change: 'removed', field: null, old: null, new: null });
    }
    for (const { share } of left) {
        add({ section: 'shares', item: share.information, change: 'added', field: null, old: null, new: null });
    }
}

// ----- the fields of each kind of item, by keyword -----

function fieldsOfParty(party: ContractData['parties'][number]): Fields {
    return { kind: party.kind, name: party.fullName, title: party.title, contact: party.contact, speaks: party.speaks };
}

function fieldsOfTask(task: ContractData['tasks'][number], renameParty: (name: string) => string, renameGoal: (name: string) => string): Fields {
    return {
        task: task.title,
        owner: task.owners.map(renameParty).join(', ') || undefined,
        for: task.goals.map(renameGoal).join(', ') || undefined,
        due: task.due
    };
}

function fieldsOfPeriod(contract: ContractData): Fields {
    return { from: contract.period?.start, to: contract.period?.end };
}

function fieldsOfConsent(contract: ContractData): Fields {
    const consent = contract.consent;
    return {
        benefits: consent?.benefits,
        risks: consent?.risks,
        alternatives: consent?.alternatives,
        cost: consent?.cost === undefined ? undefined : consent.cost === 'free' ? 'free' : consent.cost.text,
        'paid-by': consent?.paidBy?.payer,
        requires: consent?.paidBy?.requires,
        'mandated-by': consent?.mandatedBy
    };
}

function fieldsOfEnding(contract: ContractData): Fields {
    const notice = contract.termination?.notice;
    return {
        notice: notice ? `${notice.count ?? ''} ${notice.unit}`.trim() : undefined,
        referral: contract.termination?.referral
    };
}

function label(value: string | { readonly text: string }): string {
    return typeof value === 'string' ? value : value.text;
}

function meetingLabel(frequency: string | { readonly text: string }): string {
    return `meet ${label(frequency)}`;
}

function reviewLabel(review: ContractData['reviews'][number]): string {
    return review.every ? `review every ${review.every.count ?? ''} ${review.every.unit}` : `review on ${review.on ?? ''}`;
}
