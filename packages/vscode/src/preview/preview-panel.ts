/**
 * The live preview: one webview beside the editor that follows the active Tandem editor,
 * re-renders at most 300 ms after the last keystroke (answers that arrive out of order are
 * dropped), keeps its scroll position, shows a DRAFT banner with the error count, switches
 * locale, and reveals the source of a goal or task that is clicked.
 */
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../language-client.js';
import { previewLocale } from '../tandem-settings.js';
import { WebviewMailbox } from './webview-mailbox.js';
import { previewShellHtml, splitAgreementHtml } from './preview-html.js';
import { previewLocaleChoices } from './preview-locales.js';
import type { PreviewSource } from './preview-source.js';

export const PREVIEW_VIEW_TYPE = 'tandem.preview';
const DEBOUNCE_MS = 300;
type WebviewMessage =
    | { type: 'ready' }
    | { type: 'reveal'; line: number; column: number; origin: string }
    | { type: 'locale'; locale: string };

export class PreviewPanel implements vscode.Disposable {
    private static current: PreviewPanel | undefined;

    private readonly disposables: vscode.Disposable[] = [];
    private document: vscode.TextDocument;
    private contract: string | undefined;
    /** The locale picked in the preview; `undefined` follows the `tandem.preview.locale` setting. */
    private locale: string | undefined;
    private shownStyle: string | undefined;
    private templateUri: string | undefined;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private generation = 0;
    private readonly mailbox: WebviewMailbox;

    /** Opens the preview beside the editor of `document`, or points the open one at it. */
    static show(extensionUri: vscode.Uri, source: PreviewSource, document: vscode.TextDocument, contract?: string): PreviewPanel {
        if (PreviewPanel.current) {
            PreviewPanel.current.follow(document, contract);
            PreviewPanel.current.panel.reveal(undefined, true);
            return PreviewPanel.current;
        }
        const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, previewTitle(document), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
            enableScripts: true,
            retainContextWhenHidden: true,
            localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')]
        });
        PreviewPanel.current = new PreviewPanel(panel, extensionUri, source, document, contract);
        return PreviewPanel.current;
    }

    static get open(): PreviewPanel | undefined {
        return PreviewPanel.current;
    }

    private constructor(readonly panel: vscode.WebviewPanel, private readonly extensionUri: vscode.Uri,
        private readonly source: PreviewSource, document: vscode.TextDocument, contract: string | undefined) {
        this.mailbox = new WebviewMailbox(panel.webview);
        this.document = document;
        this.contract = contract;
        this.disposables.push(
            panel.onDidDispose(() => this.dispose()),
            panel.webview.onDidReceiveMessage((message: WebviewMessage) => this.onMessage(message)),
            vscode.window.onDidChangeActiveTextEditor(editor => {
                if (editor?.document.languageId === LANGUAGE_ID && editor.document !== this.document) {
                    this.follow(editor.document, undefined);
                }
            }),
            vscode.workspace.onDidChangeTextDocument(event => {
                if (event.document === this.document) {
                    this.schedule();
                }
            }),
            vscode.workspace.onDidChangeConfiguration(event => {
                if (event.affectsConfiguration('tandem')) {
                    this.schedule();
                }
            })
        );
        void this.update();
    }

    follow(document: vscode.TextDocument, contract: string | undefined): void {
        if (document !== this.document || contract !== this.contract) {
            this.document = document;
            this.contract = contract;
            this.panel.title = previewTitle(document);
        }
        void this.update();
    }

    private schedule(): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.update(), DEBOUNCE_MS);
    }

    private async update(): Promise<void> {
        clearTimeout(this.timer);
        const generation = ++this.generation;
        const document = this.document;
        const locale = this.locale ?? previewLocale();
        try {
            const content = await this.source.render(document, this.contract, locale === '' ? undefined : locale);
            if (generation !== this.generation) {
                return;
            }
            const { style, body } = splitAgreementHtml(content.html);
            if (style !== this.shownStyle) {
                this.shownStyle = style;
                this.mailbox.reset();
                this.panel.webview.html = previewShellHtml(this.panel.webview, this.extensionUri, style);
            }
            this.templateUri = content.templateUri;
            this.post({
                type: 'render', body, errors: content.errors, warnings: content.warnings, contract: content.contract,
                document: document.uri.toString(), locale: this.locale ?? previewLocale() ?? '', locales: previewLocaleChoices()
            });
        } catch (error) {
            if (generation === this.generation) {
                this.post({ type: 'error', message: `The agreement could not be rendered: ${(error as Error).message}` });
            }
        }
    }

    /** Sends a message once the page's script listens; only the latest one waits. */
    private post(message: object): void {
        this.mailbox.post(message);
    }

    private async onMessage(message: WebviewMessage): Promise<void> {
        switch (message.type) {
            case 'ready':
                this.mailbox.opened();
                return;
            case 'locale':
                this.locale = message.locale;
                await this.update();
                return;
            case 'reveal':
                await this.reveal(message);
                return;
        }
    }

    private async reveal(message: { line: number; column: number; origin: string }): Promise<void> {
        if (message.origin === 'template' && !this.templateUri) {
            // Written in the template, whose file the server's answer does not name: nothing to reveal.
            return;
        }
        const uri = message.origin === 'template' ? vscode.Uri.parse(this.templateUri!) : this.document.uri;
        const position = new vscode.Position(Math.max(0, message.line - 1), Math.max(0, message.column - 1));
        const visible = vscode.window.visibleTextEditors.find(editor => editor.document.uri.toString() === uri.toString());
        const editor = await vscode.window.showTextDocument(uri, {
            viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
            selection: new vscode.Range(position, position)
        });
        editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }

    dispose(): void {
        if (PreviewPanel.current === this) {
            PreviewPanel.current = undefined;
        }
        clearTimeout(this.timer);
        this.panel.dispose();
        for (const disposable of this.disposables.splice(0)) {
            disposable.dispose();
        }
    }
}

function previewTitle(document: vscode.TextDocument): string {
    const name = document.uri.path.split('/').pop() ?? 'agreement';
    return `Preview ${name}`;
}
