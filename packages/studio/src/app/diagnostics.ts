/**
 * Problems as the editor shows them: the server's `publishDiagnostics` become CodeMirror lint
 * diagnostics (underlines, gutter marks, tooltips) with their quick fixes as actions, and are
 * handed to the Problems list. Edits reach the server a moment after the last keystroke (the
 * LSP client's own diagnostics wait half a second; problems here must follow typing within
 * 200 ms). Quick fixes are the server's code actions, asked once per set of diagnostics.
 */
import type { Diagnostic as LintDiagnostic } from '@codemirror/lint';
import { setDiagnostics } from '@codemirror/lint';
import type { LSPClient, LSPClientExtension } from '@codemirror/lsp-client';
import { LSPPlugin } from '@codemirror/lsp-client';
import type { EditorView } from '@codemirror/view';
import { ViewPlugin } from '@codemirror/view';
import type * as lsp from 'vscode-languageserver-protocol';

/** How long after the last change the edits are sent to the server. */
const SYNC_DELAY_MS = 25;

/** One problem, as the Problems list shows it. */
export interface Problem {
    readonly uri: string;
    readonly line: number;
    readonly column: number;
    readonly severity: 'error' | 'warning' | 'info' | 'hint';
    readonly code?: string;
    readonly message: string;
    readonly fixes: readonly QuickFix[];
}

export interface QuickFix {
    readonly title: string;
    apply(): void;
}

export type ProblemsListener = (uri: string, problems: readonly Problem[]) => void;

/** Sends the editor's edits to the server shortly after each change. */
class QuickSync {
    pending: ReturnType<typeof setTimeout> | undefined;

    update(update: { docChanged: boolean, view: EditorView }): void {
        if (update.docChanged) {
            clearTimeout(this.pending);
            this.pending = setTimeout(() => LSPPlugin.get(update.view)?.client.sync(), SYNC_DELAY_MS);
        }
    }

    destroy(): void {
        clearTimeout(this.pending);
    }
}

export const quickSync = ViewPlugin.fromClass(QuickSync);

/** A diagnostic's message as text (LSP 3.18 allows Markdown, which Tandem does not send). */
function messageText(message: string | lsp.MarkupContent): string {
    return typeof message === 'string' ? message : message.value;
}

const SEVERITIES = ['error', 'error', 'warning', 'info', 'hint'] as const;

/** The client extension that receives the server's diagnostics. */
export function studioDiagnostics(listener: ProblemsListener): LSPClientExtension {
    return {
        clientCapabilities: {
            textDocument: {
                publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true },
                codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } }
            }
        },
        notificationHandlers: {
            'textDocument/publishDiagnostics': (client, params: lsp.PublishDiagnosticsParams) => {
                void showDiagnostics(client, params, listener);
                return true;
            }
        },
        editorExtension: quickSync
    };
}

/** The latest diagnostics received for each URI: an older set still waiting for its quick fixes is dropped. */
const latestReceived = new Map<string, number>();
let received = 0;

async function showDiagnostics(client: LSPClient, params: lsp.PublishDiagnosticsParams, listener: ProblemsListener): Promise<void> {
    const sequence = ++received;
    latestReceived.set(params.uri, sequence);
    const file = client.workspace.getFile(params.uri);
    if (file && params.version != null && params.version !== file.version) {
        return; // an older version's: newer diagnostics follow
    }
    const view = file?.getView() ?? null;
    const plugin = view && LSPPlugin.get(view);
    const fixes = view && plugin && params.diagnostics.length > 0 ? await quickFixes(client, params, view) : new Map<lsp.Diagnostic, QuickFix[]>();
    if (latestReceived.get(params.uri) !== sequence || (file && params.version != null && params.version !== file.version)) {
        return;
    }
    const problems = params.diagnostics.map(item => ({
        uri: params.uri,
        line: item.range.start.line + 1,
        column: item.range.start.character + 1,
        severity: SEVERITIES[item.severity ?? 1],
        code: item.code === undefined ? undefined : String(item.code),
        message: messageText(item.message),
        fixes: fixes.get(item) ?? []
    }));
    if (view && plugin) {
        const lint: LintDiagnostic[] = params.diagnostics.map(item => ({
            from: plugin.unsyncedChanges.mapPos(plugin.fromPosition(item.range.start, plugin.syncedDoc)),
            to: plugin.unsyncedChanges.mapPos(plugin.fromPosition(item.range.end, plugin.syncedDoc)),
            severity: SEVERITIES[item.severity ?? 1],
            source: item.code === undefined ? undefined : String(item.code),
            message: messageText(item.message),
            actions: (fixes.get(item) ?? []).map(fix => ({ name: fix.title, apply: () => fix.apply() }))
        }));
        view.dispatch(setDiagnostics(view.state, lint));
    }
    listener(params.uri, problems);
}

/** The server's quick fixes for the diagnostics, by diagnostic: one request for all of them. */
async function quickFixes(client: LSPClient, params: lsp.PublishDiagnosticsParams, view: EditorView): Promise<Map<lsp.Diagnostic, QuickFix[]>> {
    const found = new Map<lsp.Diagnostic, QuickFix[]>();
    const end = view.state.doc.lines;
    let actions: (lsp.CodeAction | lsp.Command)[] | null;
    try {
        actions = await client.request<lsp.CodeActionParams, (lsp.CodeAction | lsp.Command)[] | null>('textDocument/codeAction', {
            textDocument: { uri: params.uri },
            range: { start: { line: 0, character: 0 }, end: { line: end, character: 0 } },
            context: { diagnostics: params.diagnostics, only: ['quickfix'] }
        });
    } catch {
        return found;
    }
    for (const action of actions ?? []) {
        if (!('edit' in action) || !action.edit) {
            continue;
        }
        const edit = action.edit;
        for (const fixed of action.diagnostics ?? []) {
            const diagnostic = params.diagnostics.find(item => sameDiagnostic(item, fixed));
            if (diagnostic) {
                const list = found.get(diagnostic) ?? [];
                list.push({ title: action.title, apply: () => applyEdit(client, edit) });
                found.set(diagnostic, list);
            }
        }
    }
    return found;
}

function sameDiagnostic(a: lsp.Diagnostic, b: lsp.Diagnostic): boolean {
    return a.message === b.message && a.code === b.code && a.range.start.line === b.range.start.line
        && a.range.start.character === b.range.start.character && a.range.end.line === b.range.end.line
        && a.range.end.character === b.range.end.character;
}

/** Applies a workspace edit to the files open in the editor (quick fixes edit the file they fix). */
export function applyEdit(client: LSPClient, edit: lsp.WorkspaceEdit): void {
    const byUri = new Map<string, lsp.TextEdit[]>(Object.entries(edit.changes ?? {}));
    for (const change of edit.documentChanges ?? []) {
        if ('edits' in change) {
            byUri.set(change.textDocument.uri, [...(byUri.get(change.textDocument.uri) ?? []), ...change.edits.filter((item): item is lsp.TextEdit => 'range' in item)]);
        }
    }
    for (const [uri, edits] of byUri) {
        const view = client.workspace.getFile(uri)?.getView();
        const plugin = view && LSPPlugin.get(view);
        if (!view || !plugin) {
            continue;
        }
        // The edit is of the text the server has: map it over the edits not sent yet.
        const at = (position: lsp.Position) => plugin.unsyncedChanges.mapPos(plugin.fromPosition(position, plugin.syncedDoc));
        view.dispatch({
            changes: edits.map(item => ({
                from: at(item.range.start),
                to: at(item.range.end),
                insert: item.newText
            })),
            userEvent: 'input.quickfix'
        });
    }
}
