/**
 * Small helpers over the generated AST: which contract or template a node belongs to, and what
 * a contract or template declares.
 */
import type { AstNode } from 'langium';
import type { Contract, Goal, Param, Party, Task, Template } from './generated/ast.js';
import { isContract, isGoal, isParties, isTask, isTemplate } from './generated/ast.js';

/** A contract or a template: each is one namespace (LANGUAGE.md, "Names, scope and files"). */
export type Agreement = Contract | Template;

/** What shares an agreement's namespace. */
export type Declaration = Party | Goal | Task | Param;

export function isAgreement(node: unknown): node is Agreement {
    // Exact types (neither has subtypes): this runs for every reference and location, so no reflection.
    const type = (node as AstNode | undefined)?.$type;
    return type === 'Contract' || type === 'Template';
}

/** The contract or template that contains the node (the node itself if it is one). */
export function getAgreement(node: AstNode | undefined): Agreement | undefined {
    let current = node;
    while (current) {
        if (isAgreement(current)) {
            return current;
        }
        current = current.$container;
    }
    return undefined;
}

export function partiesOf(agreement: Agreement): Party[] {
    const parties: Party[] = [];
    for (const member of agreement.members) {
        if (isParties(member)) {
            parties.push(...member.parties);
        }
    }
    return parties;
}

export function goalsOf(agreement: Agreement): Goal[] {
    return agreement.members.filter(isGoal);
}

export function tasksOf(agreement: Agreement): Task[] {
    return agreement.members.filter(isTask);
}

export function paramsOf(agreement: Agreement): readonly Param[] {
    return isTemplate(agreement) ? agreement.params : [];
}

/** Every declaration of an agreement in source order: parameters, then parties, goals and tasks. */
export function declarationsOf(agreement: Agreement): Declaration[] {
    const declarations: Declaration[] = [...paramsOf(agreement)];
    for (const member of agreement.members) {
        if (isParties(member)) {
            declarations.push(...member.parties);
        } else if (isGoal(member) || isTask(member)) {
            declarations.push(member);
        }
    }
    return declarations;
}

/** The template a contract is `from`, when it resolves. */
export function templateOf(agreement: Agreement): Template | undefined {
    return isContract(agreement) ? agreement.template?.ref : undefined;
}
