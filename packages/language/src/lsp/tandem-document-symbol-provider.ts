/**
 * Document symbols as an outline of each agreement: the contract or template, then its
 * parameters, its sections (parties with each party inside, duration, confidentiality, …),
 * goals and tasks, in source order.
 */
import type { AstNode, CstNode, LangiumDocument, MaybePromise } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import type { DocumentSymbol, DocumentSymbolParams } from 'vscode-languageserver';
import { SymbolKind } from 'vscode-languageserver';
import type { Member, Model } from '../generated/ast.js';
import { isContract, isGoal, isParties, isTask, isTemplate } from '../generated/ast.js';
import type { Agreement } from '../ast-utils.js';
import { findPropertyNode } from '../cst-utils.js';
import { TEMPLATE_SYMBOL_KIND } from './protocol.js';

/** The symbol kind of each named thing, shared by document and workspace symbols. */
export const SYMBOL_KINDS: Readonly<Record<string, SymbolKind>> = {
    Contract: SymbolKind.Class,
    Template: TEMPLATE_SYMBOL_KIND as SymbolKind,
    Param: SymbolKind.TypeParameter,
    Party: SymbolKind.Variable,
    Goal: SymbolKind.Event,
    Task: SymbolKind.Method
};

const SECTION_NAMES: Readonly<Record<string, string>> = {
    Agency: 'agency', Locale: 'locale', Parties: 'parties', Duration: 'duration', Confidentiality: 'confidentiality',
    Boundaries: 'boundaries', Termination: 'termination', Revision: 'revision', Sign: 'sign'
};

export class TandemDocumentSymbolProvider implements DocumentSymbolProvider {

    getSymbols(document: LangiumDocument, _params: DocumentSymbolParams): MaybePromise<DocumentSymbol[]> {
        const model = document.parseResult.value as Model;
        const symbols: DocumentSymbol[] = [];
        for (const agreement of model.declarations ?? []) {
            const symbol = this.agreementSymbol(agreement);
            if (symbol) {
                symbols.push(symbol);
            }
        }
        return symbols;
    }

    private agreementSymbol(agreement: Agreement): DocumentSymbol | undefined {
        const children: DocumentSymbol[] = [];
        if (isTemplate(agreement)) {
            for (const param of agreement.params) {
                this.push(children, param, param.name, `${param.type} parameter`);
            }
        }
        for (const member of agreement.members) {
            this.pushMember(children, member);
        }
        const detail = isContract(agreement)
            ? [agreement.title, agreement.template ? `from ${agreement.template.$refText}` : undefined].filter(Boolean).join(' — ')
            : agreement.title;
        return this.symbol(agreement, agreement.name, detail, children);
    }

    private pushMember(children: DocumentSymbol[], member: Member): void {
        if (isGoal(member) || isTask(member)) {
            this.push(children, member, member.name, member.title);
            return;
        }
        const name = SECTION_NAMES[member.$type];
        if (!name || !member.$cstNode) {
            return;
        }
        const partyChildren: DocumentSymbol[] = [];
        if (isParties(member)) {
            for (const party of member.parties) {
                this.push(partyChildren, party, party.name, `${party.kind} — ${party.fullName ?? ''}`);
            }
        }
        children.push({
            name: member.$type === 'Revision' ? `revision ${(member as { number?: number }).number ?? ''}` : name,
            kind: SymbolKind.Namespace,
            range: member.$cstNode.range,
            selectionRange: firstToken(member.$cstNode).range,
            children: partyChildren.length > 0 ? partyChildren : undefined
        });
    }

    private push(into: DocumentSymbol[], node: AstNode & { name?: string }, name: string | undefined, detail?: string): void {
        const symbol = this.symbol(node, name, detail);
        if (symbol) {
            into.push(symbol);
        }
    }

    private symbol(node: AstNode, name: string | undefined, detail?: string, children?: DocumentSymbol[]): DocumentSymbol | undefined {
        const cst = node.$cstNode;
        if (!cst || !name) {
            return undefined;
        }
        const nameNode = findPropertyNode(cst, 'name') ?? cst;
        return {
            name,
            detail: detail || undefined,
            kind: SYMBOL_KINDS[node.$type] ?? SymbolKind.Object,
            range: cst.range,
            selectionRange: nameNode.range,
            children: children && children.length > 0 ? children : undefined
        };
    }
}

function firstToken(node: CstNode): CstNode {
    const content = (node as { content?: CstNode[] }).content;
    return content && content.length > 0 ? firstToken(content[0]) : node;
}
