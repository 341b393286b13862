/**
 * What every response of Studio's local server carries, and how it answers: the security
 * headers (the Content-Security-Policy of `content-security-policy.ts`, no sniffing, no referrer,
 * revalidate before reuse), JSON bodies, and refusals as `{ "error": "<message>" }` with a 4xx or
 * 5xx status. An `HttpError` thrown anywhere in a request's handling becomes that refusal. No
 * CORS header is ever sent: the API is for the page the server itself serves.
 */
import type { ServerResponse } from 'node:http';
import { contentSecurityPolicy } from './content-security-policy.js';

/** A request refused, with the status and the message the page shows. */
export class HttpError extends Error {
    constructor(readonly status: number, message: string, readonly headers: Readonly<Record<string, string>> = {}) {
        super(message);
    }
}

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache'
};

/** The headers of every response (set before anything else is). */
export function setSecurityHeaders(response: ServerResponse): void {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        response.setHeader(name, value);
    }
}

/** The same headers as raw header lines, for answers written straight to a socket. */
export function securityHeaderLines(): string {
    return Object.entries(SECURITY_HEADERS).map(([name, value]) => `${name}: ${value}\r\n`).join('');
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
    const bytes = Buffer.from(JSON.stringify(body), 'utf8');
    response.writeHead(status, { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(bytes.length) });
    response.end(bytes);
}

export function sendError(response: ServerResponse, error: HttpError): void {
    if (response.headersSent) {
        response.destroy();
        return;
    }
    sendJson(response, error.status, { error: error.message }, error.headers);
}
