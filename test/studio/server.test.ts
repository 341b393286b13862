/**
 * Studio's local server (`@tandem/studio/server`), started in this process on a free port with
 * a temporary FOLDER and a temporary app: the API of the files (list, read, atomic save), every
 * refusal (paths that leave FOLDER, links out, other files, missing header, foreign Host or
 * Origin, unknown routes and methods, too large), the security headers, and the static app
 * (types, gzip, nothing outside appDir).
 */
import { execFileSync } from 'node:child_process';
import {
    chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync
} from 'node:fs';
import { createConnection } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, FILES_API_MARK, startStudioServer } from '@tandem/studio/server';
import type { StudioServer } from '@tandem/studio/server';
import { save, send } from './studio-client.js';

const SETTINGS = '{ "readingLevel": { "targetGrade": 7 } }\n';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CONTRACT = 'contract JaneDoe {\n  // café ✓\n}\n';

let base: string;
let folder: string;
let outside: string;
let appDir: string;
let server: StudioServer;
let port: number;

function setUp(): void {
    base = realpathSync(mkdtempSync(path.join(tmpdir(), 'tandem-studio-')));
    folder = path.join(base, 'clients');
    outside = path.join(base, 'outside');
    appDir = path.join(base, 'app');
    mkdirSync(path.join(folder, 'sub', 'deeper'), { recursive: true });
    mkdirSync(outside);
    mkdirSync(path.join(appDir, 'chunks'), { recursive: true });
    writeFileSync(path.join(folder, 'b.tandem'), CONTRACT);
    writeFileSync(path.join(folder, 'a.tandem'), 'contract A {}\n');
    writeFileSync(path.join(folder, 'sub', 'c.tandem'), 'contract C {}\n');
    writeFileSync(path.join(folder, 'sub', 'deeper', 'd.tandem'), 'contract D {}\n');
    writeFileSync(path.join(folder, 'notes.txt'), 'not a contract');
    writeFileSync(path.join(folder, 'tandem.json'), SETTINGS);
    writeFileSync(path.join(folder, 'sub', 'tandem.json'), '{}\n');
    writeFileSync(path.join(outside, 'secret.tandem'), 'contract Secret {}\n');
    writeFileSync(path.join(outside, 'tandem.json'), '{ "secret": true }\n');
    writeFileSync(path.join(appDir, 'index.html'), '<!doctype html><title>Tandem Studio</title><script type="module" src="app.js"></script>\n');
    writeFileSync(path.join(appDir, 'app.js'), `export const app = ${JSON.stringify('x'.repeat(4000))};\n`);
    writeFileSync(path.join(appDir, 'app.css'), 'body { margin: 0; }\n'.repeat(200));
    writeFileSync(path.join(appDir, 'chunks', 'worker-ABC.js'), 'self.onmessage = () => {};\n');
    writeFileSync(path.join(appDir, 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32, 1, 2, 3]));
    writeFileSync(path.join(appDir, 'lang.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
    writeFileSync(path.join(appDir, '.hidden.js'), 'hidden');
    writeFileSync(path.join(appDir, 'server.ts'), 'export {};');
    writeFileSync(path.join(base, 'secret.js'), 'the server must not serve this');
    symlinkSync(path.join(base, 'secret.js'), path.join(appDir, 'linked.js'));
}

beforeEach(async () => {
    setUp();
    server = await startStudioServer({ folder, port: 0, appDir });
    port = server.port;
});

afterEach(async () => {
    await server.close();
    rmSync(base, { recursive: true, force: true });
});

const error = (response: { json: unknown }) => (response.json as { error?: string } | undefined)?.error ?? '';

describe('startStudioServer', () => {
    it('listens on 127.0.0.1 and gives its URL', async () => {
        expect(server.url).toBe(`http://127.0.0.1:${port}/`);
        expect(port).toBeGreaterThan(0);
        expect(server.folder).toBe(folder);
    });

    it('is not reachable on another address of this machine', async () => {
        const address = Object.values(networkInterfaces()).flat().find(item => item && item.family === 'IPv4' && !item.internal)?.address;
        if (address === undefined) {
            return;
        }
        await expect(new Promise((resolve, reject) => {
            const socket = createConnection({ host: address, port });
            socket.once('connect', () => { socket.destroy(); resolve('connected'); });
            socket.once('error', reject);
        })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    });

    it('rejects with EADDRINUSE when the port is taken', async () => {
        await expect(startStudioServer({ folder, port, appDir })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    });

    it('rejects a folder that does not exist or is a file', async () => {
        await expect(startStudioServer({ folder: path.join(base, 'missing'), port: 0, appDir })).rejects.toMatchObject({ code: 'ENOENT' });
        await expect(startStudioServer({ folder: path.join(folder, 'a.tandem'), port: 0, appDir })).rejects.toMatchObject({ code: 'ENOTDIR' });
    });

    it('serves the app of @tandem/studio (its dist/) by default', async () => {
        const other = await startStudioServer({ folder, port: 0 });
        try {
            const response = await send(other.port, { path: '/' });
            if (existsSync(path.join(REPO, 'packages/studio/dist/index.html'))) {
                expect(response.status).toBe(200);
                // The static build's page, with the mark that tells it this server has the files API.
                const page = readFileSync(path.join(REPO, 'packages/studio/dist/index.html'), 'utf8');
                expect(page).toContain(FILES_API_MARK);
                expect(response.text).toBe(page.replace(FILES_API_MARK, '<meta name="tandem-studio-files" content="api/">'));
            } else {
                expect(response.status).toBe(404);
                expect(error(response)).toContain(path.join(REPO, 'packages/studio/dist'));
            }
        } finally {
            await other.close();
        }
    });
});

describe('GET /api/files', () => {
    it('lists every .tandem file under the folder, relative, with /, sorted, and the folder\'s name', async () => {
        const response = await send(port, { path: '/api/files' });
        expect(response.status).toBe(200);
        expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
        expect(response.json).toEqual({
            folder: 'clients',
            files: [{ path: 'a.tandem' }, { path: 'b.tandem' }, { path: 'sub/c.tandem' }, { path: 'sub/deeper/d.tandem' }],
            settings: 'tandem.json'
        });
        rmSync(path.join(folder, 'tandem.json'));
        try {
            expect((await send(port, { path: '/api/files' })).json).not.toHaveProperty('settings');
        } finally {
            writeFileSync(path.join(folder, 'tandem.json'), SETTINGS);
        }
    });

    it('lists nothing outside the folder, even through a link', async () => {
        symlinkSync(outside, path.join(folder, 'out'));
        symlinkSync(path.join(outside, 'secret.tandem'), path.join(folder, 'secret.tandem'));
        const response = await send(port, { path: '/api/files' });
        expect(JSON.stringify(response.json)).not.toContain('secret');
    });
});

describe('GET /api/file', () => {
    it('answers a file\'s text as text/plain UTF-8', async () => {
        const response = await send(port, { path: '/api/file?path=b.tandem' });
        expect(response.status).toBe(200);
        expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
        expect(response.text).toBe(CONTRACT);
        expect((await send(port, { path: '/api/file?path=sub%2Fdeeper%2Fd.tandem' })).text).toBe('contract D {}\n');
    });

    it('decodes UTF-16 files (with their byte-order mark) and drops a UTF-8 byte-order mark', async () => {
        writeFileSync(path.join(folder, 'le.tandem'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CONTRACT, 'utf16le')]));
        writeFileSync(path.join(folder, 'be.tandem'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CONTRACT, 'utf16le')]).swap16());
        writeFileSync(path.join(folder, 'bom.tandem'), `\ufeff${CONTRACT}`);
        for (const name of ['le', 'be', 'bom']) {
            const response = await send(port, { path: `/api/file?path=${name}.tandem` });
            expect(response.status, name).toBe(200);
            expect(response.text, name).toBe(CONTRACT);
        }
    });

    it('refuses a file that is not UTF-8 with 422, saying where', async () => {
        writeFileSync(path.join(folder, 'latin1.tandem'), Buffer.from('contract Ana {\n  // caf\xe9\n}\n', 'latin1'));
        const response = await send(port, { path: '/api/file?path=latin1.tandem' });
        expect(response.status).toBe(422);
        expect(error(response)).toMatch(/^latin1\.tandem:2:9: not valid UTF-8/);
    });

    it('answers the folder\'s tandem.json as application/json', async () => {
        const response = await send(port, { path: '/api/file?path=tandem.json' });
        expect(response.status).toBe(200);
        expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
        expect(response.json).toEqual({ readingLevel: { targetGrade: 7 } });
    });

    it('is 404 for a file that does not exist', async () => {
        const response = await send(port, { path: '/api/file?path=sub/missing.tandem' });
        expect(response.status).toBe(404);
        expect(error(response)).toBe('no such file or folder: sub/missing.tandem');
    });

    it('is 409 for a folder named like a file', async () => {
        mkdirSync(path.join(folder, 'folder.tandem'));
        expect((await send(port, { path: '/api/file?path=folder.tandem' })).status).toBe(409);
    });

    it('follows a link that stays inside the folder', async () => {
        symlinkSync(path.join(folder, 'sub', 'c.tandem'), path.join(folder, 'c-link.tandem'));
        const response = await send(port, { path: '/api/file?path=c-link.tandem' });
        expect(response.status).toBe(200);
        expect(response.text).toBe('contract C {}\n');
    });
});

describe('PUT /api/file', () => {
    it('saves a file, and reading it back gives the text saved', async () => {
        const text = 'contract B {\n  // “quoted” and ñ\n}\n';
        const response = await save(port, 'b.tandem', text);
        expect(response.status).toBe(200);
        expect(response.json).toEqual({ saved: 'b.tandem' });
        expect(readFileSync(path.join(folder, 'b.tandem'), 'utf8')).toBe(text);
        expect((await send(port, { path: '/api/file?path=b.tandem' })).text).toBe(text);
    });

    it('keeps the file\'s mode', async () => {
        chmodSync(path.join(folder, 'b.tandem'), 0o640);
        expect((await save(port, 'b.tandem', 'contract B2 {}\n')).status).toBe(200);
        expect(statSync(path.join(folder, 'b.tandem')).mode & 0o777).toBe(0o640);
    });

    it('creates a file that is absent (private: 0600), and the missing folders inside FOLDER', async () => {
        expect((await save(port, 'new.tandem', 'contract New {}\n')).json).toEqual({ saved: 'new.tandem' });
        expect(statSync(path.join(folder, 'new.tandem')).mode & 0o777).toBe(0o600);
        expect((await save(port, 'year/2027/ana.tandem', 'contract Ana {}\n')).status).toBe(200);
        expect(readFileSync(path.join(folder, 'year/2027/ana.tandem'), 'utf8')).toBe('contract Ana {}\n');
    });

    it('writes a UTF-16 file back in UTF-16 with its byte-order mark', async () => {
        const file = path.join(folder, 'le.tandem');
        writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('contract Le {}\n', 'utf16le')]));
        expect((await save(port, 'le.tandem', 'contract Le2 {}\n')).status).toBe(200);
        expect(readFileSync(file)).toEqual(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('contract Le2 {}\n', 'utf16le')]));
    });

    it('writes through a link inside the folder and keeps the link', async () => {
        symlinkSync('sub/c.tandem', path.join(folder, 'c-link.tandem'));
        expect((await save(port, 'c-link.tandem', 'contract C2 {}\n')).status).toBe(200);
        expect(readFileSync(path.join(folder, 'sub/c.tandem'), 'utf8')).toBe('contract C2 {}\n');
    });

    it('leaves no temporary file', async () => {
        await save(port, 'b.tandem', 'contract B {}\n');
        await save(port, 'sub/fresh.tandem', 'contract Fresh {}\n');
        const hidden = (dir: string) => readdirSync(dir).filter(name => name.startsWith('.'));
        expect(hidden(folder)).toEqual([]);
        expect(hidden(path.join(folder, 'sub'))).toEqual([]);
    });

    it('refuses text that is not UTF-8 (400), writing nothing', async () => {
        const response = await save(port, 'b.tandem', Buffer.from([0x63, 0xe9, 0x0a]));
        expect(response.status).toBe(400);
        expect(error(response)).toMatch(/not valid UTF-8/);
        expect(readFileSync(path.join(folder, 'b.tandem'), 'utf8')).toBe(CONTRACT);
    });

    it('refuses a body that is not text/plain (415)', async () => {
        const response = await save(port, 'b.tandem', '{}', { 'Content-Type': 'application/json' });
        expect(response.status).toBe(415);
        expect(readFileSync(path.join(folder, 'b.tandem'), 'utf8')).toBe(CONTRACT);
    });

    it('refuses a body above 5 MB (413), declared or streamed, writing nothing', async () => {
        const big = 'x'.repeat(5 * 1024 * 1024 + 1);
        const declared = await save(port, 'b.tandem', big, { 'Content-Length': String(Buffer.byteLength(big)) });
        expect(declared.status).toBe(413);
        expect(error(declared)).toMatch(/too large/);
        const streamed = await save(port, 'b.tandem', big);
        expect(streamed.status).toBe(413);
        expect(readFileSync(path.join(folder, 'b.tandem'), 'utf8')).toBe(CONTRACT);
        expect((await save(port, 'b.tandem', 'x'.repeat(5 * 1024 * 1024))).status).toBe(200);
    });

    it('refuses a folder named like a file (409)', async () => {
        mkdirSync(path.join(folder, 'folder.tandem'));
        expect((await save(port, 'folder.tandem', 'contract F {}\n')).status).toBe(409);
    });
});

describe('a failed save (a full disk)', () => {
    let disk: string;
    let diskServer: StudioServer;

    beforeAll(async () => {
        disk = mkdtempSync(path.join(tmpdir(), 'tandem-studio-full-'));
        execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', disk]);
        writeFileSync(path.join(disk, 'a.tandem'), CONTRACT);
        chmodSync(path.join(disk, 'a.tandem'), 0o644);
        diskServer = await startStudioServer({ folder: disk, port: 0, appDir: disk });
    });

    afterAll(async () => {
        await diskServer.close();
        execFileSync('umount', [disk]);
        rmSync(disk, { recursive: true, force: true });
    });

    it('answers 507, leaves the old file as it was and no temporary file', async () => {
        const response = await save(diskServer.port, 'a.tandem', 'contract A {}\n'.repeat(20_000));
        expect(response.status).toBe(507);
        expect(error(response)).toBe('cannot write a.tandem: no space left on the disk');
        expect(readFileSync(path.join(disk, 'a.tandem'), 'utf8')).toBe(CONTRACT);
        expect(statSync(path.join(disk, 'a.tandem')).mode & 0o777).toBe(0o644);
        expect(readdirSync(disk)).toEqual(['a.tandem']);
    });
});

describe('paths that leave the folder are refused with 403, reading and saving', () => {
    const variants: Array<[string, string]> = [
        ['..', '../outside/secret.tandem'],
        ['.. inside a path', 'sub/../../outside/secret.tandem'],
        ['.. at the end of a folder', 'sub/..'],
        ['encoded %2e%2e', '%2e%2e/outside/secret.tandem'],
        ['encoded %2E%2E%2F', '%2E%2E%2Foutside%2Fsecret.tandem'],
        ['a backslash', '..%5Coutside%5Csecret.tandem'],
        ['a backslash alone', 'sub%5Cc.tandem'],
        ['an absolute path', 'OUTSIDE/secret.tandem'],
        ['a root path', '/etc/passwd.tandem'],
        ['a drive letter', 'C:%5Cclients%5Ca.tandem'],
        ['a drive letter with /', 'C:/clients/a.tandem'],
        ['a NUL byte', 'a.tandem%00.tandem'],
        ['a NUL byte at the end', 'outside.tandem%00'],
        ['a . name', './a.tandem'],
        ['an empty name', 'sub//c.tandem']
    ];

    // The absolute path of the folder outside, known once it is made.
    const absolute = (requested: string) => requested.replace('OUTSIDE', encodeURIComponent(outside));

    it.each(variants)('%s: GET %s', async (_name, requested) => {
        requested = absolute(requested);
        const response = await send(port, { path: `/api/file?path=${requested}` });
        expect(response.status).toBe(403);
        expect(error(response)).toMatch(/^The path leaves the folder Tandem Studio serves/);
        expect(response.text).not.toContain('Secret');
    });

    it.each(variants)('%s: PUT %s', async (_name, requested) => {
        requested = absolute(requested);
        const response = await send(port, { method: 'PUT', path: `/api/file?path=${requested}`, headers: { 'Content-Type': 'text/plain' }, body: 'contract Evil {}\n' });
        expect(response.status).toBe(403);
        expect(readFileSync(path.join(outside, 'secret.tandem'), 'utf8')).toBe('contract Secret {}\n');
    });

    it('a link to a file outside: reading and saving refused, the file outside unchanged', async () => {
        symlinkSync(path.join(outside, 'secret.tandem'), path.join(folder, 'secret.tandem'));
        const read = await send(port, { path: '/api/file?path=secret.tandem' });
        expect(read.status).toBe(403);
        expect(error(read)).toMatch(/symbolic link/);
        expect((await save(port, 'secret.tandem', 'contract Evil {}\n')).status).toBe(403);
        expect(readFileSync(path.join(outside, 'secret.tandem'), 'utf8')).toBe('contract Secret {}\n');
    });

    it('a link to a folder outside: reading, saving and creating refused', async () => {
        symlinkSync(outside, path.join(folder, 'out'));
        expect((await send(port, { path: '/api/file?path=out/secret.tandem' })).status).toBe(403);
        expect((await save(port, 'out/secret.tandem', 'contract Evil {}\n')).status).toBe(403);
        expect((await save(port, 'out/new.tandem', 'contract Evil {}\n')).status).toBe(403);
        expect((await save(port, 'out/deeper/new.tandem', 'contract Evil {}\n')).status).toBe(403);
        expect(readdirSync(outside).sort()).toEqual(['secret.tandem', 'tandem.json']);
    });

    it('a dangling link that points outside: saving refused, nothing created', async () => {
        symlinkSync(path.join(outside, 'planted.tandem'), path.join(folder, 'planted.tandem'));
        expect((await save(port, 'planted.tandem', 'contract Evil {}\n')).status).toBe(403);
        expect(existsSync(path.join(outside, 'planted.tandem'))).toBe(false);
    });

    it('the folder\'s tandem.json, linked from outside, is refused', async () => {
        rmSync(path.join(folder, 'tandem.json'));
        symlinkSync(path.join(outside, 'tandem.json'), path.join(folder, 'tandem.json'));
        expect((await send(port, { path: '/api/file?path=tandem.json' })).status).toBe(403);
    });
});

describe('other refusals', () => {
    it('reads only .tandem files and the root tandem.json (400)', async () => {
        for (const requested of ['notes.txt', 'sub/tandem.json', 'b.tandem.bak', '.tandem', 'a.TANDEM']) {
            const response = await send(port, { path: `/api/file?path=${requested}` });
            expect(response.status, requested).toBe(400);
            expect(error(response)).toMatch(/reads only \.tandem files/);
        }
    });

    it('writes only .tandem files (400), not even tandem.json', async () => {
        for (const requested of ['notes.txt', 'tandem.json', 'run.sh', 'b.tandem.js']) {
            const response = await save(port, requested, 'echo hello');
            expect(response.status, requested).toBe(400);
            expect(error(response)).toMatch(/writes only \.tandem files/);
        }
        expect(readFileSync(path.join(folder, 'notes.txt'), 'utf8')).toBe('not a contract');
        expect(existsSync(path.join(folder, 'run.sh'))).toBe(false);
    });

    it('asks for a path when there is none (400)', async () => {
        expect((await send(port, { path: '/api/file' })).status).toBe(400);
        expect((await send(port, { path: '/api/file?path=' })).status).toBe(400);
    });

    it('unknown API routes are 404', async () => {
        for (const route of ['/api', '/api/', '/api/nothing', '/api/files/a.tandem', '/api/file/x']) {
            const response = await send(port, { path: route });
            expect(response.status, route).toBe(404);
            expect(error(response)).not.toBe('');
        }
    });

    it('a wrong method is 405, with Allow', async () => {
        const del = await send(port, { method: 'DELETE', path: '/api/file?path=b.tandem' });
        expect(del.status).toBe(405);
        expect(del.headers.allow).toBe('GET, PUT');
        expect(existsSync(path.join(folder, 'b.tandem'))).toBe(true);
        const post = await send(port, { method: 'POST', path: '/api/files', headers: { 'Content-Type': 'text/plain' }, body: 'x' });
        expect(post.status).toBe(405);
        expect(post.headers.allow).toBe('GET');
        expect((await send(port, { method: 'POST', path: '/', body: 'x' })).status).toBe(405);
        expect((await send(port, { method: 'PUT', path: '/index.html', body: 'x' })).status).toBe(405);
        expect(readFileSync(path.join(appDir, 'index.html'), 'utf8')).toContain('Tandem Studio');
    });

    it('API requests without X-Tandem-Studio: 1 are refused (403), and save nothing', async () => {
        for (const [method, route] of [['GET', '/api/files'], ['GET', '/api/file?path=b.tandem'], ['PUT', '/api/file?path=b.tandem'], ['GET', '/api/nothing']]) {
            const response = await send(port, { method, path: route, bare: true, headers: { 'Content-Type': 'text/plain' }, body: method === 'PUT' ? 'contract Evil {}\n' : undefined });
            expect(response.status, route).toBe(403);
            expect(error(response)).toBe('Requests to the API must carry the header X-Tandem-Studio: 1.');
        }
        expect((await send(port, { path: '/api/files', bare: true, headers: { 'X-Tandem-Studio': '0' } })).status).toBe(403);
        expect(readFileSync(path.join(folder, 'b.tandem'), 'utf8')).toBe(CONTRACT);
    });

    it('API requests from a page of another origin are refused (403)', async () => {
        for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${port + 1}`, `https://127.0.0.1:${port}`]) {
            expect((await send(port, { path: '/api/files', headers: { Origin: origin } })).status, origin).toBe(403);
        }
        expect((await send(port, { path: '/api/files', headers: { Origin: `http://127.0.0.1:${port}` } })).status).toBe(200);
        expect((await send(port, { path: '/api/files', headers: { Origin: `http://localhost:${port}` } })).status).toBe(200);
    });

    it('a Host other than 127.0.0.1:PORT or localhost:PORT is refused (403), for the app too (DNS rebinding)', async () => {
        for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1}`, '127.0.0.1', `localhost.evil.example:${port}`, `0.0.0.0:${port}`]) {
            const api = await send(port, { path: '/api/files', headers: { Host: host } });
            expect(api.status, host).toBe(403);
            expect(error(api)).toMatch(/only requests addressed to/);
            expect((await send(port, { path: '/', headers: { Host: host } })).status, host).toBe(403);
        }
        expect((await send(port, { path: '/api/files', headers: { Host: `localhost:${port}` } })).status).toBe(200);
        expect((await send(port, { path: '/api/files', headers: { Host: `LOCALHOST:${port}` } })).status).toBe(200);
    });

    it('never answers a CORS preflight, nor sends CORS headers', async () => {
        const preflight = await send(port, {
            method: 'OPTIONS', path: '/api/file?path=b.tandem', bare: true,
            headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'x-tandem-studio' }
        });
        expect(preflight.status).toBeGreaterThanOrEqual(400);
        for (const response of [preflight, await send(port, { path: '/api/files', headers: { Origin: `http://127.0.0.1:${port}` } }), await send(port, { path: '/' })]) {
            expect(Object.keys(response.headers).filter(name => name.startsWith('access-control-'))).toEqual([]);
        }
    });
});

describe('security headers', () => {
    it('every response carries the CSP, nosniff, no-referrer and no-cache; the CSP has no inline scripts', async () => {
        const responses = [
            await send(port, { path: '/' }),
            await send(port, { path: '/app.js' }),
            await send(port, { path: '/missing.js' }),
            await send(port, { path: '/api/files' }),
            await send(port, { path: '/api/file?path=b.tandem' }),
            await save(port, 'b.tandem', CONTRACT),
            await send(port, { path: '/api/file?path=../x.tandem' }),
            await send(port, { path: '/api/files', bare: true }),
            await send(port, { path: '/', headers: { Host: 'evil.example' } }),
            await send(port, { method: 'DELETE', path: '/' })
        ];
        for (const response of responses) {
            expect(response.headers['content-security-policy']).toBe(contentSecurityPolicy());
            expect(response.headers['x-content-type-options']).toBe('nosniff');
            expect(response.headers['referrer-policy']).toBe('no-referrer');
            expect(response.headers['cache-control']).toBe('no-cache');
        }
        const csp = responses[0].headers['content-security-policy'] as string;
        const scriptSrc = csp.split(';').map(part => part.trim()).find(part => part.startsWith('script-src '));
        expect(scriptSrc).toBeDefined();
        expect(scriptSrc).not.toContain('unsafe-inline');
        expect(scriptSrc).not.toContain('unsafe-eval');
        expect(csp).toMatch(/default-src 'self'/);
    });
});

describe('the static app', () => {
    it('serves index.html at / and each file with its type', async () => {
        const root = await send(port, { path: '/' });
        expect(root.status).toBe(200);
        expect(root.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(root.text).toBe(readFileSync(path.join(appDir, 'index.html'), 'utf8'));
        const types: Array<[string, string]> = [
            ['/index.html', 'text/html; charset=utf-8'],
            ['/app.js', 'text/javascript; charset=utf-8'],
            ['/app.css', 'text/css; charset=utf-8'],
            ['/chunks/worker-ABC.js', 'text/javascript; charset=utf-8'],
            ['/font.woff2', 'font/woff2'],
            ['/lang.wasm', 'application/wasm']
        ];
        for (const [file, type] of types) {
            const response = await send(port, { path: file });
            expect(response.status, file).toBe(200);
            expect(response.headers['content-type'], file).toBe(type);
            expect(response.body, file).toEqual(readFileSync(path.join(appDir, file)));
        }
        const head = await send(port, { method: 'HEAD', path: '/app.js' });
        expect(head.status).toBe(200);
        expect(head.body.length).toBe(0);
    });

    it('sends gzip to a client that accepts it, and the same bytes uncompressed', async () => {
        const plain = readFileSync(path.join(appDir, 'app.js'));
        const gzipped = await send(port, { path: '/app.js', headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
        expect(gzipped.headers['content-encoding']).toBe('gzip');
        expect(gzipped.headers.vary).toBe('Accept-Encoding');
        expect(gzipped.body.length).toBeLessThan(plain.length / 4);
        expect(Number(gzipped.headers['content-length'])).toBe(gzipped.body.length);
        expect(gunzipSync(gzipped.body)).toEqual(plain);
        const again = await send(port, { path: '/app.js', headers: { 'Accept-Encoding': 'gzip' } });
        expect(again.body).toEqual(gzipped.body);
        for (const accept of [undefined, 'identity', 'gzip;q=0', 'br']) {
            const response = await send(port, { path: '/app.js', headers: accept ? { 'Accept-Encoding': accept } : {} });
            expect(response.headers['content-encoding'], accept).toBeUndefined();
            expect(response.body, accept).toEqual(plain);
        }
        const font = await send(port, { path: '/font.woff2', headers: { 'Accept-Encoding': 'gzip' } });
        expect(font.headers['content-encoding']).toBeUndefined();
    });

    it('serves a file changed on disk anew, and answers 304 to a matching ETag', async () => {
        const first = await send(port, { path: '/app.js', headers: { 'Accept-Encoding': 'gzip' } });
        const etag = first.headers.etag as string;
        expect(etag).toBeTruthy();
        const unchanged = await send(port, { path: '/app.js', headers: { 'If-None-Match': etag } });
        expect(unchanged.status).toBe(304);
        writeFileSync(path.join(appDir, 'app.js'), 'export const app = 2;\n');
        const changed = await send(port, { path: '/app.js', headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': etag } });
        expect(changed.status).toBe(200);
        expect(changed.text).toBe('export const app = 2;\n');
    });

    it('serves nothing outside appDir, no hidden file and no file of another type', async () => {
        const refused: Array<[string, number[]]> = [
            ['/../secret.js', [404]],
            ['/%2e%2e/secret.js', [404]],
            ['/..%2Fsecret.js', [403]],
            ['/chunks/..%2F..%2Fsecret.js', [403]],
            ['/..%5Csecret.js', [403]],
            ['/%00.js', [403]],
            ['/linked.js', [404]],
            ['/.hidden.js', [404]],
            ['/server.ts', [404]],
            ['/chunks/', [404]],
            ['/chunks', [404]],
            ['/missing.js', [404]],
            ['/%E0%A4%A.js', [400]]
        ];
        for (const [file, statuses] of refused) {
            const response = await send(port, { path: file });
            expect(statuses, file).toContain(response.status);
            expect(response.text, file).not.toContain('must not serve');
            expect(response.headers['content-type'], file).toBe('application/json; charset=utf-8');
        }
    });

    it('explains a missing build', async () => {
        rmSync(path.join(appDir, 'index.html'));
        const response = await send(port, { path: '/' });
        expect(response.status).toBe(404);
        expect(error(response)).toMatch(/not built .*npm run build/);
    });
});
