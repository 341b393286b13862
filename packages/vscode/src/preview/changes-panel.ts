/**
 * "What changed in your agreement" beside the editor, for "Tandem: Compare with…": a webview of
 * its own, built like the preview (the same page, CSP and script: preview-html.ts and
 * media/preview.js), showing the page of changes between an older version (a file, or git's
 * HEAD) and the editor's text. It follows edits of that editor (300 ms after the last
 * keystroke, stale answers dropped), is written in the new version's locale (or the one picked
 * in its language switch, or the `tandem.preview.locale` setting), and says so when the
 * agreement changed without a new `revision` or a version has errors.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { plural } from '@tandem/language';
import { where } from '../commands/command-document.js';
import type { AgreementVersion } from '../contract-exports.js';
import { compareAgreementVersions } from '../contract-exports.js';
import { previewLocale, ruleSettings } from '../tandem-settings.js';
import { WebviewMailbox } from './webview-mailbox.js';
import { previewShellHtml, splitAgreementHtml } from './preview-html.js';
import { previewLocaleChoices } from './preview-locales.js';

export const CHANGES_VIEW_TYPE = 'tandem.changes';
const DEBOUNCE_MS = 300;

/** The older version: its text, checked as the file at `path`, and how to name it ("HEAD (1a2b3c4)", "jane-v1.tandem"). */
export interface OlderVersion extends AgreementVersion {
    readonly label: string;
}

type WebviewMessage = { type: 'ready' } | { type: 'locale'; locale: string } | { type: 'reveal' };

export class ChangesPanel implements vscode.Disposable {
    private static current: ChangesPanel | undefined;

    private readonly disposables: vscode.Disposable[] = [];
    private locale: string | undefined;
    private shownStyle: string | undefined;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private generation = 0;
    private readonly mailbox: WebviewMailbox;

    /** Shows the changes from `older` to the text of `document`, in the open panel or a new one beside the editor. */
    static show(extensionUri: vscode.Uri, document: vscode.TextDocument, older: OlderVersion, contract: string | undefined): ChangesPanel {
        const current = ChangesPanel.current;
        if (current) {
            current.compare(document, older, contract);
            current.panel.reveal(undefined, true);
            return current;
        }
        const panel = vscode.window.createWebviewPanel(CHANGES_VIEW_TYPE, changesTitle(document, older), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
            enableScripts: true,
            retainContextWhenHidden: true,
            localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')]
        });
        ChangesPanel.current = new ChangesPanel(panel, extensionUri, document, older, contract);
        return ChangesPanel.current;
    }

    private constructor(readonly panel: vscode.WebviewPanel, private readonly extensionUri: vscode.Uri,
        private document: vscode.TextDocument, private older: OlderVersion, private contract: string | undefined) {
        this.mailbox = new WebviewMailbox(panel.webview);
        this.disposables.push(
            panel.onDidDispose(() => this.dispose()),
            panel.webview.onDidReceiveMessage((message: WebviewMessage) => this.onMessage(message)),
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

    private compare(document: vscode.TextDocument, older: OlderVersion, contract: string | undefined): void {
        this.document = document;
        this.older = older;
        this.contract = contract;
        this.panel.title = changesTitle(document, older);
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
        const older = this.older;
        const locale = this.locale ?? previewLocale() ?? '';
        try {
            const compared = await compareAgreementVersions(older, { path: document.uri.fsPath, text: document.getText() },
                { contract: this.contract, locale: locale === '' ? undefined : locale, settings: ruleSettings() });
            if (generation !== this.generation) {
                return;
            }
            if (compared.kind === 'errors') {
                const first = compared.errors[0];
                const version = compared.version === 'old' ? `The older version (${older.label})` : 'The editor\'s version';
                this.show(this.shownStyle ?? '', { type: 'error', message: `${version} of ${compared.contract} has ${plural(compared.errors.length, 'error')} (first: ${first.code}, ${where(first, document.uri)}: ${first.message}): fix ${compared.errors.length === 1 ? 'it' : 'them'} to see what changed.` });
                return;
            }
            const { style, body } = splitAgreementHtml(compared.html);
            const { changes, revisionAdded } = compared.diff;
            this.show(style, {
                type: 'render', body, errors: 0, warnings: 0, contract: compared.contract,
                notice: changes.length > 0 && !revisionAdded
                    ? { text: `${plural(changes.length, 'change')} since ${older.label}, without a new revision: add one before ${compared.contract} is signed again.`, warning: true }
                    : { text: `${plural(changes.length, 'change')} since ${older.label}.`, warning: false },
                document: `${document.uri.toString()} ${older.label}`, locale, locales: previewLocaleChoices()
            });
        } catch (error) {
            if (generation === this.generation) {
                this.show(this.shownStyle ?? '', { type: 'error', message: `The versions could not be compared: ${(error as Error).message}` });
            }
        }
    }

    /** Builds the page when the stylesheet is new, then sends the update to its script. */
    private show(style: string, message: object): void {
        if (style !== this.shownStyle || this.shownStyle === undefined) {
            this.shownStyle = style;
            this.mailbox.reset();
            this.panel.webview.html = previewShellHtml(this.panel.webview, this.extensionUri, style, 'What changed');
        }
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
                // The page of changes carries no source positions.
                return;
        }
    }

    dispose(): void {
        if (ChangesPanel.current === this) {
            ChangesPanel.current = undefined;
        }
        clearTimeout(this.timer);
        this.panel.dispose();
        for (const disposable of this.disposables.splice(0)) {
            disposable.dispose();
        }
    }
}

function changesTitle(document: vscode.TextDocument, older: OlderVersion): string {
    return `Changes ${path.basename(document.uri.fsPath)} ↔ ${older.label}`;
}
