/**
 * Messages to a webview page whose script may not listen yet: while the page loads (after its
 * HTML is set, until it says `ready`), only the latest message waits, then it is sent. Shared by
 * the preview and the page of changes.
 */
import type * as vscode from 'vscode';

export class WebviewMailbox {
    private ready = false;
    private pending: object | undefined;

    constructor(private readonly webview: vscode.Webview) { }

    /** The page's HTML was (re)set: hold messages until its script is ready again. */
    reset(): void {
        this.ready = false;
    }

    /** Sends now, or keeps it (replacing any earlier one) until the page is ready. */
    post(message: object): void {
        if (this.ready) {
            void this.webview.postMessage(message);
        } else {
            this.pending = message;
        }
    }

    /** The page's script said `ready`: send what waits. */
    opened(): void {
        this.ready = true;
        if (this.pending) {
            void this.webview.postMessage(this.pending);
            this.pending = undefined;
        }
    }
}
