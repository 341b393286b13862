/**
 * One namespace per contract or template, one of each single section, and one of each kind of
 * line inside `agency` and `consent`: `duplicate-name` and `duplicate-section`.
 */
import type { AstNode, LangiumDocument, ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import type { Contract, Template } from '../generated/ast.js';
import { isAgency, isConsent, isContract } from '../generated/ast.js';
import type { Agreement, Declaration } from '../ast-utils.js';
import { declarationsOf } from '../ast-utils.js';
import { report } from './report.js';

/** Sections a contract or template may have at most once. */
export const SINGLE_SECTIONS: Readonly<Record<string, string>> = {
    Agency: 'agency',
    Locale: 'locale',
    Purpose: 'purpose',
    Duration: 'duration',
    ContactBy: 'contact-by',
    Confidentiality: 'confidentiality',
    Boundaries: 'boundaries',
    Consent: 'consent',
    Termination: 'termination',
    Sign: 'sign'
};

const KIND_NAMES: Readonly<Record<string, string>> = {
    Party: 'party',
    Goal: 'goal',
    Task: 'task',
    Param: 'parameter'
};

export function describeDeclaration(declaration: Declaration): string {
    return KIND_NAMES[declaration.$type] ?? declaration.$type.toLowerCase();
}

export class NamesValidator {

    checkDuplicateNames(agreement: Contract | Template, accept: ValidationAcceptor): void {
        const first = new Map<string, Declaration>();
        const template = isContract(agreement) ? agreement.template?.ref : undefined;
        if (template) {
            for (const declaration of declarationsOf(template)) {
                if (declaration.name && !first.has(declaration.name)) {
                    first.set(declaration.name, declaration);
                }
            }
        }
        for (const declaration of declarationsOf(agreement)) {
            if (!declaration.name) {
                continue;
            }
            const earlier = first.get(declaration.name);
            if (!earlier) {
                first.set(declaration.name, declaration);
                continue;
            }
            const where = this.whereDeclared(earlier, agreement);
            report(accept, 'duplicate-name', `The name \`${declaration.name}\` is already used by the ${describeDeclaration(earlier)} ${where}; `
                + `parties, goals, tasks and parameters share one set of names, so give this ${describeDeclaration(declaration)} another name.`, {
                node: declaration,
                property: 'name',
                relatedInformation: this.related(earlier, 'First declared here')
            });
        }
    }

    checkDuplicateSections(agreement: Agreement, accept: ValidationAcceptor): void {
        const seen = new Map<string, AstNode>();
        for (const member of agreement.members) {
            const keyword = SINGLE_SECTIONS[member.$type];
            if (!keyword) {
                continue;
            }
            const earlier = seen.get(member.$type);
            if (!earlier) {
                seen.set(member.$type, member);
                continue;
            }
            const line = (earlier.$cstNode?.range.start.line ?? 0) + 1;
            const what = isContract(agreement) ? 'A contract' : 'A template';
            report(accept, 'duplicate-section', `${what} has at most one \`${keyword}\` section; merge this one into the first, on line ${line}.`, {
                node: member,
                keyword,
                relatedInformation: this.related(earlier, `First \`${keyword}\` section`)
            });
        }
        for (const member of agreement.members) {
            if (isAgency(member)) {
                this.checkOncePerKind(member.details, 'agency', accept);
            } else if (isConsent(member)) {
                this.checkOncePerKind(member.items, 'consent', accept);
            }
        }
    }

    /** Inside `agency` and `consent`, each kind of line appears at most once (reported on the second). */
    private checkOncePerKind(lines: ReadonlyArray<AstNode & { kind: string }>, section: string, accept: ValidationAcceptor): void {
        const seen = new Map<string, AstNode>();
        for (const line of lines) {
            if (!line.kind) {
                continue;
            }
            const earlier = seen.get(line.kind);
            if (!earlier) {
                seen.set(line.kind, line);
                continue;
            }
            const at = (earlier.$cstNode?.range.start.line ?? 0) + 1;
            report(accept, 'duplicate-section', `\`${section}\` has at most one \`${line.kind}\` line; keep one, or merge this one into the first, on line ${at}.`, {
                node: line,
                property: 'kind',
                relatedInformation: this.related(earlier, `First \`${line.kind}\` line`)
            });
        }
    }

    private whereDeclared(earlier: Declaration, agreement: Agreement): string {
        const line = (earlier.$cstNode?.range.start.line ?? 0) + 1;
        const owner = AstUtils.getContainerOfType(earlier, (n): n is Agreement => n.$type === 'Contract' || n.$type === 'Template');
        if (owner && owner !== agreement) {
            return `of template \`${owner.name}\``;
        }
        return `on line ${line}`;
    }

    private related(node: AstNode, message: string) {
        const cst = node.$cstNode;
        if (!cst) {
            return undefined;
        }
        const document: LangiumDocument = AstUtils.getDocument(node);
        return [{ location: { uri: document.uri.toString(), range: cst.range }, message }];
    }
}
