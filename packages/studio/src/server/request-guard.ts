/**
 * Who may talk to Studio's local server. Every request must name the server itself in its `Host`
 * header (`127.0.0.1:PORT` or `localhost:PORT`), so that a page whose host name is made to point
 * at 127.0.0.1 (DNS rebinding) gets nothing. Every request to `/api/*` must also carry
 * `X-Tandem-Studio: 1`: a page of another site can send that header only after a CORS preflight,
 * which this server never approves; and when it has an `Origin`, the origin must be the server's.
 */
import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-responses.js';

/** The header (and its value) that the app sends with every API request. */
export const STUDIO_HEADER = 'X-Tandem-Studio';
export const STUDIO_HEADER_VALUE = '1';

/** The `host:port` values a request may name: the address listened on, `127.0.0.1` and `localhost`. */
export function allowedHosts(host: string, port: number): Set<string> {
    const named = host.includes(':') ? `[${host}]` : host;
    return new Set([`${named}:${port}`, `127.0.0.1:${port}`, `localhost:${port}`].map(value => value.toLowerCase()));
}

/** Refuses a request whose `Host` is not the server's own (403). */
export function checkHost(request: IncomingMessage, hosts: ReadonlySet<string>): void {
    const host = request.headers.host?.toLowerCase();
    if (host === undefined || !hosts.has(host)) {
        throw new HttpError(403, `This server answers only requests addressed to ${[...hosts].join(' or ')}; open the address that \`tandem studio\` printed.`);
    }
}

/** Refuses an API request without `X-Tandem-Studio: 1`, or from a page of another origin (403). */
export function checkApiRequest(request: IncomingMessage, hosts: ReadonlySet<string>): void {
    if (request.headers[STUDIO_HEADER.toLowerCase()] !== STUDIO_HEADER_VALUE) {
        throw new HttpError(403, `Requests to the API must carry the header ${STUDIO_HEADER}: ${STUDIO_HEADER_VALUE}.`);
    }
    const origin = request.headers.origin;
    if (origin !== undefined && !hosts.has(origin.toLowerCase().replace(/^http:\/\//, ''))) {
        throw new HttpError(403, 'Requests to the API are accepted only from the page of Tandem Studio itself.');
    }
}
