/**
 * Workspace symbols: every contract and template, and every party, goal, task and parameter
 * they declare, in every document of the workspace (the index holds only templates, the one
 * thing other files may refer to, so the documents are walked instead).
 */
import type { LangiumDocuments } from 'langium';
import { Cancellation, interruptAndCheck } from 'langium';
import type { FuzzyMatcher, LangiumSharedServices, WorkspaceSymbolProvider } from 'langium/lsp';
import type { WorkspaceSymbol, WorkspaceSymbolParams } from 'vscode-languageserver';
import type { Model } from '../generated/ast.js';
import { isModel } from '../generated/ast.js';
import { declarationsOf } from '../ast-utils.js';
import { findPropertyNode } from '../cst-utils.js';
import { SYMBOL_KINDS } from './tandem-document-symbol-provider.js';

export class TandemWorkspaceSymbolProvider implements WorkspaceSymbolProvider {
    private readonly documents: LangiumDocuments;
    private readonly fuzzyMatcher: FuzzyMatcher;

    constructor(services: LangiumSharedServices) {
        this.documents = services.workspace.LangiumDocuments;
        this.fuzzyMatcher = services.lsp.FuzzyMatcher;
    }

    async getSymbols(params: WorkspaceSymbolParams, cancelToken = Cancellation.CancellationToken.None): Promise<WorkspaceSymbol[]> {
        const query = params.query;
        const symbols: WorkspaceSymbol[] = [];
        for (const document of this.documents.all) {
            await interruptAndCheck(cancelToken);
            const model = document.parseResult.value;
            if (!isModel(model)) {
                continue;
            }
            const uri = document.uri.toString();
            for (const agreement of (model as Model).declarations ?? []) {
                const named = [agreement, ...declarationsOf(agreement)];
                for (const node of named) {
                    if (!node.name || !node.$cstNode || !this.fuzzyMatcher.match(query, node.name)) {
                        continue;
                    }
                    const nameNode = findPropertyNode(node.$cstNode, 'name') ?? node.$cstNode;
                    symbols.push({
                        name: node.name,
                        kind: SYMBOL_KINDS[node.$type],
                        containerName: node === agreement ? undefined : agreement.name,
                        location: { uri, range: nameNode.range }
                    });
                }
            }
        }
        return symbols;
    }
}
