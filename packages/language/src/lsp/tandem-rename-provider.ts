/**
 * Rename of parties, goals, tasks and parameters, across files. Renaming a parameter also
 * renames its `{{placeholders}}` (in the template and in the contracts from it) and, through the
 * reference index, the bindings in those contracts. A new name is refused, with a message, when
 * it is not a name (`[A-Za-z_][A-Za-z0-9_]*`), is a keyword, or is already taken in the
 * namespace (the agreement's, which a template shares with the contracts from it).
 */
import type { AstNode, CstNode, LangiumDocument, LangiumDocuments, MaybePromise } from 'langium';
import { AstUtils, CstUtils, GrammarAST, URI } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import { DefaultRenameProvider } from 'langium/lsp';
import type { CancellationToken, Range, RenameParams, TextDocumentPositionParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { Contract, Template } from '../generated/ast.js';
import { isContract, isParam, isTemplate } from '../generated/ast.js';
import type { Agreement, Declaration } from '../ast-utils.js';
import { declarationsOf, getAgreement } from '../ast-utils.js';
import { findPlaceholders } from '../model/placeholders.js';
import { isTandemName } from '../names.js';

const RENAMEABLE = new Set(['Party', 'Goal', 'Task', 'Param']);

export class TandemRenameProvider extends DefaultRenameProvider {
    private readonly keywords: ReadonlySet<string>;
    private readonly documents: LangiumDocuments;

    constructor(services: LangiumServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
        const keywords = new Set<string>();
        for (const node of AstUtils.streamAllContents(services.Grammar)) {
            if (GrammarAST.isKeyword(node) && /^[a-z][a-z-]*$/.test(node.value)) {
                keywords.add(node.value);
            }
        }
        this.keywords = keywords;
    }

    override prepareRename(document: LangiumDocument, params: TextDocumentPositionParams, cancelToken?: CancellationToken): MaybePromise<Range | undefined> {
        const found = this.targetAt(document, params);
        if (!found) {
            return undefined;
        }
        if (!RENAMEABLE.has(found.target.$type)) {
            throw new ResponseError(ErrorCodes.InvalidRequest, 'Only parties, goals, tasks and parameters can be renamed.');
        }
        return super.prepareRename(document, params, cancelToken);
    }

    override async rename(document: LangiumDocument, params: RenameParams, cancelToken?: CancellationToken): Promise<WorkspaceEdit | undefined> {
        const found = this.targetAt(document, params);
        if (!found) {
            return undefined;
        }
        const target = found.target as Declaration;
        if (!RENAMEABLE.has(target.$type)) {
            throw new ResponseError(ErrorCodes.InvalidRequest, 'Only parties, goals, tasks and parameters can be renamed.');
        }
        const newName = params.newName;
        this.checkNewName(target, newName);
        const edit = await super.rename(document, params, cancelToken);
        if (!edit || newName === target.name) {
            return edit;
        }
        if (isParam(target)) {
            const changes = edit.changes ??= {};
            for (const agreement of this.sharingNamespace(target)) {
                for (const placeholder of this.placeholdersIn(agreement, target.name)) {
                    (changes[placeholder.uri] ??= []).push(placeholder.edit(newName));
                }
            }
        }
        return edit;
    }

    private targetAt(document: LangiumDocument, params: TextDocumentPositionParams): { target: AstNode; leaf: CstNode } | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) {
            return undefined;
        }
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, offset, /\w/);
        if (!leaf) {
            return undefined;
        }
        const declared = this.references.findDeclarations(leaf);
        if (declared.length > 0) {
            return { target: declared[0], leaf };
        }
        if (this.isNameNode(leaf)) {
            return { target: leaf.astNode, leaf };
        }
        return undefined;
    }

    /** Throws a ResponseError with a message when the new name cannot be used. */
    private checkNewName(target: Declaration, newName: string): void {
        if (!isTandemName(newName)) {
            throw new ResponseError(ErrorCodes.InvalidParams, `\`${newName}\` is not a name: a name starts with a letter or \`_\` and has only letters, digits and \`_\`.`);
        }
        if (this.keywords.has(newName)) {
            const suggestion = newName.charAt(0).toUpperCase() + newName.slice(1).replace(/-/g, '');
            throw new ResponseError(ErrorCodes.InvalidParams, `\`${newName}\` is a keyword and cannot be a name; names are case-sensitive, so \`${suggestion}\` can be.`);
        }
        if (newName === target.name) {
            return;
        }
        for (const agreement of this.sharingNamespace(target)) {
            const clash = declarationsOf(agreement).find(declaration => declaration !== target && declaration.name === newName);
            if (clash) {
                const where = agreement === getAgreement(target) ? '' : ` in ${isTemplate(agreement) ? 'template' : 'contract'} \`${agreement.name}\``;
                throw new ResponseError(ErrorCodes.InvalidParams, `\`${newName}\` is already the name of a ${kindName(clash)}${where}; parties, goals, tasks and parameters share one namespace.`);
            }
        }
    }

    /**
     * The agreements whose names the declaration's name must not clash with: its own; with a
     * template, every contract from it; with a contract, its template.
     */
    private sharingNamespace(target: Declaration): Agreement[] {
        const agreement = getAgreement(target);
        if (!agreement) {
            return [];
        }
        if (isContract(agreement)) {
            const template = agreement.template?.ref;
            return template ? [agreement, template] : [agreement];
        }
        return [agreement, ...this.contractsFrom(agreement)];
    }

    private contractsFrom(template: Template): Contract[] {
        const contracts: Contract[] = [];
        for (const reference of this.references.findReferences(template, { includeDeclaration: false })) {
            const document = this.documents.getDocument(reference.sourceUri instanceof URI ? reference.sourceUri : URI.parse(String(reference.sourceUri)));
            const root = document?.parseResult.value.$cstNode;
            const leaf = root ? CstUtils.findLeafNodeAtOffset(root, reference.segment.offset) : undefined;
            const contract = getAgreement(leaf?.astNode);
            if (isContract(contract) && contract.template?.ref === template && !contracts.includes(contract)) {
                contracts.push(contract);
            }
        }
        return contracts;
    }

    /** Each `{{name}}` in the agreement's strings, as an edit of the name inside the braces. */
    private placeholdersIn(agreement: Agreement, name: string): Array<{ uri: string; edit: (newName: string) => TextEdit }> {
        const found: Array<{ uri: string; edit: (newName: string) => TextEdit }> = [];
        const document = AstUtils.getDocument(agreement);
        const uri = document.uri.toString();
        if (!agreement.$cstNode) {
            return found;
        }
        for (const leaf of CstUtils.streamCst(agreement.$cstNode)) {
            if ((leaf as { tokenType?: { name?: string } }).tokenType?.name !== 'STRING' || !leaf.text.includes('{{')) {
                continue;
            }
            for (const placeholder of findPlaceholders(leaf.text)) {
                if (placeholder.name !== name) {
                    continue;
                }
                const nameOffset = leaf.offset + placeholder.offset + leaf.text.slice(placeholder.offset).indexOf(name);
                const range = {
                    start: document.textDocument.positionAt(nameOffset),
                    end: document.textDocument.positionAt(nameOffset + name.length)
                };
                found.push({ uri, edit: newName => ({ range, newText: newName }) });
            }
        }
        return found;
    }
}

function kindName(declaration: Declaration): string {
    return declaration.$type === 'Param' ? 'parameter' : declaration.$type.toLowerCase();
}
