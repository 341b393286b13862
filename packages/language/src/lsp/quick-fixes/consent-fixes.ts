/**
 * Quick fixes for what informed consent needs (LANGUAGE.md 0.2): `missing-purpose`,
 * `incomplete-consent` and `missing-contacts` insert the missing lines as placeholders to fill
 * in (texts that say what to write, never a made-up fact); `release-without-expiry` adds
 * `until` with the period's end; `meeting-days-mismatch` changes the frequency or the days.
 * Like the other section fixes, they write into the contract the diagnostic is in: a section
 * that the template has becomes the contract's own, with the template's lines kept.
 */
import type { CodeAction } from 'vscode-languageserver';
import type { Agreement } from '../../ast-utils.js';
import { templateOf } from '../../ast-utils.js';
import type { Agency, AgencyDetail, Consent, ConsentItem, FrequencyKeyword, Meeting, Share } from '../../generated/ast.js';
import { isAgency, isConsent, isContract, isDuration, isMeeting, isShare } from '../../generated/ast.js';
import { buildEffectiveContract } from '../../model/effective-contract-builder.js';
import type { QuickFixContext } from './quick-fix-context.js';
import { lastToken } from './quick-fix-context.js';

/** The placeholder line for each consent line and agency detail that a fix inserts. */
const CONSENT_PLACEHOLDERS: Readonly<Record<'risks' | 'alternatives' | 'cost', string>> = {
    risks: 'risks "What may be hard or may go wrong: write it here"',
    alternatives: 'alternatives "Other help the client could choose: write it here"',
    cost: 'cost "What the client pays (or write: cost free)"'
};
const CONTACT_PLACEHOLDERS: Readonly<Record<'phone' | 'crisis' | 'complaints', string>> = {
    phone: 'phone "The agency\'s phone number"',
    crisis: 'crisis "Whom to call in a crisis, e.g. Call or text 988, any time"',
    complaints: 'complaints "How to make a complaint"'
};

export function addPurpose(context: QuickFixContext): CodeAction[] {
    const agreement = context.agreement;
    const edit = agreement && context.insertMember(agreement, 'Purpose', 'purpose "Why we are working together, in plain words"');
    return edit ? [context.action('Add a `purpose` to fill in', [edit], true)] : [];
}

export function completeConsent(context: QuickFixContext): CodeAction[] {
    const agreement = context.agreement;
    if (!agreement) {
        return [];
    }
    const own = agreement.members.find(isConsent);
    const section = own ?? sectionOfTemplate(agreement, isConsent);
    const have = new Set(section?.items.map(item => item.kind) ?? []);
    const missing = (Object.keys(CONSENT_PLACEHOLDERS) as Array<keyof typeof CONSENT_PLACEHOLDERS>).filter(kind => !have.has(kind));
    if (missing.length === 0) {
        return [];
    }
    const lines = missing.map(kind => CONSENT_PLACEHOLDERS[kind]);
    const title = `Add ${missing.map(kind => `\`${kind}\``).join(', ')} to fill in`;
    if (own) {
        const edit = context.insertIntoBlock(own, lastItemToken(own.items) ?? 'start', () => lines);
        return edit ? [context.action(title, [edit], true)] : [];
    }
    const edit = context.insertMember(agreement, 'Consent', 'consent', [...textsOf(section?.items ?? []), ...lines]);
    return edit ? [context.action(title, [edit], true)] : [];
}

export function completeContacts(context: QuickFixContext): CodeAction[] {
    const agreement = context.agreement;
    if (!agreement) {
        return [];
    }
    const own = agreement.members.find(isAgency);
    const section = own ?? sectionOfTemplate(agreement, isAgency);
    const have = new Set(section?.details.map(detail => detail.kind) ?? []);
    const missing = (Object.keys(CONTACT_PLACEHOLDERS) as Array<keyof typeof CONTACT_PLACEHOLDERS>).filter(kind => !have.has(kind));
    if (missing.length === 0) {
        return [];
    }
    const lines = missing.map(kind => CONTACT_PLACEHOLDERS[kind]);
    const title = `Add the agency's ${missing.map(kind => `\`${kind}\``).join(', ')} to fill in`;
    if (own?.$cstNode && own.$cstNode.text.includes('{')) {
        const edit = context.insertIntoBlock(own, lastItemToken(own.details) ?? 'start', () => lines);
        return edit ? [context.action(title, [edit], true)] : [];
    }
    if (own?.$cstNode) {
        // `agency "Name"` with no block: the block follows the name, one line or several as the contract is written.
        const end = lastToken(own.$cstNode)!.end;
        const multiLine = /\n/.test(context.text.slice(agreement.$cstNode!.offset, agreement.$cstNode!.end));
        const indent = /^[ \t]*/.exec(context.text.slice(context.text.lastIndexOf('\n', own.$cstNode.offset - 1) + 1))![0];
        const block = multiLine
            ? ` {${lines.map(line => `${context.eol}${indent}    ${line}`).join('')}${context.eol}${indent}}`
            : ` { ${lines.join('  ')} }`;
        return [context.action(title, [context.edit(end, end, block)], true)];
    }
    const name = section ? JSON.stringify(section.name ?? 'Agency name') : '"Agency name"';
    const edit = context.insertMember(agreement, 'Agency', `agency ${name}`, [...textsOf(section?.details ?? []), ...lines]);
    return edit ? [context.action(section ? title : 'Add the agency with its phone, crisis line and complaints route to fill in', [edit], true)] : [];
}

/** `until` with the end of the period, after the share (its last token). */
export function addReleaseExpiry(context: QuickFixContext): CodeAction[] {
    const share = context.nodeAt(isShare) as Share | undefined;
    const agreement = context.agreement;
    const last = share?.$cstNode && lastToken(share.$cstNode);
    if (!share || !agreement || !last) {
        return [];
    }
    const end = periodEndText(agreement);
    if (!end) {
        return [];
    }
    return [context.action(`Add \`until ${end}\` (the end of the period)`, [context.edit(last.end, last.end, ` until ${end}`)], true)];
}

/** The period's end as it can be written after `until`: a date, or the parameter a template's `to` names. */
function periodEndText(agreement: Agreement): string | undefined {
    if (isContract(agreement)) {
        if (agreement.template && !agreement.template.ref) {
            return undefined;
        }
        return buildEffectiveContract(agreement).duration?.end.date;
    }
    const end = agreement.members.find(isDuration)?.period?.end;
    return end?.date ?? end?.param?.$refText;
}

/** Frequencies that fit a number of different days. */
const FREQUENCY_FOR_DAYS: Readonly<Record<number, FrequencyKeyword>> = { 1: 'weekly', 2: 'twice-weekly' };
const DAYS_FOR_FREQUENCY: Readonly<Partial<Record<FrequencyKeyword, number>>> = { 'twice-weekly': 2, 'weekly': 1, 'fortnightly': 1, 'monthly': 1 };

export function fixMeetingDays(context: QuickFixContext): CodeAction[] {
    const meeting = context.nodeAt(isMeeting) as Meeting | undefined;
    const frequencyNode = meeting?.frequency?.$cstNode;
    const keyword = meeting?.frequency?.keyword;
    if (!meeting || !frequencyNode || !keyword) {
        return [];
    }
    const days = [...new Set(meeting.days)];
    const actions: CodeAction[] = [];
    const fitting = FREQUENCY_FOR_DAYS[days.length];
    if (fitting && fitting !== keyword) {
        actions.push(context.action(`Meet \`${fitting}\` (${days.length} ${days.length === 1 ? 'day' : 'days'})`,
            [context.edit(frequencyNode.offset, frequencyNode.end, fitting)], true));
    }
    const needed = DAYS_FOR_FREQUENCY[keyword];
    if (needed !== undefined && days.length > needed) {
        const kept = days.slice(0, needed);
        const first = findDayTokens(meeting);
        if (first) {
            actions.push(context.action(`Keep ${kept.map(day => `\`${day}\``).join(' and ')} only`,
                [context.edit(first.start, first.end, kept.join(', '))]));
        }
    }
    return actions;
}

/** The text range of the days after `on`, from the first day to the last. */
function findDayTokens(meeting: Meeting): { start: number; end: number } | undefined {
    const cst = meeting.$cstNode;
    if (!cst) {
        return undefined;
    }
    const match = /\bon\s+([a-z]+(?:\s*,\s*[a-z]+)*)/.exec(cst.text);
    if (!match) {
        return undefined;
    }
    const start = cst.offset + match.index + match[0].indexOf(match[1]);
    return { start, end: start + match[1].length };
}

function sectionOfTemplate<T extends Agency | Consent>(agreement: Agreement, is: (node: unknown) => node is T): T | undefined {
    return templateOf(agreement)?.members.find(is);
}

function textsOf(lines: ReadonlyArray<AgencyDetail | ConsentItem>): string[] {
    return lines.map(line => line.$cstNode?.text ?? '').filter(text => text !== '');
}

function lastItemToken(items: ReadonlyArray<AgencyDetail | ConsentItem>): ReturnType<typeof lastToken> {
    const last = items[items.length - 1];
    return last?.$cstNode ? lastToken(last.$cstNode) : undefined;
}
