/**
 * A raw HTTP client for Studio's server in tests: node:http, so that a test controls what
 * `fetch` would not let it (the Host header, a path sent as written, no Accept-Encoding).
 */
import { request as httpRequest } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';

export interface RawResponse {
    readonly status: number;
    readonly headers: IncomingHttpHeaders;
    readonly body: Buffer;
    /** The body as text. */
    readonly text: string;
    /** The body as JSON (undefined when it is not). */
    readonly json: unknown;
}

export interface RawRequest {
    readonly method?: string;
    /** As sent on the request line, not normalised. */
    readonly path: string;
    readonly headers?: Record<string, string>;
    readonly body?: string | Uint8Array;
    /** Leave out `X-Tandem-Studio: 1`. */
    readonly bare?: boolean;
}

export function send(port: number, options: RawRequest): Promise<RawResponse> {
    return new Promise((resolve, reject) => {
        const headers: Record<string, string> = { Host: `127.0.0.1:${port}`, ...(options.bare ? {} : { 'X-Tandem-Studio': '1' }), ...options.headers };
        const request = httpRequest({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers, agent: false }, response => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () => {
                const body = Buffer.concat(chunks);
                const text = body.toString('utf8');
                let json: unknown;
                try {
                    json = JSON.parse(text);
                } catch {
                    json = undefined;
                }
                resolve({ status: response.statusCode ?? 0, headers: response.headers, body, text, json });
            });
            response.on('error', reject);
        });
        request.on('error', reject);
        request.end(options.body);
    });
}

/** `PUT /api/file?path=…` with a text/plain body. */
export function save(port: number, file: string, body: string | Uint8Array, headers: Record<string, string> = {}): Promise<RawResponse> {
    return send(port, { method: 'PUT', path: `/api/file?path=${encodeURIComponent(file)}`, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...headers }, body });
}
