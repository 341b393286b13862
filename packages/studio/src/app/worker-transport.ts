/**
 * The editor's LSP client talks to the language worker through this transport: the client's
 * JSON strings become `postMessage` objects (what the worker's `BrowserMessageReader` reads) and
 * back. Other parts of the page (preview, downloads, the template form) send their requests
 * through the same client, so that they are ordered with the edits.
 */
import type { Transport } from '@codemirror/lsp-client';

/** Starts the language worker (a module worker from the app's own origin: `worker-src 'self'`). */
export function startLanguageWorker(): Worker {
    return new Worker(new URL('./worker.js', document.baseURI), { type: 'module', name: 'Tandem language worker' });
}

export function workerTransport(worker: Worker): Transport {
    const handlers = new Map<(value: string) => void, (event: MessageEvent) => void>();
    return {
        send(message: string): void {
            worker.postMessage(JSON.parse(message));
        },
        subscribe(handler: (value: string) => void): void {
            const listener = (event: MessageEvent) => handler(JSON.stringify(event.data));
            handlers.set(handler, listener);
            worker.addEventListener('message', listener);
        },
        unsubscribe(handler: (value: string) => void): void {
            const listener = handlers.get(handler);
            if (listener) {
                worker.removeEventListener('message', listener);
                handlers.delete(handler);
            }
        }
    };
}
