/**
 * The local server of Tandem Studio (`tandem studio`): node:http on 127.0.0.1, serving the
 * static app and the API of FOLDER's files, and nothing else. Every request is checked first
 * (`request-guard.ts`: the Host header, and for `/api/*` the X-Tandem-Studio header), every
 * response carries the security headers (`http-responses.ts`); files are read and saved only
 * inside FOLDER (`folder-paths.ts`, `files-api.ts`). The server makes no request of its own.
 *
 *   GET  /api/files               → { folder, files: [{ path }] }
 *   GET  /api/file?path=a.tandem  → the text (text/plain; tandem.json as application/json)
 *   PUT  /api/file?path=a.tandem  → saved atomically → { saved }
 *   GET  /, /app.js, …            → the static app in appDir
 */
import * as fs from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { defaultAppDir } from './app-dir.js';
import { listFiles, readFolderFile, saveFolderFile } from './files-api.js';
import { HttpError, securityHeaderLines, sendError, sendJson, setSecurityHeaders } from './http-responses.js';
import { readTextBody } from './request-body.js';
import { allowedHosts, checkApiRequest, checkHost } from './request-guard.js';
import { StaticApp } from './static-files.js';

export const DEFAULT_PORT = 4717;
export const DEFAULT_HOST = '127.0.0.1';

export interface StudioServerOptions {
    /** The folder whose `.tandem` files are served (must exist and be a folder). */
    readonly folder: string;
    /** 0 picks a free port. Default 4717. */
    readonly port?: number;
    /** Default 127.0.0.1: the server is never reachable from another machine. */
    readonly host?: string;
    /** The static app; default: `dist/` of `@tandem/studio`. */
    readonly appDir?: string;
}

export interface StudioServer {
    /** `http://127.0.0.1:PORT/` */
    readonly url: string;
    readonly port: number;
    /** The real path of the folder served. */
    readonly folder: string;
    /** Stops listening and closes every connection. */
    close(): Promise<void>;
}

type Handler = (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<void>;

/**
 * Starts the server; rejects with the listening error (`code` `EADDRINUSE` when the port is
 * taken) or the folder's (`ENOENT`, `ENOTDIR`).
 */
export async function startStudioServer(options: StudioServerOptions): Promise<StudioServer> {
    const host = options.host ?? DEFAULT_HOST;
    const folder = await fs.realpath(path.resolve(options.folder));
    if (!(await fs.stat(folder)).isDirectory()) {
        throw Object.assign(new Error(`not a folder: ${options.folder}`), { code: 'ENOTDIR' });
    }
    const app = new StaticApp(options.appDir ?? defaultAppDir());
    let hosts = new Set<string>();

    const api: Readonly<Record<string, Readonly<Record<string, Handler>>>> = {
        '/api/files': {
            GET: async (_request, response) => sendJson(response, 200, await listFiles(folder))
        },
        '/api/file': {
            GET: async (_request, response, url) => {
                const { kind, text } = await readFolderFile(folder, url.searchParams.get('path'));
                const bytes = Buffer.from(text, 'utf8');
                response.writeHead(200, {
                    'Content-Type': kind === 'settings' ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
                    'Content-Length': String(bytes.length)
                });
                response.end(bytes);
            },
            PUT: async (request, response, url) => {
                const saved = await saveFolderFile(folder, url.searchParams.get('path'), () => readTextBody(request));
                sendJson(response, 200, { saved });
            }
        }
    };

    const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
        setSecurityHeaders(response);
        checkHost(request, hosts);
        const url = new URL(request.url ?? '/', 'http://localhost');
        const method = request.method ?? 'GET';
        if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
            checkApiRequest(request, hosts);
            const route = api[url.pathname];
            if (route === undefined) {
                throw new HttpError(404, `No such request: ${url.pathname}.`);
            }
            const handler = route[method];
            if (handler === undefined) {
                throw new HttpError(405, `${url.pathname} does not take ${method}.`, { Allow: Object.keys(route).join(', ') });
            }
            await handler(request, response, url);
            return;
        }
        if (method !== 'GET' && method !== 'HEAD') {
            throw new HttpError(405, `${url.pathname} does not take ${method}.`, { Allow: 'GET, HEAD' });
        }
        await app.serve(request, response, url.pathname);
    };

    const server = createServer((request, response) => {
        handle(request, response).catch((error: unknown) => {
            sendError(response, error instanceof HttpError
                ? error
                : new HttpError(500, `Tandem Studio could not answer: ${(error as Error)?.message ?? String(error)}`));
        });
    });
    server.on('clientError', (_error, socket) => {
        if (socket.writable) {
            socket.end(`HTTP/1.1 400 Bad Request\r\n${securityHeaderLines()}Connection: close\r\nContent-Length: 0\r\n\r\n`);
        } else {
            socket.destroy();
        }
    });

    await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? DEFAULT_PORT, host, () => {
            server.off('error', reject);
            resolve();
        });
    });
    const port = (server.address() as AddressInfo).port;
    hosts = allowedHosts(host, port);

    return {
        url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
        port,
        folder,
        close: () => new Promise<void>(resolve => {
            server.close(() => resolve());
            server.closeAllConnections();
        })
    };
}
