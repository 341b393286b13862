/**
 * Quick fixes that add what a contract lacks: a `termination` section, a `confidentiality`
 * section, the standard limits of confidentiality, a `sign` line, and the client or worker on
 * it. They insert into the contract the diagnostic is in, never into its template: a section
 * the contract writes replaces the template's (LANGUAGE.md, "Templates").
 */
import type { CodeAction } from 'vscode-languageserver';
import type { Agreement } from '../../ast-utils.js';
import { templateOf } from '../../ast-utils.js';
import type { Confidentiality, Party, Sign } from '../../generated/ast.js';
import { isConfidentiality, isSign } from '../../generated/ast.js';
import type { QuickFixContext } from './quick-fix-context.js';
import { lastToken } from './quick-fix-context.js';

export const STANDARD_LIMITS = ['limit safety', 'limit abuse', 'limit court-order'] as const;
export const STANDARD_CONDITIONS = ['when goals-met', 'when period-ends'] as const;

export function addTermination(context: QuickFixContext): CodeAction[] {
    const agreement = context.agreement;
    const edit = agreement && context.insertMember(agreement, 'Termination', 'termination', STANDARD_CONDITIONS);
    return edit ? [context.action('Add a termination section (when goals-met, when period-ends)', [edit], true)] : [];
}

export function addConfidentiality(context: QuickFixContext): CodeAction[] {
    const agreement = context.agreement;
    const edit = agreement && context.insertMember(agreement, 'Confidentiality', 'confidentiality', STANDARD_LIMITS);
    return edit ? [context.action('Add a confidentiality section with the standard limits (safety, abuse, court-order)', [edit], true)] : [];
}

/**
 * The contract's own `confidentiality` gets the standard limits; when the section is the
 * template's, the contract gets a section of its own: the template's releases plus the limits.
 */
export function addStandardLimits(context: QuickFixContext): CodeAction[] {
    const agreement = context.agreement;
    if (!agreement) {
        return [];
    }
    const title = 'Add the standard limits of confidentiality (safety, abuse, court-order)';
    const own = agreement.members.find(isConfidentiality);
    if (own) {
        const lastItem = [...own.shares, ...own.limits].sort((a, b) => a.$cstNode!.offset - b.$cstNode!.offset).pop();
        const after = lastItem?.$cstNode ? lastToken(lastItem.$cstNode) ?? 'start' : 'start';
        const edit = context.insertIntoBlock(own, after, () => [...STANDARD_LIMITS]);
        return edit ? [context.action(title, [edit], true)] : [];
    }
    const inherited = templateSection(agreement, isConfidentiality);
    const releases = inherited ? inherited.shares.map(share => share.$cstNode?.text ?? '').filter(text => text !== '') : [];
    const edit = context.insertMember(agreement, 'Confidentiality', 'confidentiality', [...releases, ...STANDARD_LIMITS]);
    return edit ? [context.action(title, [edit], true)] : [];
}

export function addSignatures(context: QuickFixContext): CodeAction[] {
    const agreement = context.agreement;
    if (!agreement) {
        return [];
    }
    const parties = context.partiesInScope(agreement);
    const signers = [...parties.filter(party => party.kind === 'client'), ...parties.filter(party => party.kind === 'worker')];
    if (signers.length === 0) {
        return [];
    }
    const edit = context.insertMember(agreement, 'Sign', `sign ${signers.map(party => party.name).join(', ')}`);
    return edit ? [context.action(`Add \`sign ${signers.map(party => party.name).join(', ')}\``, [edit], true)] : [];
}

/** `client-not-signing`: every client (or, with no client, every guardian) signs. */
export function addClientSigners(context: QuickFixContext): CodeAction[] {
    return addSigners(context, parties => {
        const clients = parties.filter(party => party.kind === 'client');
        return clients.length > 0 ? clients : parties.filter(party => party.kind === 'guardian');
    });
}

/** `worker-not-signing`: every worker signs. */
export function addWorkerSigners(context: QuickFixContext): CodeAction[] {
    return addSigners(context, parties => parties.filter(party => party.kind === 'worker'));
}

function addSigners(context: QuickFixContext, choose: (parties: Party[]) => Party[]): CodeAction[] {
    const agreement = context.agreement;
    if (!agreement) {
        return [];
    }
    const own = agreement.members.find(isSign);
    const sign = own ?? templateSection(agreement, isSign);
    const signing = new Set(sign?.signers.map(signer => signer.$refText) ?? []);
    const added = choose(context.partiesInScope(agreement)).map(party => party.name).filter(name => !signing.has(name));
    if (added.length === 0) {
        return [];
    }
    const title = `Add ${added.map(name => `\`${name}\``).join(', ')} to \`sign\``;
    if (own?.$cstNode) {
        const last = lastToken(own.$cstNode)!;
        return [context.action(title, [context.edit(last.end, last.end, added.map(name => `, ${name}`).join(''))], true)];
    }
    const edit = context.insertMember(agreement, 'Sign', `sign ${[...signing, ...added].join(', ')}`);
    return edit ? [context.action(title, [edit], true)] : [];
}

function templateSection<T extends Confidentiality | Sign>(agreement: Agreement, is: (node: unknown) => node is T): T | undefined {
    return templateOf(agreement)?.members.find(is);
}
