/**
 * Completion that knows where it is:
 * - references by kind (the scope provider already resolves by kind: parties after `owner`,
 *   `sign` and `share ... with`, goals after a task's `for`); where a date or a number is
 *   expected, only parameters of that type; in a contract's bindings, parameters not yet bound;
 * - `{{` inside a string: the names of the parameters in scope;
 * - section keywords that may still come (a section allowed once is not offered twice), with a
 *   snippet for each section and, where a contract or template may start, a whole new contract;
 * - the built-in words after `limit`, `when`, `meet`, `contact-by` and a meeting's `on`, each
 *   with the sentence the agreement will print; the 0.2 keywords with what they are for.
 */
import type { AstNode, AstNodeDescription, GrammarAST, LangiumDocument, MaybePromise, ReferenceInfo, Stream } from 'langium';
import { AstUtils, GrammarAST as GrammarAst } from 'langium';
import type { CompletionAcceptor, CompletionContext } from 'langium/lsp';
import { DefaultCompletionProvider } from 'langium/lsp';
import type { CancellationToken, CompletionItem, CompletionList, CompletionParams } from 'vscode-languageserver';
import { CompletionItemKind, InsertTextFormat, TextEdit } from 'vscode-languageserver';
import type { Param } from '../generated/ast.js';
import { isBinding, isContract, isDateValue, isNumberValue } from '../generated/ast.js';
import type { Agreement } from '../ast-utils.js';
import { getAgreement } from '../ast-utils.js';
import { builtinContextOfRule, builtinSentence, keywordHelp } from '../model/builtin-words.js';
import type { TandemScopeProvider } from '../scoping/tandem-scope-provider.js';
import { SECTION_SNIPPETS, CONTRACT_SNIPPET, TEMPLATE_SNIPPET } from './snippets.js';
import type { TandemLspServices } from './tandem-lsp-module.js';
import { openStringBefore } from './text-utils.js';
import { SINGLE_SECTIONS } from '../validation/names-validator.js';

/** The AST type of each section an agreement may have at most once, by keyword (`duplicate-section` otherwise). */
const SECTION_TYPES: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(SINGLE_SECTIONS).map(([type, keyword]) => [keyword, type]));

/** Sections an agreement may have at most once. */
export const ONCE_ONLY_SECTIONS: ReadonlySet<string> = new Set(Object.keys(SECTION_TYPES));

export class TandemCompletionProvider extends DefaultCompletionProvider {
    private readonly tandemScopes: TandemScopeProvider;

    constructor(services: TandemLspServices) {
        super(services);
        this.tandemScopes = services.references.ScopeProvider;
    }

    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        const text = document.textDocument.getText();
        const offset = document.textDocument.offsetAt(params.position);
        const stringStart = openStringBefore(text, offset);
        if (stringStart !== undefined) {
            return { isIncomplete: false, items: this.placeholderCompletion(document, text, stringStart, offset) };
        }
        return super.getCompletion(document, params, cancelToken);
    }

    /** `{{name` inside a string: the parameters in scope. Nothing else is offered inside a string. */
    private placeholderCompletion(document: LangiumDocument, text: string, stringStart: number, offset: number): CompletionItem[] {
        const before = text.slice(stringStart, offset);
        const match = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)?$/.exec(before);
        if (!match) {
            return [];
        }
        const typed = match[1] ?? '';
        const agreement = this.agreementAt(document, stringStart);
        if (!agreement) {
            return [];
        }
        const after = text.slice(offset, offset + 40);
        const closes = /^[A-Za-z0-9_]*\s*\}\}/.exec(after);
        const replaceEnd = offset + (closes ? closes[0].length : /^[A-Za-z0-9_]*/.exec(after)![0].length);
        const range = { start: document.textDocument.positionAt(offset - typed.length), end: document.textDocument.positionAt(replaceEnd) };
        return this.paramsVisibleFrom(agreement).map(param => ({
            label: param.name,
            kind: CompletionItemKind.Variable,
            detail: `${param.type} parameter`,
            documentation: param.description,
            textEdit: TextEdit.replace(range, `${param.name}}}`),
            sortText: '0'
        }));
    }

    private agreementAt(document: LangiumDocument, offset: number): Agreement | undefined {
        const model = document.parseResult.value as { declarations?: Agreement[] };
        for (const declaration of model.declarations ?? []) {
            const cst = declaration.$cstNode;
            if (cst && cst.offset <= offset && offset <= cst.end) {
                return declaration;
            }
        }
        return undefined;
    }

    private paramsVisibleFrom(agreement: Agreement): Param[] {
        const params: Param[] = [];
        const seen = new Set<string>();
        for (const table of this.tandemScopes.tablesVisibleFrom(agreement)) {
            for (const declaration of table.all('Param')) {
                if (!seen.has(declaration.name)) {
                    seen.add(declaration.name);
                    params.push(declaration as Param);
                }
            }
        }
        return params;
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const candidates = super.getReferenceCandidates(refInfo, context);
        const container = refInfo.container;
        if (isDateValue(container) || isNumberValue(container)) {
            const type = isDateValue(container) ? 'date' : 'number';
            return candidates.filter(candidate => (candidate.node as Param | undefined)?.type === type);
        }
        if (isBinding(container) || (container.$type === 'Binding')) {
            const contract = getAgreement(context.node);
            if (isContract(contract)) {
                // Bound elsewhere: not the binding being written (the one the cursor is in).
                const others = contract.bindings.filter(binding => binding !== container
                    && !(binding.$cstNode && binding.$cstNode.offset <= context.offset && context.offset <= binding.$cstNode.end));
                const bound = new Set(others.map(binding => binding.param?.$refText));
                return candidates.filter(candidate => !bound.has(candidate.name));
            }
        }
        return candidates;
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext) {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const node = description.node as (AstNode & { type?: string; kind?: string; fullName?: string; title?: string }) | undefined;
        if (node?.$type === 'Param') {
            item.detail = `${node.type} parameter`;
        } else if (node?.$type === 'Party') {
            item.detail = `${node.kind} — ${node.fullName ?? ''}`;
        } else if (node?.$type === 'Goal' || node?.$type === 'Task') {
            item.detail = `${node.$type.toLowerCase()} — ${node.title ?? ''}`;
        }
        return item;
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (!this.filterKeyword(context, keyword)) {
            return;
        }
        const agreement = getAgreement(context.node);
        if (ONCE_ONLY_SECTIONS.has(keyword.value) && agreement && this.hasSection(agreement, keyword.value, context.offset)) {
            return;
        }
        const rule = AstUtils.getContainerOfType(keyword, GrammarAst.isParserRule)?.name ?? '';
        const builtin = builtinContextOfRule(rule);
        const sentence = builtin ? builtinSentence(builtin, keyword.value) : undefined;
        const help = sentence ? undefined : keywordHelp(keyword.value);
        acceptor(context, {
            label: keyword.value,
            kind: CompletionItemKind.Keyword,
            detail: sentence ? `${builtin} ${keyword.value}` : 'Keyword',
            documentation: sentence ? { kind: 'markdown', value: `The agreement says: *${sentence}*` } : help ? { kind: 'markdown', value: help } : undefined,
            sortText: '1'
        });
        // Where a section may start, offer a snippet for each section that may still come.
        if (keyword.value === 'goal' && agreement) {
            for (const snippet of SECTION_SNIPPETS) {
                if (ONCE_ONLY_SECTIONS.has(snippet.keyword) && this.hasSection(agreement, snippet.keyword, context.offset)) {
                    continue;
                }
                acceptor(context, snippetItem(snippet));
            }
        }
        if (keyword.value === 'contract') {
            for (const snippet of [CONTRACT_SNIPPET, TEMPLATE_SNIPPET]) {
                acceptor(context, snippetItem(snippet));
            }
        }
    }

    /** Whether the agreement already has the section, other than one the cursor is in. */
    private hasSection(agreement: Agreement, keyword: string, offset: number): boolean {
        const type = SECTION_TYPES[keyword];
        return agreement.members.some(member => member.$type === type && !(member.$cstNode && member.$cstNode.offset <= offset && offset <= member.$cstNode.end));
    }
}

/** A completion item that inserts a snippet, after the keywords in the list. */
function snippetItem(snippet: { label: string; detail: string; body: string; keyword: string }) {
    return {
        label: snippet.label,
        kind: CompletionItemKind.Snippet,
        detail: snippet.detail,
        insertText: snippet.body,
        insertTextFormat: InsertTextFormat.Snippet,
        filterText: snippet.keyword,
        sortText: '2'
    };
}
