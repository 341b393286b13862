// The language server benchmark (issue #5): a workspace of 500 contracts plus one 3,000-line
// file, over the real server process (`tandem-language-server --stdio`): p50/p95 of completion,
// hover, definition and formatting; keystroke (didChange) → publishDiagnostics; RSS; and the time
// to re-validate after an edit against a full workspace build (edits must not rebuild it).
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import {
    CompletionRequest, DefinitionRequest, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification,
    DocumentFormattingRequest, HoverRequest, InitializedNotification, InitializeRequest
} from 'vscode-languageserver-protocol';
import { startLanguageServerProcess } from './language-server-process.mjs';
import { generateWorkspace, standalone } from './workspace.mjs';
import { percentile, row } from './util.mjs';

const ITERATIONS = 60;
const KEYSTROKES = Number(process.env.TANDEM_BENCH_KEYSTROKES ?? 30);

const ms = value => `${value.toFixed(1)} ms`;

function rssMb(pid) {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return kb / 1024;
}

export async function benchLsp({ workDir }) {
    const dir = path.join(workDir, 'lsp-workspace');
    const { files, lines } = generateWorkspace(dir, { contracts: 500 });
    let big = '';
    for (let i = 10_000; big.split('\n').length < 3_000; i++) {
        big += standalone(i);
    }
    const bigFile = path.join(dir, 'big.tandem');
    writeFileSync(bigFile, big);
    files.push(bigFile);
    const bigLines = big.split('\n').length - 1;
    console.log(`\nLanguage server: ${files.length} files (500 contracts and one file of ${bigLines} lines), ${lines + bigLines} lines; real server over stdio`);

    const server = startLanguageServerProcess({ env: { ...process.env, NODE_OPTIONS: process.env.TANDEM_BENCH_NODE_OPTIONS ?? '' } });
    const { child, connection, published } = server;

    try {
        const rootUri = pathToFileURL(dir).toString();
        await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'bench' }], capabilities: { workspace: { configuration: true } }
        });
        // Full workspace build: from `initialized` until every file's diagnostics are published.
        const fullStart = performance.now();
        const allPublished = new Promise(resolve => {
            server.onPublish(() => {
                if (published.size >= files.length) {
                    resolve();
                }
            });
        });
        await connection.sendNotification(InitializedNotification.type, {});
        await allPublished;
        const fullBuildMs = performance.now() - fullStart;
        const rssAfterBuild = rssMb(child.pid);

        const bigUri = pathToFileURL(bigFile).toString();
        let version = 1;
        let text = big;
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: bigUri, languageId: 'tandem', version: version++, text } });

        // Requests in the middle of the big file.
        const middle = text.indexOf('task Listings', Math.floor(text.length / 2));
        const position = offset => {
            const before = text.slice(0, offset);
            return { line: before.split('\n').length - 1, character: offset - (before.lastIndexOf('\n') + 1) };
        };
        const ownerAt = position(text.indexOf('owner ', middle) + 'owner '.length);
        const forHousing = position(text.indexOf('for Housing', middle) + 'for '.length + 2);
        const textDocument = { uri: bigUri };
        const timeRequests = async (send) => {
            const times = [];
            for (let i = 0; i < ITERATIONS + 5; i++) {
                const start = performance.now();
                await send();
                if (i >= 5) {
                    times.push(performance.now() - start);
                }
            }
            return { p50: percentile(times, 50), p95: percentile(times, 95) };
        };
        const completion = await timeRequests(() => connection.sendRequest(CompletionRequest.type, { textDocument, position: ownerAt }));
        const hover = await timeRequests(() => connection.sendRequest(HoverRequest.type, { textDocument, position: forHousing }));
        const definition = await timeRequests(() => connection.sendRequest(DefinitionRequest.type, { textDocument, position: forHousing }));
        const formatting = await timeRequests(() => connection.sendRequest(DocumentFormattingRequest.type, { textDocument, options: { tabSize: 4, insertSpaces: true } }));

        // Keystrokes: type into a goal's title in the big file, then take it out again.
        const keystrokeTimes = [];
        const revalidated = [];
        const titleAt = text.indexOf('"Move into a safe home"', middle) + 5;
        for (let i = 0; i < KEYSTROKES; i++) {
            const typing = i % 2 === 0;
            const range = typing ? { start: position(titleAt), end: position(titleAt) } : { start: position(titleAt), end: position(titleAt + 1) };
            text = typing ? `${text.slice(0, titleAt)}x${text.slice(titleAt)}` : `${text.slice(0, titleAt)}${text.slice(titleAt + 1)}`;
            const before = new Map(published);
            const start = performance.now();
            const arrived = new Promise(resolve => { server.onPublish(params => { if (params.uri === bigUri) { resolve(); } }); });
            await connection.sendNotification(DidChangeTextDocumentNotification.type, {
                textDocument: { uri: bigUri, version: version++ }, contentChanges: [{ range, text: typing ? 'x' : '' }]
            });
            await arrived;
            keystrokeTimes.push(performance.now() - start);
            await new Promise(resolve => setTimeout(resolve, 30));
            revalidated.push([...published].filter(([uri, count]) => count !== before.get(uri)).length);
        }
        const keystroke = { p50: percentile(keystrokeTimes, 50), p95: percentile(keystrokeTimes, 95) };
        const ratio = keystroke.p50 / fullBuildMs;
        const maxRevalidated = Math.max(...revalidated);

        // A keystroke in a template: the contracts from it are checked again, nothing else.
        const templateFile = path.join(dir, 'lib/standard-0.tandem');
        const templateUri = pathToFileURL(templateFile).toString();
        const templateText = readFileSync(templateFile, 'utf8');
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: templateUri, languageId: 'tandem', version: 1, text: templateText } });
        const beforeTemplate = new Map(published);
        const titleInTemplate = templateText.indexOf('"Move into a safe home"') + 5;
        const templateArrived = new Promise(resolve => { server.onPublish(params => { if (params.uri === templateUri) { resolve(); } }); });
        const templateStart = performance.now();
        await connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: templateUri, version: 2 },
            contentChanges: [{ range: { start: position(0), end: position(0) }, text: '' }, { text: `${templateText.slice(0, titleInTemplate)}x${templateText.slice(titleInTemplate)}` }]
        });
        await templateArrived;
        const templateKeystrokeMs = performance.now() - templateStart;
        await new Promise(resolve => setTimeout(resolve, 300));
        const templateRevalidated = [...published].filter(([uri, count]) => count !== beforeTemplate.get(uri)).length;

        const rss = rssMb(child.pid);

        console.log(row('full workspace build', ms(fullBuildMs), 'baseline', undefined));
        console.log(row('completion p50 / p95', `${ms(completion.p50)} / ${ms(completion.p95)}`, 'p95 ≤ 50 ms', completion.p95 <= 50));
        console.log(row('hover p50 / p95', `${ms(hover.p50)} / ${ms(hover.p95)}`, 'p95 ≤ 50 ms', hover.p95 <= 50));
        console.log(row('definition p50 / p95', `${ms(definition.p50)} / ${ms(definition.p95)}`, 'p95 ≤ 50 ms', definition.p95 <= 50));
        console.log(row('formatting 3,000 lines p50 / p95', `${ms(formatting.p50)} / ${ms(formatting.p95)}`, '(no target)', undefined));
        console.log(row('keystroke → diagnostics p50 / p95', `${ms(keystroke.p50)} / ${ms(keystroke.p95)}`, 'p95 ≤ 200 ms', keystroke.p95 <= 200));
        console.log(row('documents re-checked per keystroke', String(maxRevalidated), '1 (no rebuild)', maxRevalidated === 1));
        console.log(row('re-validation / full build', `${(ratio * 100).toFixed(1)} %`, '≪ 100 %', ratio < 0.25));
        console.log(row('template keystroke → diagnostics', ms(templateKeystrokeMs), 'baseline', undefined));
        console.log(row('documents re-checked (template edit)', String(templateRevalidated), `< ${files.length}`, templateRevalidated < files.length / 4));
        console.log(row('server RSS after the first build', `${rssAfterBuild.toFixed(0)} MB`, '< 400 MB', rssAfterBuild < 400));
        console.log(row('server RSS at the end', `${rss.toFixed(0)} MB`, '< 400 MB', rss < 400));
        if (/Error/.test(server.stderr())) {
            console.log(`  server stderr: ${server.stderr().slice(0, 500)}`);
        }
        return {
            files: files.length, lines: lines + bigLines, fullBuildMs, completion, hover, definition, formatting, keystroke,
            revalidatedPerKeystroke: maxRevalidated, revalidationRatio: ratio, templateKeystrokeMs, templateRevalidated, rssMb: rss
        };
    } finally {
        await server.stop();
    }
}

// Run on its own: `node scripts/bench/lsp.mjs`.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const os = await import('node:os');
    const workDir = mkdtempSync(path.join(os.tmpdir(), 'tandem-bench-lsp-'));
    try {
        await benchLsp({ workDir });
    } finally {
        rmSync(workDir, { recursive: true, force: true });
    }
}
