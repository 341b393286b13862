/**
 * Document links: each `import` path links to the file it names (when that file exists).
 */
import type { FileSystemProvider, LangiumDocument, MaybePromise } from 'langium';
import type { DocumentLinkProvider, LangiumServices } from 'langium/lsp';
import type { DocumentLink, DocumentLinkParams } from 'vscode-languageserver';
import type { Model } from '../generated/ast.js';
import { findPropertyNode } from '../cst-utils.js';
import { resolveImportUri } from '../scoping/imports.js';

export class TandemDocumentLinkProvider implements DocumentLinkProvider {
    private readonly fileSystem: FileSystemProvider;

    constructor(services: LangiumServices) {
        this.fileSystem = services.shared.workspace.FileSystemProvider;
    }

    getDocumentLinks(document: LangiumDocument, _params: DocumentLinkParams): MaybePromise<DocumentLink[]> {
        const links: DocumentLink[] = [];
        for (const imp of (document.parseResult.value as Model).imports ?? []) {
            const pathNode = findPropertyNode(imp.$cstNode, 'path');
            if (!pathNode || typeof imp.path !== 'string' || imp.path.length === 0) {
                continue;
            }
            const target = resolveImportUri(document.uri, imp.path);
            if (!this.exists(target)) {
                continue;
            }
            // The path without its quotes.
            const start = document.textDocument.positionAt(pathNode.offset + 1);
            const end = document.textDocument.positionAt(pathNode.end - 1);
            links.push({ range: { start, end }, target: target.toString(), tooltip: `Open ${imp.path}` });
        }
        return links;
    }

    private exists(uri: Parameters<FileSystemProvider['existsSync']>[0]): boolean {
        try {
            return this.fileSystem.existsSync(uri);
        } catch {
            return false;
        }
    }
}
