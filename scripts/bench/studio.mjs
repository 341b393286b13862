// The Tandem Studio benchmark (issue #16), in Debian's Chromium with the real local server
// (`startStudioServer`) serving a copy of examples/ plus a generated contract of about 100 lines
// that validates, named so that it is the file the page opens first:
// - the first view, cold (a new browser and profile each run, so no HTTP cache): from
//   `page.goto` until the editor is ready and the first problems are shown (`#app[aria-busy=
//   "false"]` and `#problems[data-state="ready"]`), median and max, with the bytes transferred
//   (gzip, the worker and everything it imports included) and the number of requests; baseline:
//   `tandem validate` of the same file as a cold process;
// - keystroke → updated Problems in that contract: keys that alternately make an error and take
//   it out again, timed in the page (the keydown's timestamp to the first change of the Problems
//   list that shows the new state), p50/p95/max; baseline: the same edits against the Node
//   language server over stdio, didChange → publishDiagnostics;
// - the PDF writer and the fonts load only with the first PDF: none of them in the first view,
//   then "Download PDF": the time to the download and the bytes fetched for it.
/* global document, window, MutationObserver -- in the functions run in the page */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import {
    DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, InitializedNotification, InitializeRequest
} from 'vscode-languageserver-protocol';
import { startLanguageServerProcess } from './language-server-process.mjs';
import { median, percentile, row, runNode } from './util.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const CLI = path.join(root, 'packages/cli/bin/tandem.js');
const RUNS = 5;
const KEYSTROKES = 40;
/** The pause after each keystroke's problems are shown, as between a typist's keys. */
const PAUSE_MS = 150;
/** Sorts before every example, so Studio opens it first. */
const CONTRACT = 'bench-100-lines.tandem';
/** The line the keystrokes edit: `x` after Priya is a party that does not exist (an error). */
const SIGN_LINE = '    sign Marcus, Priya';

const ms = value => `${value.toFixed(0)} ms`;
const kb = bytes => `${(bytes / 1024).toFixed(0)} KB`;

/** examples/housing-support.tandem without its comments and tasks, then goals and tasks up to ~100 lines. */
function writeContract(folder) {
    const lines = readFileSync(path.join(root, 'examples/housing-support.tandem'), 'utf8').split('\n').filter(line => !line.trimStart().startsWith('//'));
    const head = lines.slice(0, lines.findIndex(line => line.trim().startsWith('contact-by')) + 2);
    const tail = lines.slice(lines.findIndex(line => line.trim().startsWith('confidentiality')));
    const goals = [
        ['Housing', 'Move into a safe home of his own', 'Marcus signs a lease in his own name', '2027-04-23'],
        ['Income', 'Have enough money each month to pay the rent', 'Marcus gets his first housing benefit check', '2027-03-26'],
        ['Work', 'Keep his job while he moves', 'Marcus works all his shifts each month', '2027-04-30']
    ];
    const body = goals.flatMap(([name, title, measure, by]) => [`    goal ${name} "${title}" {`, `        measure "${measure}"`, `        by ${by}`, '    }', '']);
    for (let i = 0; head.length + body.length + tail.length - 1 < 100; i++) {
        body.push(
            `    task Step${i + 1} "Step ${i + 1} toward the goal, done with Priya" {`,
            `        owner Marcus${i % 2 ? ', Priya' : ''}`,
            `        for ${goals[i % goals.length][0]}`,
            `        due 2027-0${2 + (i % 3)}-1${i % 9}`,
            '    }',
            ''
        );
    }
    const text = [...head, ...body, ...tail].join('\n');
    if (!text.includes(`\n${SIGN_LINE}\n}\n`)) {
        throw new Error(`the generated contract does not end with "${SIGN_LINE.trim()}"`);
    }
    const file = path.join(folder, CONTRACT);
    writeFileSync(file, text);
    const check = runNode([CLI, 'validate', file], { allowFailure: true });
    if (check.status !== 0 || !/^0 errors/m.test(check.stdout)) {
        throw new Error(`the generated contract does not validate:\n${check.stdout}${check.stderr}`);
    }
    return { file, text, lines: text.split('\n').length - 1 };
}

async function launch(chromium) {
    const profile = mkdtempSync(path.join(tmpdir(), 'tandem-bench-studio-'));
    const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM, headless: true, acceptDownloads: true, viewport: { width: 1400, height: 900 }, args: CHROMIUM_ARGS
    });
    const page = context.pages()[0] ?? await context.newPage();
    const requests = [];
    context.on('request', request => requests.push(request));
    const errors = [];
    page.on('pageerror', error => errors.push(error.message));
    return {
        context, page, requests, errors,
        async close() {
            await context.close().catch(() => undefined);
            rmSync(profile, { recursive: true, force: true });
        }
    };
}

/** Bytes transferred (headers and encoded body) for these requests. */
async function transferred(requests) {
    const sizes = await Promise.all(requests.map(request => request.sizes().catch(() => undefined)));
    return sizes.reduce((sum, size) => sum + (size ? size.responseHeadersSize + size.responseBodySize : 0), 0);
}

const pathOf = request => new URL(request.url()).pathname;

/** One cold first view: the time to ready (wall, from goto; and the page's own, from navigation start) and the requests made by then. */
async function firstView(browser, url) {
    const { page, requests } = browser;
    await page.addInitScript(() => {
        const ready = () => document.getElementById('app')?.getAttribute('aria-busy') === 'false'
            && document.getElementById('problems')?.getAttribute('data-state') === 'ready';
        const observer = new MutationObserver(() => {
            if (ready()) {
                window.__benchReadyAt = performance.now();
                observer.disconnect();
            }
        });
        observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy', 'data-state'] });
    });
    const start = performance.now();
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__benchReadyAt !== undefined, undefined, { polling: 'raf', timeout: 30_000 });
    const wallMs = performance.now() - start;
    const pageMs = await page.evaluate(() => window.__benchReadyAt);
    const shown = await page.evaluate(() => ({ file: document.getElementById('editor-file')?.textContent, summary: document.getElementById('problems-summary')?.textContent }));
    const made = [...requests];
    const api = made.filter(request => pathOf(request).startsWith('/api/'));
    const app = made.filter(request => !api.includes(request));
    return { wallMs, pageMs, shown, requests: made, appBytes: await transferred(app), folderBytes: await transferred(api) };
}

/** Keystrokes at the end of the `sign` line: `x` (an error), Backspace (none), in turn; timed in the page. */
async function keystrokes(page, clean) {
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    let line;
    for (let up = 0; up < 4 && line !== SIGN_LINE; up++) {
        await page.keyboard.press('ArrowUp');
        line = await page.locator('.cm-activeLine').textContent();
    }
    await page.keyboard.press('End');
    if (line !== SIGN_LINE) {
        throw new Error(`the cursor is not on the sign line but on "${line}"`);
    }
    await page.evaluate(() => {
        const log = { keys: [], changes: [] };
        window.__bench = log;
        window.addEventListener('keydown', event => log.keys.push(event.timeStamp), true);
        const summary = document.getElementById('problems-summary');
        const observer = new MutationObserver(() => log.changes.push({ at: performance.now(), text: summary.textContent }));
        for (const id of ['problems-list', 'problems-summary']) {
            observer.observe(document.getElementById(id), { subtree: true, childList: true, characterData: true });
        }
    });
    const times = [];
    for (let i = 0; i < KEYSTROKES; i++) {
        const typing = i % 2 === 0;
        await page.keyboard.press(typing ? 'x' : 'Backspace');
        const latency = await page.waitForFunction(([index, clean, typing]) => {
            const log = window.__bench;
            const key = log.keys[index];
            const shown = key === undefined ? undefined : log.changes.find(change => change.at >= key && (typing ? change.text !== clean : change.text === clean));
            return shown === undefined ? false : shown.at - key;
        }, [i, clean, typing], { polling: 'raf', timeout: 10_000 });
        times.push(await latency.jsonValue());
        await page.waitForTimeout(PAUSE_MS);
    }
    const errorText = await page.evaluate(() => window.__bench.changes.find(change => /error/.test(change.text))?.text);
    return { times, errorText };
}

/** The same edits against the Node language server (`--stdio`): didChange → publishDiagnostics of the new state. */
async function languageServerKeystrokes(folder, file, text) {
    const server = startLanguageServerProcess();
    const { connection, published } = server;
    const tandemFiles = readdirSync(folder, { recursive: true }).filter(name => String(name).endsWith('.tandem')).length;
    try {
        const rootUri = pathToFileURL(folder).toString();
        await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'studio-bench' }], capabilities: { workspace: { configuration: true } }
        });
        const built = new Promise(resolve => { server.onPublish(() => { if (published.size >= tandemFiles) { resolve(); } }); });
        await connection.sendNotification(InitializedNotification.type, {});
        await built;
        const uri = pathToFileURL(file).toString();
        let version = 1;
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'tandem', version: version++, text } });
        const lines = text.split('\n');
        const line = lines.indexOf(SIGN_LINE);
        const at = SIGN_LINE.length;
        const times = [];
        for (let i = 0; i < KEYSTROKES; i++) {
            const typing = i % 2 === 0;
            const arrived = new Promise(resolve => {
                server.onPublish(params => {
                    if (params.uri === uri && params.diagnostics.some(item => item.severity === 1) === typing) {
                        resolve();
                    }
                });
            });
            const start = performance.now();
            await connection.sendNotification(DidChangeTextDocumentNotification.type, {
                textDocument: { uri, version: version++ },
                contentChanges: [typing
                    ? { range: { start: { line, character: at }, end: { line, character: at } }, text: 'x' }
                    : { range: { start: { line, character: at }, end: { line, character: at + 1 } }, text: '' }]
            });
            await arrived;
            times.push(performance.now() - start);
            await new Promise(resolve => setTimeout(resolve, PAUSE_MS));
        }
        return times;
    } finally {
        await server.stop();
    }
}

export async function benchStudio() {
    if (!existsSync(CHROMIUM)) {
        // What the tests install, installed the same way (Debian's chromium).
        execFileSync('sh', [path.join(root, 'scripts/setup-test-env.sh')], { stdio: 'inherit', timeout: 900_000 });
    }
    const { chromium } = await import('playwright-core');
    const { startStudioServer } = await import(pathToFileURL(path.join(root, 'packages/studio/lib/index.js')).href);
    const folder = mkdtempSync(path.join(tmpdir(), 'tandem-bench-studio-folder-'));
    cpSync(path.join(root, 'examples'), folder, { recursive: true });
    const contract = writeContract(folder);
    console.log(`\nStudio: Chromium, the local server on a copy of examples/ plus ${CONTRACT} (${contract.lines} lines, no errors), opened first; `
        + `first view cold (new browser and profile) ×${RUNS}, ${KEYSTROKES} keystrokes`);

    const server = await startStudioServer({ folder, port: 0 });
    const browsers = [];
    try {
        // Baseline: `tandem validate` of the same file, a cold process each time.
        const validateTimes = [];
        for (let i = 0; i < RUNS; i++) {
            const start = performance.now();
            runNode([CLI, 'validate', contract.file]);
            validateTimes.push(performance.now() - start);
        }
        const validateMs = median(validateTimes);

        // First views, each in a new browser with a new profile; the last stays open.
        const views = [];
        const pageErrors = [];
        for (let i = 0; i < RUNS; i++) {
            const browser = await launch(chromium);
            browsers.push(browser);
            const view = await firstView(browser, server.url);
            if (view.shown.file !== CONTRACT) {
                throw new Error(`Studio opened ${view.shown.file}, not ${CONTRACT}`);
            }
            views.push(view);
            if (i < RUNS - 1) {
                pageErrors.push(...browser.errors);
                await browsers.pop().close();
            }
        }
        const browser = browsers[browsers.length - 1];
        const { page } = browser;
        const wall = views.map(view => view.wallMs);
        const firstViewMs = { median: median(wall), max: Math.max(...wall), pageMedian: median(views.map(view => view.pageMs)) };
        const last = views[views.length - 1];
        const firstViewBytes = { app: last.appBytes, folder: last.folderBytes, total: last.appBytes + last.folderBytes };
        const firstViewRequests = last.requests.length;
        // Chunks and fonts of every first view (the worker imports a few small shared chunks).
        const lazyInFirstView = [...new Set(views.flatMap(view => view.requests.map(pathOf)).filter(name => name.startsWith('/chunks/') || name.startsWith('/fonts/')))];
        const clean = last.shown.summary;

        // Keystrokes in the page, then the same edits against the language server.
        const typed = await keystrokes(page, clean);
        const keystroke = { p50: percentile(typed.times, 50), p95: percentile(typed.times, 95), max: Math.max(...typed.times) };
        const serverTimes = await languageServerKeystrokes(folder, contract.file, contract.text);
        const serverKeystroke = { p50: percentile(serverTimes, 50), p95: percentile(serverTimes, 95), max: Math.max(...serverTimes) };

        // The first PDF: what it fetches, and how long until the browser has the file.
        const before = browser.requests.length;
        const pdfStart = performance.now();
        const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.locator('#download-pdf').click()]);
        const pdfPath = await download.path();
        const pdfMs = performance.now() - pdfStart;
        const pdfFileBytes = statSync(pdfPath).size;
        const forPdf = browser.requests.slice(before);
        const pdfBytes = await transferred(forPdf);
        const pdfChunks = forPdf.map(pathOf).filter(name => name.startsWith('/chunks/'));
        const pdfFonts = forPdf.map(pathOf).filter(name => name.startsWith('/fonts/'));
        // The PDF writer: the chunks fetched for the first PDF (pdfkit's among them), none of them in a first view.
        const writerInFirstView = lazyInFirstView.filter(name => pdfChunks.includes(name));
        const fontsInFirstView = lazyInFirstView.filter(name => name.startsWith('/fonts/'));
        const lazyOk = writerInFirstView.length === 0 && fontsInFirstView.length === 0 && pdfChunks.some(name => /pdfkit/.test(name)) && pdfFonts.length > 0;

        const ratio = firstViewMs.median / validateMs;
        const keystrokeRatio = keystroke.p95 / serverKeystroke.p95;
        console.log(row('tandem validate, cold process', ms(validateMs), 'baseline'));
        console.log(row('first view interactive med / max', `${ms(firstViewMs.median)} / ${ms(firstViewMs.max)}`, `≤ 2 s (${ratio.toFixed(1)}× validate)`, firstViewMs.max <= 2000));
        console.log(row('first view transferred', `${kb(firstViewBytes.total)}, ${firstViewRequests} req`, `app ${kb(firstViewBytes.app)} (gzip), files ${kb(firstViewBytes.folder)}`));
        console.log(row('language server keystroke p95', ms(serverKeystroke.p95), 'baseline'));
        console.log(row('keystroke → problems p50 / p95', `${ms(keystroke.p50)} / ${ms(keystroke.p95)}`, `p95 ≤ 200 ms (${keystrokeRatio.toFixed(1)}× server)`, keystroke.p95 <= 200));
        console.log(row('keystroke → problems max', ms(keystroke.max), '(no target)'));
        const sharedChunks = lazyInFirstView.filter(name => name.startsWith('/chunks/')).length;
        console.log(row('PDF writer chunks / fonts, 1st view', `${writerInFirstView.length} / ${fontsInFirstView.length}`, `none (${sharedChunks} other chunks)`, lazyOk));
        console.log(row('first PDF: time to the download', ms(pdfMs), '(no target)'));
        console.log(row('first PDF: fetched', `${kb(pdfBytes)}, ${forPdf.length} req`, `${pdfChunks.length} chunks, ${pdfFonts.length} fonts`));
        pageErrors.push(...browser.errors);
        if (pageErrors.length > 0) {
            console.log(`  page errors: ${pageErrors.slice(0, 3).join('; ')}`);
        }
        return {
            contractLines: contract.lines, validateMs, firstViewMs, firstViewRuns: wall, firstViewBytes, firstViewRequests,
            keystroke, keystrokeErrorState: typed.errorText, serverKeystroke, keystrokeRatio, firstViewRatio: ratio,
            lazy: { chunksInFirstView: lazyInFirstView, writerInFirstView, fontsInFirstView, pdfChunks, pdfFonts, pdfMs, pdfBytes, pdfRequests: forPdf.length, pdfFileBytes },
            pageErrors,
            ok: firstViewMs.max <= 2000 && keystroke.p95 <= 200 && lazyOk
        };
    } finally {
        for (const open of browsers) {
            await open.close();
        }
        await server.close();
        rmSync(folder, { recursive: true, force: true });
    }
}

// Run on its own: `node scripts/bench/studio.mjs`.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    await benchStudio();
}
