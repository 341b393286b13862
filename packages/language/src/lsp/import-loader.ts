/**
 * Loads the files that workspace documents `import` but that lie outside the workspace folders
 * (so the workspace manager never read them), so that their templates resolve. After each
 * build, imports that name an existing file not yet loaded are added in one more update; the
 * documents with unresolved references are then relinked by Langium's document builder.
 */
import type { LangiumDocument, URI } from 'langium';
import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Model } from '../generated/ast.js';
import { isModel } from '../generated/ast.js';
import { importedUris } from '../scoping/imports.js';

export class ImportLoader {
    private readonly shared: LangiumSharedServices;
    /** URIs found missing on disk, so that a missing import is not looked for after every keystroke. */
    private readonly missing = new Set<string>();

    constructor(shared: LangiumSharedServices) {
        this.shared = shared;
        shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.IndexedContent, documents => this.loadImportsOf(documents));
        shared.workspace.DocumentBuilder.onUpdate((changed) => {
            // A file that appears on disk may now resolve an import.
            changed.forEach(uri => this.missing.delete(uri.toString()));
        });
    }

    private loadImportsOf(documents: readonly LangiumDocument[]): void {
        const documentsService = this.shared.workspace.LangiumDocuments;
        const fileSystem = this.shared.workspace.FileSystemProvider;
        const toLoad = new Map<string, URI>();
        for (const document of documents) {
            const model = document.parseResult.value;
            if (!isModel(model) || (model.imports ?? []).length === 0) {
                continue;
            }
            for (const uri of importedUris(document as LangiumDocument<Model>)) {
                const key = uri.toString();
                if (toLoad.has(key) || this.missing.has(key) || documentsService.hasDocument(uri)) {
                    continue;
                }
                if (uri.scheme === 'file' && fileSystem.existsSync(uri) && fileSystem.statSync(uri).isFile) {
                    toLoad.set(key, uri);
                } else {
                    this.missing.add(key);
                }
            }
        }
        if (toLoad.size > 0) {
            // Not within the running build: queue an update of its own.
            const uris = [...toLoad.values()];
            void this.shared.workspace.WorkspaceLock.write(token => this.shared.workspace.DocumentBuilder.update(uris, [], token));
        }
    }
}
