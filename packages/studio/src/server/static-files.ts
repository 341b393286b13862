/**
 * The static app (the build in `appDir`: index.html, scripts, styles, chunks, fonts), and
 * nothing else: a file is served only when its real path is inside the real path of `appDir`,
 * no name on the way is hidden (`.x`), and its extension is one of the app's types
 * (`mime-types.ts`). `/` is `index.html`. Each file is read once and, for a client that accepts
 * gzip, compressed once; both are kept in memory until the file changes on disk. A weak ETag
 * lets the browser revalidate (`Cache-Control: no-cache`) without downloading again.
 */
import { promisify } from 'node:util';
import * as fs from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as path from 'node:path';
import { constants, gzip } from 'node:zlib';
import { isInside } from './folder-paths.js';
import { HttpError } from './http-responses.js';
import { fileTypeOf } from './mime-types.js';

const gzipAsync = promisify(gzip);

interface CachedFile {
    readonly mtimeMs: number;
    readonly size: number;
    readonly etag: string;
    readonly body: Buffer;
    /** The gzip of `body`, once asked for; undefined when it would not be smaller. */
    compressed?: Promise<Buffer | undefined>;
}

const NOT_FOUND = 'Not found.';

/**
 * index.html's empty mark for the files API. This server fills it in (`api/`), so the page
 * knows it may read and save the folder's files; the static build on another web server keeps it
 * empty, and the page never asks that server for /api/.
 */
export const FILES_API_MARK = '<meta name="tandem-studio-files" content="">';

function withFilesApi(page: Buffer): Buffer {
    return Buffer.from(page.toString('utf8').replace(FILES_API_MARK, '<meta name="tandem-studio-files" content="api/">'), 'utf8');
}

/** Does the `Accept-Encoding` header accept gzip (`gzip` or `*`, not with `q=0`)? */
export function acceptsGzip(header: string | undefined): boolean {
    if (!header) {
        return false;
    }
    let accepted = false;
    for (const part of header.split(',')) {
        const [coding, ...parameters] = part.trim().toLowerCase().split(';').map(piece => piece.trim());
        const q = parameters.find(parameter => parameter.startsWith('q='));
        const weight = q === undefined ? 1 : Number(q.slice(2));
        if (coding === 'gzip') {
            return weight > 0;
        }
        if (coding === '*') {
            accepted = weight > 0;
        }
    }
    return accepted;
}

export class StaticApp {
    private readonly cache = new Map<string, Promise<CachedFile>>();
    private root: Promise<string> | undefined;

    constructor(readonly appDir: string) {}

    /** Answers a GET or HEAD of `pathname` (as in the URL, percent-encoded). */
    async serve(request: IncomingMessage, response: ServerResponse, pathname: string): Promise<void> {
        const names = namesOf(pathname);
        const type = fileTypeOf(names[names.length - 1]);
        if (type === undefined) {
            throw new HttpError(404, NOT_FOUND);
        }
        const root = await this.realRoot();
        let real: string;
        try {
            real = await fs.realpath(path.join(root, ...names));
        } catch {
            throw new HttpError(404, pathname === '/' ? this.notBuilt() : NOT_FOUND);
        }
        if (!isInside(root, real)) {
            throw new HttpError(404, NOT_FOUND);
        }
        const file = await this.load(real);
        const headers: Record<string, string> = { 'Content-Type': type.contentType, ETag: file.etag };
        if (type.compressible) {
            headers.Vary = 'Accept-Encoding';
        }
        if (request.headers['if-none-match'] === file.etag) {
            response.writeHead(304, headers);
            response.end();
            return;
        }
        let body = file.body;
        if (type.compressible && acceptsGzip(request.headers['accept-encoding'])) {
            file.compressed ??= compress(file.body);
            const compressed = await file.compressed;
            if (compressed) {
                body = compressed;
                headers['Content-Encoding'] = 'gzip';
            }
        }
        headers['Content-Length'] = String(body.length);
        response.writeHead(200, headers);
        response.end(request.method === 'HEAD' ? undefined : body);
    }

    private realRoot(): Promise<string> {
        this.root ??= fs.realpath(this.appDir).catch(() => {
            this.root = undefined;
            throw new HttpError(404, this.notBuilt());
        });
        return this.root;
    }

    private notBuilt(): string {
        return `Tandem Studio's page is not built (no index.html in ${this.appDir}): run \`npm run build\`.`;
    }

    /** The file's bytes, from memory while its size and time of change are those read. */
    private async load(real: string): Promise<CachedFile> {
        let stat;
        try {
            stat = await fs.stat(real);
        } catch {
            throw new HttpError(404, NOT_FOUND);
        }
        if (!stat.isFile()) {
            throw new HttpError(404, NOT_FOUND);
        }
        const cached = this.cache.get(real);
        if (cached) {
            const file = await cached.catch(() => undefined);
            if (file && file.mtimeMs === stat.mtimeMs && file.size === stat.size) {
                return file;
            }
        }
        const loading = fs.readFile(real).then(read => ({
            mtimeMs: stat.mtimeMs,
            size: read.length,
            etag: `W/"${read.length.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`,
            body: path.basename(real) === 'index.html' ? withFilesApi(read) : read
        }));
        this.cache.set(real, loading);
        return loading.catch(() => {
            this.cache.delete(real);
            throw new HttpError(404, NOT_FOUND);
        });
    }
}

/** The names of a URL path, decoded; 403 for one that would climb out or hide a separator, 404 for a hidden one. */
function namesOf(pathname: string): string[] {
    if (pathname === '/') {
        return ['index.html'];
    }
    let names: string[];
    try {
        names = pathname.slice(1).split('/').map(name => decodeURIComponent(name));
    } catch {
        throw new HttpError(400, 'The address is not valid.');
    }
    for (const name of names) {
        if (name === '..' || name === '.' || /[/\\\0]/.test(name)) {
            throw new HttpError(403, 'The address leaves the app\'s files.');
        }
        if (name === '' || name.startsWith('.')) {
            throw new HttpError(404, NOT_FOUND);
        }
    }
    return names;
}

async function compress(body: Buffer): Promise<Buffer | undefined> {
    const compressed = await gzipAsync(body, { level: constants.Z_BEST_COMPRESSION });
    return compressed.length < body.length ? compressed : undefined;
}
