/**
 * What every quick fix works with: the document, the diagnostic it fixes, the AST around it, and
 * text edits that insert and remove members in Tandem's canonical layout (docs/formatting.md):
 * into a block written on several lines, one item per line, indented one level deeper; into a
 * block written on one line, `{ item  item }`.
 */
import type { AstNode, CstNode, LangiumDocument, Reference, ReferenceInfo } from 'langium';
import { AstUtils, CstUtils, isCompositeCstNode, isLeafCstNode } from 'langium';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { Agreement } from '../../ast-utils.js';
import { getAgreement } from '../../ast-utils.js';
import { findKeywordNode } from '../../cst-utils.js';
import { INDENT, lineBreakOf } from '../../formatting/canonical-layout.js';
import type { Member, Model, Party } from '../../generated/ast.js';
import { isParty } from '../../generated/ast.js';
import type { TandemLspServices } from '../tandem-lsp-module.js';

export class QuickFixContext {
    readonly text: string;
    readonly eol: string;

    constructor(
        readonly services: TandemLspServices,
        readonly document: LangiumDocument<Model>,
        readonly diagnostic: Diagnostic
    ) {
        this.text = document.textDocument.getText();
        this.eol = lineBreakOf(this.text);
    }

    /** Offset of the diagnostic's start. */
    get offset(): number {
        return this.document.textDocument.offsetAt(this.diagnostic.range.start);
    }

    /** The token the diagnostic starts on. */
    get leaf(): CstNode | undefined {
        const root = this.document.parseResult.value.$cstNode;
        return root && CstUtils.findLeafNodeAtOffset(root, this.offset);
    }

    /** The contract or template the diagnostic is in. */
    get agreement(): Agreement | undefined {
        return getAgreement(this.leaf?.astNode);
    }

    /** The first AST node of `predicate` around the diagnostic's start. */
    nodeAt<T extends AstNode>(predicate: (node: AstNode) => node is T): T | undefined {
        const leaf = this.leaf;
        return leaf ? AstUtils.getContainerOfType(leaf.astNode, predicate) : undefined;
    }

    /** The text the diagnostic covers. */
    get coveredText(): string {
        const textDocument = this.document.textDocument;
        return this.text.slice(textDocument.offsetAt(this.diagnostic.range.start), textDocument.offsetAt(this.diagnostic.range.end));
    }

    /** The parties a reference from `container` may name (its contract's and its template's). */
    partiesInScope(container: AstNode): Party[] {
        return this.services.references.ScopeProvider.getScope(referenceInfo(container, 'owners', 'Task'))
            .getAllElements().map(description => description.node).filter(isParty).toArray();
    }

    action(title: string, edits: TextEdit[], isPreferred = false): CodeAction {
        return {
            title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [this.diagnostic],
            isPreferred: isPreferred || undefined,
            edit: { changes: { [this.document.uri.toString()]: edits } }
        };
    }

    edit(start: number, end: number, newText: string): TextEdit {
        const textDocument = this.document.textDocument;
        return { range: { start: textDocument.positionAt(start), end: textDocument.positionAt(end) }, newText };
    }

    /**
     * Inserts items into the block (`{ ... }`) of `node`: after the token or node `after`, or at
     * the start of the block. `render` gets the indentation of the block's items and whether the
     * block is written on several lines, and returns the items' text (an item may span lines).
     */
    insertIntoBlock(node: AstNode, after: CstNode | 'start', render: (indent: string, multiLine: boolean) => string[], blankLineBefore = false): TextEdit | undefined {
        const open = findKeywordNode(node.$cstNode, '{');
        const close = node.$cstNode && lastToken(node.$cstNode);
        if (!open || !close || close.text !== '}') {
            return undefined;
        }
        const multiLine = /[\r\n]/.test(this.text.slice(open.offset, close.end));
        const indent = lineIndentation(this.text, open.offset) + INDENT;
        const items = render(indent, multiLine);
        if (multiLine) {
            const at = this.endOfLineContent(after === 'start' ? open.end : after.end);
            const blank = blankLineBefore && after !== 'start' ? this.eol : '';
            return this.edit(at, at, items.map((item, index) => `${this.eol}${index === 0 ? blank : ''}${indent}${item}`).join(''));
        }
        if (this.text.slice(open.end, close.offset).trim() === '') {
            return this.edit(open.end, close.offset, ` ${items.join('  ')} `);
        }
        if (after === 'start') {
            return this.edit(open.end, open.end, ` ${items.join('  ')} `);
        }
        return this.edit(after.end, after.end, `  ${items.join('  ')}`);
    }

    /**
     * Inserts a member into a contract or template where LANGUAGE.md's example would have it:
     * after the last member that comes before it in that order (else after the bindings or
     * parameters, else at the start of the body).
     */
    insertMember(agreement: Agreement, type: Member['$type'], head: string, items?: readonly string[]): TextEdit | undefined {
        const rank = MEMBER_ORDER.indexOf(type);
        const before = agreement.members.filter(member => MEMBER_ORDER.indexOf(member.$type) <= rank);
        const leading: AstNode[] = 'bindings' in agreement ? agreement.bindings : agreement.params;
        const anchor = before[before.length - 1] ?? leading[leading.length - 1];
        const body = agreement.$cstNode ? this.text.slice(agreement.$cstNode.offset, agreement.$cstNode.end) : '';
        const bodyHasBlankLines = /\n[ \t]*\r?\n/.test(body);
        return this.insertIntoBlock(agreement, anchor?.$cstNode ? lastToken(anchor.$cstNode) ?? 'start' : 'start',
            (indent, multiLine) => [renderSection(head, items, multiLine, indent, this.eol)], bodyHasBlankLines);
    }

    /**
     * Removes a node: its whole line(s) when nothing else is on them, else the node and the spaces
     * after it; a block left with nothing in it becomes `{}`.
     */
    removeNode(node: AstNode): TextEdit | undefined {
        const cst = node.$cstNode;
        const first = cst && firstToken(cst);
        const last = cst && lastToken(cst);
        if (!first || !last) {
            return undefined;
        }
        const container = node.$container;
        const open = container && findKeywordNode(container.$cstNode, '{');
        const close = container?.$cstNode && lastToken(container.$cstNode);
        if (open && close?.text === '}' && `${this.text.slice(open.end, first.offset)}${this.text.slice(last.end, close.offset)}`.trim() === '') {
            return this.edit(open.end, close.offset, '');
        }
        const lineStart = this.text.lastIndexOf('\n', first.offset - 1) + 1;
        const end = this.endOfLineContent(last.end);
        const aloneOnLine = this.text.slice(lineStart, first.offset).trim() === '';
        if (aloneOnLine && (end === this.text.length || /[\r\n]/.test(this.text[end]))) {
            const next = this.text.indexOf('\n', end);
            return this.edit(lineStart, next < 0 ? this.text.length : next + 1, '');
        }
        let after = last.end;
        while (after < this.text.length && (this.text[after] === ' ' || this.text[after] === '\t')) {
            after++;
        }
        return this.edit(first.offset, after, '');
    }

    /**
     * After `offset`: the end of its line, when only whitespace and a comment follow on it (so that
     * an insertion does not split an item from its trailing comment); else `offset` itself.
     */
    endOfLineContent(offset: number): number {
        let end = offset;
        while (end < this.text.length && (this.text[end] === ' ' || this.text[end] === '\t')) {
            end++;
        }
        if (this.text.startsWith('//', end)) {
            while (end < this.text.length && this.text[end] !== '\n' && this.text[end] !== '\r') {
                end++;
            }
            return end;
        }
        return end === this.text.length || this.text[end] === '\n' || this.text[end] === '\r' ? end : offset;
    }
}

/** LANGUAGE.md's order of the members of a contract, used to place a new one. */
const MEMBER_ORDER: ReadonlyArray<Member['$type']> = [
    'Agency', 'Locale', 'Purpose', 'Parties', 'Duration', 'ContactBy', 'Goal', 'Task', 'Confidentiality', 'Boundaries', 'Consent',
    'Termination', 'Revision', 'Sign'
];

/** A section in the canonical layout: `head { a  b }` on one line, or one item a line. */
export function renderSection(head: string, items: readonly string[] | undefined, multiLine: boolean, indent: string, eol: string): string {
    if (items === undefined) {
        return head;
    }
    if (items.length === 0) {
        return `${head} {}`;
    }
    if (!multiLine) {
        return `${head} { ${items.join('  ')} }`;
    }
    return `${head} {${items.map(item => `${eol}${indent}${INDENT}${item}`).join('')}${eol}${indent}}`;
}

/** A reference context for asking the scope provider what a reference of `property` could name. */
export function referenceInfo(container: AstNode, property: string, containerType?: string): ReferenceInfo {
    const reference = { $refText: '' } as Reference;
    const scopedContainer = containerType && container.$type !== containerType
        ? { $type: containerType, $container: container } as AstNode
        : container;
    return { reference, container: scopedContainer, property };
}

function lineIndentation(text: string, offset: number): string {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

export function firstToken(node: CstNode): CstNode | undefined {
    for (const child of CstUtils.streamCst(node)) {
        if (isLeafCstNode(child) && !child.hidden) {
            return child;
        }
    }
    return undefined;
}

export function lastToken(node: CstNode): CstNode | undefined {
    if (isLeafCstNode(node)) {
        return node.hidden ? undefined : node;
    }
    if (isCompositeCstNode(node)) {
        for (let i = node.content.length - 1; i >= 0; i--) {
            const found = lastToken(node.content[i]);
            if (found) {
                return found;
            }
        }
    }
    return undefined;
}
