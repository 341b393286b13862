/**
 * The worker side of a batch's render pool (./render-pool.ts): renders each agreement it is sent,
 * until the pool terminates it. It needs the renderer only, so that a worker starts without the
 * language core (parser, scoping, validation): the host checks rows and builds agreements.
 */
import type { MessagePort } from 'node:worker_threads';
import type { Agreement, Paper, RenderFormat } from '@tandem/render';
import { prepareRenderer, renderAgreement } from '@tandem/render';

/** Sent once, first: the format whose writer (and fonts) to load before any agreement arrives. */
export interface PrepareMessage {
    readonly prepare: RenderFormat;
}

/** One agreement to render; `agreement` is the agreement model as JSON (plain data). */
export interface RenderMessage {
    readonly id: number;
    readonly agreement: string;
    readonly format: RenderFormat;
    readonly paper?: Paper;
}

/** The answer to a `RenderMessage`: the bytes (transferred), or why there are none. */
export interface RenderReply {
    readonly id: number;
    readonly bytes?: Uint8Array;
    readonly error?: string;
}

export function serveRenderRequests(port: MessagePort): void {
    port.on('message', async (message: RenderMessage | PrepareMessage) => {
        if ('prepare' in message) {
            // A failure here shows again, with its agreement, when that one is rendered.
            await prepareRenderer(message.prepare).catch(() => undefined);
            return;
        }
        try {
            const rendered = await renderAgreement(JSON.parse(message.agreement) as Agreement, { format: message.format, paper: message.paper });
            // Transferred, not copied: a copy of its own unless it owns its whole buffer already.
            const { buffer } = rendered;
            const owned = buffer instanceof ArrayBuffer && rendered.byteOffset === 0 && rendered.byteLength === buffer.byteLength
                ? buffer
                : new Uint8Array(rendered).buffer;
            const reply: RenderReply = { id: message.id, bytes: new Uint8Array(owned) };
            port.postMessage(reply, [owned]);
        } catch (error) {
            const reply: RenderReply = { id: message.id, error: (error as Error)?.message ?? String(error) };
            port.postMessage(reply);
        }
    });
}
