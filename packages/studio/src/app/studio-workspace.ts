/**
 * The LSP client's workspace: a file once shown in the editor stays open in the language server
 * for the session, unsaved edits included, while the editor shows another (one editor view
 * shows one file at a time). Files never opened are read by the server from the folder's files
 * it was given. Jumping to a definition in another file opens that file in the editor.
 */
import type { ChangeSet, Text, TransactionSpec } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import type { LSPClient, WorkspaceFile } from '@codemirror/lsp-client';
import { LSPPlugin, Workspace } from '@codemirror/lsp-client';

class StudioFile implements WorkspaceFile {
    constructor(readonly uri: string, readonly languageId: string, public version: number, public doc: Text, public view: EditorView | null) {}

    getView(): EditorView | null {
        return this.view;
    }
}

export class StudioWorkspace extends Workspace {
    files: StudioFile[] = [];
    /** Shows a file of the folder in the editor (set by the page). */
    display: (uri: string) => Promise<EditorView | null> = async () => null;

    constructor(client: LSPClient) {
        super(client);
    }

    syncFiles(): ReturnType<Workspace['syncFiles']> {
        const updates: { changes: ChangeSet, file: WorkspaceFile, prevDoc: Text }[] = [];
        for (const file of this.files) {
            const plugin = file.view && LSPPlugin.get(file.view);
            if (plugin && !plugin.unsyncedChanges.empty) {
                updates.push({ changes: plugin.unsyncedChanges, file, prevDoc: file.doc });
                file.doc = file.view!.state.doc;
                file.version++;
                plugin.clear();
            }
        }
        return updates;
    }

    openFile(uri: string, languageId: string, view: EditorView): void {
        const open = this.files.find(file => file.uri === uri);
        if (!open) {
            const file = new StudioFile(uri, languageId, 0, view.state.doc, view);
            this.files.push(file);
            this.client.didOpen(file);
            return;
        }
        open.view = view;
        if (!open.doc.eq(view.state.doc)) {
            // The editor's text is not what the server has (should not happen): open it afresh.
            this.client.didClose(uri);
            open.doc = view.state.doc;
            open.version++;
            this.client.didOpen(open);
        }
    }

    closeFile(uri: string, view: EditorView): void {
        const open = this.files.find(file => file.uri === uri);
        if (open?.view === view) {
            open.view = null;
        }
    }

    override updateFile(uri: string, update: TransactionSpec): void {
        const open = this.files.find(file => file.uri === uri);
        open?.view?.dispatch(update);
    }

    override displayFile(uri: string): Promise<EditorView | null> {
        return this.display(uri);
    }
}
