/**
 * Drives Tandem Studio as its users do, for the end-to-end tests: `tandem studio FOLDER
 * --no-open --port 0` (the built CLI) or the static build served by a plain web server, opened
 * in Debian's Chromium (playwright-core). Each session has its own copy of a folder of
 * examples, its own browser profile, and collects the page's errors and CSP violations.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { cpSync, createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import * as http from 'node:http';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../setup/chromium.js';
import { CLI, REPO } from '../cli/run-cli.js';

export const STUDIO_DIST = path.join(REPO, 'packages/studio/dist');

export interface StudioSession {
    readonly url: string;
    /** The folder Studio serves (a copy of the examples). */
    readonly folder: string;
    readonly page: Page;
    readonly context: BrowserContext;
    /** Uncaught page errors, console errors (a failed request is one) and Content-Security-Policy violations seen so far. */
    readonly problems: string[];
    /** The path of every request the page and its worker made, from the first. */
    readonly requests: string[];
    close(): Promise<void>;
}

export interface SessionOptions {
    /** The folder to copy (default: examples/). */
    readonly from?: string;
    /** Serve the static build with a plain web server instead of `tandem studio`. */
    readonly staticBuild?: boolean;
    readonly viewport?: { width: number, height: number };
}

/** A temporary copy of a folder. */
export function copyOfFolder(from = path.join(REPO, 'examples')): string {
    const folder = mkdtempSync(path.join(tmpdir(), 'tandem-studio-folder-'));
    cpSync(from, folder, { recursive: true });
    return folder;
}

export async function openStudio(options: SessionOptions = {}): Promise<StudioSession> {
    if (!existsSync(path.join(STUDIO_DIST, 'index.html'))) {
        throw new Error('Studio is not built: run `npm run build` first.');
    }
    const folder = copyOfFolder(options.from);
    const served = options.staticBuild ? await serveStatic(STUDIO_DIST) : await startStudioCommand(folder);
    const profile = mkdtempSync(path.join(tmpdir(), 'tandem-studio-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        acceptDownloads: true,
        viewport: options.viewport ?? { width: 1400, height: 900 },
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
    });
    const requests: string[] = [];
    context.on('request', request => requests.push(new URL(request.url()).pathname));
    const page = context.pages()[0] ?? await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', error => problems.push(`page error: ${error.message}`));
    page.on('console', message => {
        if (message.type() === 'error' || /Content.Security.Policy|Refused to/i.test(message.text())) {
            problems.push(`console ${message.type()}: ${message.text()}`);
        }
    });
    await page.goto(served.url);
    await page.locator('#app[aria-busy="false"]').waitFor({ timeout: 30_000 });
    return {
        url: served.url, folder, page, context, problems, requests,
        async close() {
            await context.close();
            await served.close();
            rmSync(profile, { recursive: true, force: true });
            rmSync(folder, { recursive: true, force: true });
        }
    };
}

interface Served {
    readonly url: string;
    close(): Promise<void>;
}

/** `tandem studio FOLDER --no-open --port 0`, until its URL is printed. */
async function startStudioCommand(folder: string): Promise<Served> {
    const child: ChildProcess = spawn(process.execPath, [CLI, 'studio', folder, '--no-open', '--port', '0'], {
        cwd: REPO, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe']
    });
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`tandem studio printed no URL: ${output}`)), 20_000);
        const read = (chunk: Buffer) => {
            output += chunk.toString();
            const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
            if (found) {
                clearTimeout(timer);
                resolve(found[0]);
            }
        };
        child.stdout!.on('data', read);
        child.stderr!.on('data', read);
        child.once('exit', status => reject(new Error(`tandem studio exited (${status}): ${output}`)));
    });
    return {
        url,
        close: () => new Promise(resolve => {
            if (child.exitCode !== null) {
                resolve();
                return;
            }
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
        })
    };
}

const STATIC_TYPES: Record<string, string> = {
    '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.ttf': 'font/ttf', '.map': 'application/json'
};

/** The static build on a plain web server: no files API, as on an agency's intranet. */
export async function serveStatic(root: string): Promise<Served> {
    const server = http.createServer((request, response) => {
        const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
        const file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
        if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
            response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
            return;
        }
        response.writeHead(200, { 'Content-Type': STATIC_TYPES[path.extname(file)] ?? 'application/octet-stream' });
        createReadStream(file).pipe(response);
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    return { url: `http://127.0.0.1:${port}/`, close: () => new Promise(resolve => server.close(() => resolve())) };
}
