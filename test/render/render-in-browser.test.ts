/**
 * The renderer in a browser gives the same bytes as in Node and as the CLI: `@tandem/render/browser`
 * bundled with esbuild (browser platform, ESM, code splitting), run in a real Web Worker in
 * Debian's chromium (headless, playwright-core), renders an English and a Spanish contract to
 * html, pdf and docx. The PDF writer's chunk (pdfkit) and the fonts are fetched only when the
 * first PDF is asked for, and the fonts only once. Everything is served with Studio's
 * Content-Security-Policy (no eval, nothing from another origin).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { EffectiveContract } from '@tandem/language';
import { availableLocales, renderContract } from '@tandem/render';
import { contentSecurityPolicy } from '@tandem/studio/server';
import { exampleContract } from '../../packages/render/test/helpers.js';
import { workspaceAliases } from '../../scripts/workspace-aliases.mjs';
import { REPO, runCli } from '../cli/run-cli.js';
import { CHROMIUM } from '../setup/chromium.js';

const require = createRequire(import.meta.url);
const FONT_FOLDER = path.dirname(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf', { paths: [path.join(REPO, 'packages/render')] }));
const EXAMPLES = ['housing-support', 'youth-mentoring-es'];
const FORMATS = ['html', 'docx', 'pdf'] as const;

/** The bundle's files by URL path, and which of them holds pdfkit. */
const files = new Map<string, { type: string; bytes: Uint8Array }>();
let pdfkitChunk = '';
/** Every path the browser asked the server for, in order. */
const requested: string[] = [];

let server: Server;
let profile: string;
let browser: BrowserContext;
let page: Page;

async function bundleWorker(): Promise<void> {
    const result = await build({
        entryPoints: { worker: path.join(REPO, 'test/render/browser/render-worker.ts') },
        bundle: true,
        platform: 'browser',
        format: 'esm',
        splitting: true,
        target: 'es2022',
        outdir: '/bundle',
        write: false,
        metafile: true,
        logLevel: 'warning',
        alias: workspaceAliases(REPO)
    });
    for (const file of result.outputFiles) {
        files.set(`/bundle/${path.basename(file.path)}`, { type: 'text/javascript', bytes: file.contents });
    }
    for (const [output, { inputs }] of Object.entries(result.metafile.outputs)) {
        if (Object.keys(inputs).some(input => input.includes('node_modules/pdfkit/'))) {
            pdfkitChunk = `/bundle/${path.basename(output)}`;
        }
    }
    for (const file of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']) {
        files.set(`/fonts/${file}`, { type: 'font/ttf', bytes: readFileSync(path.join(FONT_FOLDER, file)) });
    }
    files.set('/', { type: 'text/html', bytes: new TextEncoder().encode('<!doctype html><title>render in a worker</title>') });
}

beforeAll(async () => {
    await bundleWorker();
    server = createServer((request, response) => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        requested.push(url.pathname);
        const file = files.get(url.pathname);
        if (!file) {
            response.writeHead(404).end();
            return;
        }
        response.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store', 'content-security-policy': contentSecurityPolicy() }).end(file.bytes);
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    profile = mkdtempSync(path.join(tmpdir(), 'tandem-chromium-'));
    browser = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
    });
    page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.evaluate(() => {
        const worker = new Worker('/bundle/worker.js', { type: 'module' });
        let next = 0;
        const waiting = new Map<number, (reply: unknown) => void>();
        worker.onmessage = ({ data }) => {
            waiting.get(data.id)?.(data);
            waiting.delete(data.id);
        };
        (globalThis as unknown as { ask: unknown }).ask = (request: Record<string, unknown>) => new Promise(resolve => {
            const id = next++;
            waiting.set(id, resolve);
            worker.postMessage({ ...request, id });
        });
    });
});

afterAll(async () => {
    await browser?.close();
    if (profile) {
        rmSync(profile, { recursive: true, force: true });
    }
    await new Promise(resolve => server ? server.close(resolve) : resolve(undefined));
});

interface WorkerReply {
    readonly bytes?: string;
    readonly error?: string;
    readonly locales?: string[];
}

/** Asks the worker; bytes come back as Latin-1 text (one character a byte) through playwright. */
async function ask(request: { contract?: EffectiveContract; format?: string }): Promise<WorkerReply> {
    return page.evaluate(async request => {
        const reply = await (globalThis as unknown as { ask(request: unknown): Promise<{ bytes?: Uint8Array; error?: string; locales?: string[] }> }).ask(request);
        if (!reply.bytes) {
            return { error: reply.error, locales: reply.locales };
        }
        let text = '';
        for (let start = 0; start < reply.bytes.length; start += 0x8000) {
            text += String.fromCharCode(...reply.bytes.subarray(start, start + 0x8000));
        }
        return { bytes: text };
    }, JSON.parse(JSON.stringify(request)) as typeof request);
}

async function renderInBrowser(contract: EffectiveContract, format: string): Promise<Buffer> {
    const reply = await ask({ contract, format });
    expect(reply.error).toBeUndefined();
    return Buffer.from(reply.bytes!, 'latin1');
}

const fontRequests = () => requested.filter(url => url.startsWith('/fonts/'));

describe('the renderer in a browser (a Web Worker in chromium)', () => {
    test('the bundled locales are the locale files', async () => {
        expect((await ask({})).locales).toEqual(availableLocales());
    });

    test('html, docx, then pdf: the same bytes as in Node and as the CLI; pdfkit and the fonts load with the first PDF', async () => {
        expect(pdfkitChunk).not.toBe('');
        const work = mkdtempSync(path.join(tmpdir(), 'tandem-browser-render-'));
        try {
            for (const format of FORMATS) {
                if (format === 'pdf') {
                    expect(requested, 'pdfkit is not fetched before a PDF is asked for').not.toContain(pdfkitChunk);
                    expect(fontRequests(), 'no font is fetched before a PDF is asked for').toEqual([]);
                }
                for (const example of EXAMPLES) {
                    const contract = await exampleContract(`${example}.tandem`);
                    const inBrowser = await renderInBrowser(contract, format);
                    const inNode = Buffer.from(await renderContract(contract, { format }));
                    expect(inBrowser.length, `${example}.${format}`).toBeGreaterThan(100);
                    expect(inBrowser.equals(inNode), `${example}.${format}: browser and Node`).toBe(true);
                    const out = path.join(work, `${example}.${format}`);
                    const cli = runCli(['render', `examples/${example}.tandem`, '--format', format, '--out', out]);
                    expect(cli.status, cli.stderr).toBe(0);
                    expect(readFileSync(out).equals(inBrowser), `${example}.${format}: browser and CLI`).toBe(true);
                }
            }
            expect(requested).toContain(pdfkitChunk);
            expect(fontRequests().sort(), 'each font is fetched once').toEqual(['/fonts/DejaVuSans-Bold.ttf', '/fonts/DejaVuSans.ttf']);
        } finally {
            rmSync(work, { recursive: true, force: true });
        }
    });
});
