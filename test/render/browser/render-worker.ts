/**
 * The Web Worker of the browser render test (render-in-browser.test.ts), as the studio's worker
 * would be: `@tandem/render/browser`, fonts served at `/fonts/<file>`, and one message per
 * render: an effective contract (plain data) and a format in, the bytes (or the error) out.
 */
import type { EffectiveContract } from '@tandem/language';
import type { RenderFormat } from '@tandem/render/browser';
import { availableLocales, configureBrowserRenderer, renderContract } from '@tandem/render/browser';

interface RenderRequest {
    readonly id: number;
    readonly contract?: EffectiveContract;
    readonly format?: RenderFormat;
}

/** What is used of the worker's global scope (the test's tsconfig has no DOM types). */
interface WorkerScope {
    onmessage: ((event: { data: RenderRequest }) => void) | null;
    postMessage(message: unknown, transfer?: unknown[]): void;
}

const scope = globalThis as unknown as WorkerScope;

configureBrowserRenderer({ fontUrl: file => new URL(`/fonts/${file}`, location.href) });

scope.onmessage = ({ data }) => {
    if (!data.contract || !data.format) {
        scope.postMessage({ id: data.id, locales: availableLocales() });
        return;
    }
    renderContract(data.contract, { format: data.format }).then(
        bytes => scope.postMessage({ id: data.id, bytes }, [bytes.buffer]),
        (error: unknown) => scope.postMessage({ id: data.id, error: error instanceof Error ? error.stack ?? error.message : String(error) })
    );
};
