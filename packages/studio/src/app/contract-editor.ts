/**
 * The Contract editor: one CodeMirror view that shows one file of the folder at a time, each
 * file keeping its own state (text, undo history, selection) while another is shown. The LSP
 * client gives completion, hover, formatting (Shift+Alt+F), rename (F2) and go to definition
 * (F12); problems come from ./diagnostics.ts. Tab is left to the browser, so the keyboard can
 * always leave the editor (Ctrl+] and Ctrl+[ indent), except that it takes the suggestion shown.
 * Brackets are not closed for the typist: what is typed or pasted is the text.
 */
import { acceptCompletion, autocompletion, closeCompletion, moveCompletionSelection, startCompletion } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentLess, indentMore } from '@codemirror/commands';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { lintGutter, lintKeymap, openLintPanel } from '@codemirror/lint';
import type { LSPClient } from '@codemirror/lsp-client';
import { formatKeymap, hoverTooltips, jumpToDefinitionKeymap, renameKeymap, serverCompletion } from '@codemirror/lsp-client';
import { EditorSelection, EditorState } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import { tandemSyntax } from './tandem-syntax.js';

export interface EditorCallbacks {
    /** The text of a file changed (by typing, a quick fix or formatting). */
    changed(uri: string): void;
    /** The cursor moved into another contract of the file (a file may hold several). */
    contractChanged(): void;
    save(): void;
}

const CONTRACT_DECLARATION = /^[ \t]*contract[ \t]+([A-Za-z_][A-Za-z0-9_]*)/gm;

export class ContractEditor {
    readonly view: EditorView;
    private readonly states = new Map<string, EditorState>();
    private current: string | undefined;

    private client: LSPClient | undefined;
    /** The contract the cursor was last in. */
    private lastContract: string | undefined;

    constructor(parent: HTMLElement, private readonly callbacks: EditorCallbacks) {
        this.view = new EditorView({ parent, state: EditorState.create({ doc: '', extensions: this.baseExtensions() }) });
    }

    /** Starts again with another language client (another folder): no file is shown or kept. */
    useClient(client: LSPClient): void {
        this.view.setState(EditorState.create({ doc: '', extensions: this.baseExtensions() }));
        this.states.clear();
        this.current = undefined;
        this.client = client;
    }

    /** The URI of the file shown. */
    get uri(): string | undefined {
        return this.current;
    }

    /** Shows a file: its kept state, else a new one with this text. */
    show(uri: string, text: string): void {
        if (this.current === uri || !this.client) {
            return;
        }
        this.client.sync();
        if (this.current) {
            this.states.set(this.current, this.view.state);
        }
        this.current = uri;
        this.view.setState(this.states.get(uri) ?? EditorState.create({ doc: text, extensions: [this.baseExtensions(), this.client.plugin(uri, 'tandem')] }));
    }

    /** The text of a file: the editor's when it was opened here, else undefined. */
    textOf(uri: string): string | undefined {
        return uri === this.current ? this.view.state.doc.toString() : this.states.get(uri)?.doc.toString();
    }

    /**
     * The contract the cursor is in: the last declared before it, else the file's first (what the
     * preview and the downloads show, as the VS Code preview follows its code lens).
     */
    contractAtCursor(): string | undefined {
        const text = this.view.state.doc.toString();
        const cursor = this.view.state.selection.main.head;
        let found: string | undefined;
        for (const match of text.matchAll(CONTRACT_DECLARATION)) {
            if (found !== undefined && match.index > cursor) {
                break;
            }
            found = match[1];
        }
        return found;
    }

    /** Moves the cursor to a line and column (1-based) and focuses the editor. */
    reveal(line: number, column: number): void {
        const doc = this.view.state.doc;
        const at = doc.line(Math.min(Math.max(line, 1), doc.lines));
        const position = Math.min(at.from + column - 1, at.to);
        this.view.dispatch({ selection: EditorSelection.cursor(position), effects: EditorView.scrollIntoView(position, { y: 'center' }) });
        this.view.focus();
    }

    private baseExtensions() {
        return [
            lineNumbers(),
            highlightActiveLineGutter(),
            history(),
            drawSelection(),
            indentOnInput(),
            bracketMatching(),
            highlightActiveLine(),
            // Suggestions as you type, taken with Tab (as VS Code can be set to): Enter always
            // starts a new line, so typing never turns into a suggestion by surprise.
            autocompletion({ defaultKeymap: false }),
            serverCompletion(),
            hoverTooltips(),
            lintGutter(),
            tandemSyntax(),
            EditorView.lineWrapping,
            EditorState.tabSize.of(4),
            EditorView.contentAttributes.of({ 'aria-label': 'Contract editor', tabindex: '0' }),
            EditorView.updateListener.of(update => {
                if (update.docChanged && this.current) {
                    this.callbacks.changed(this.current);
                }
                if (update.selectionSet || update.docChanged) {
                    const contract = this.contractAtCursor();
                    if (contract !== this.lastContract) {
                        this.lastContract = contract;
                        if (!update.docChanged) {
                            this.callbacks.contractChanged(); // an edit brings its own preview
                        }
                    }
                }
            }),
            keymap.of([
                { key: 'Mod-s', run: () => { this.callbacks.save(); return true; }, preventDefault: true },
                // As VS Code's Ctrl+.: the problems with their quick fixes, in a list the keyboard can walk.
                { key: 'Mod-.', run: openLintPanel },
                { key: 'Mod-]', run: indentMore },
                { key: 'Mod-[', run: indentLess },
                { key: 'Ctrl-Space', run: startCompletion },
                { key: 'Escape', run: closeCompletion },
                { key: 'ArrowDown', run: moveCompletionSelection(true) },
                { key: 'ArrowUp', run: moveCompletionSelection(false) },
                { key: 'PageDown', run: moveCompletionSelection(true, 'page') },
                { key: 'PageUp', run: moveCompletionSelection(false, 'page') },
                { key: 'Tab', run: acceptCompletion },
                ...defaultKeymap,
                ...historyKeymap,
                ...lintKeymap,
                ...formatKeymap,
                ...renameKeymap,
                ...jumpToDefinitionKeymap
            ])
        ];
    }
}
