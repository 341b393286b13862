/**
 * Quick fixes on what a contract or template declares: an owner for a task without one (one fix
 * per party in scope, the client first), and the bindings of a contract `from` a template
 * (bind what is missing, remove a binding twice or without a template, add `from`).
 */
import type { CodeAction } from 'vscode-languageserver';
import { findPropertyNode } from '../../cst-utils.js';
import type { Binding } from '../../generated/ast.js';
import { isBinding, isContract, isTask } from '../../generated/ast.js';
import { buildEffectiveContract } from '../../model/effective-contract-builder.js';
import type { QuickFixContext } from './quick-fix-context.js';
import { lastToken, referenceInfo } from './quick-fix-context.js';

const KIND_ORDER = ['client', 'guardian', 'worker', 'supervisor', 'interpreter', 'party'];

export function addTaskOwner(context: QuickFixContext): CodeAction[] {
    const task = context.nodeAt(isTask);
    if (!task) {
        return [];
    }
    const parties = context.partiesInScope(task).sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
    return parties.flatMap((party, index) => {
        const edit = context.insertIntoBlock(task, 'start', () => [`owner ${party.name}`]);
        return edit ? [context.action(`Add \`owner ${party.name}\` (${party.kind})`, [edit], index === 0)] : [];
    });
}

const EXAMPLE_VALUES = { text: '"..."', date: '2026-12-01', number: '12' } as const;

/** `missing-binding`: binds every parameter that has neither a binding nor a default. */
export function addMissingBindings(context: QuickFixContext): CodeAction[] {
    const contract = context.agreement;
    if (!isContract(contract) || !contract.template?.ref) {
        return [];
    }
    const unbound = buildEffectiveContract(contract).params.filter(param => param.source === undefined);
    if (unbound.length === 0) {
        return [];
    }
    const lines = unbound.map(param => `${param.name} = ${EXAMPLE_VALUES[param.type]}`);
    const lastBinding = contract.bindings[contract.bindings.length - 1];
    const after = lastBinding?.$cstNode ? lastToken(lastBinding.$cstNode) ?? 'start' : 'start';
    const edit = context.insertIntoBlock(contract, after, () => lines);
    const title = unbound.length === 1 ? `Bind \`${unbound[0].name}\`` : `Bind the ${unbound.length} unbound parameters`;
    return edit ? [context.action(title, [edit], true)] : [];
}

/** `duplicate-binding`: the diagnostic is on the later binding; remove it. */
export function removeDuplicateBinding(context: QuickFixContext): CodeAction[] {
    return removeBinding(context, 'Remove this second binding');
}

/** `binding-without-template`: remove the binding, or (with exactly one template in sight) add `from` it. */
export function fixBindingWithoutTemplate(context: QuickFixContext): CodeAction[] {
    const actions = removeBinding(context, 'Remove the binding');
    const contract = context.agreement;
    if (isContract(contract) && !contract.template) {
        const templates = context.services.references.ScopeProvider.getScope(referenceInfo(contract, 'template')).getAllElements().toArray();
        const header = findPropertyNode(contract.$cstNode, 'title') ?? findPropertyNode(contract.$cstNode, 'name');
        if (templates.length === 1 && header) {
            actions.unshift(context.action(`Add \`from ${templates[0].name}\``, [context.edit(header.end, header.end, ` from ${templates[0].name}`)], true));
        }
    }
    return actions;
}

function removeBinding(context: QuickFixContext, title: string): CodeAction[] {
    const binding: Binding | undefined = context.nodeAt(isBinding);
    const edit = binding && context.removeNode(binding);
    return edit ? [context.action(title, [edit])] : [];
}
