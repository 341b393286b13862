/**
 * Robustness: at least 2,000 seeded random edits (deletions, insertions of random tokens,
 * truncations) of the examples, each sent to the running server followed by a request. The
 * server answers every request, never exits, logs no uncaught exception and never publishes
 * Langium's "An error occurred during validation" diagnostic.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import {
    CompletionRequest, DefinitionRequest, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, DocumentSymbolRequest, FoldingRangeRequest, HoverRequest,
    InlayHintRequest, ReferencesRequest, SemanticTokensRequest
} from 'vscode-languageserver-protocol';
import { fileUri, repositoryRoot, startServer } from './server-process.js';

const EDITS = 2_000;
const SEED = 20261123;

/** mulberry32: a small seeded generator, so that a failure can be replayed. */
function random(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

const TOKENS = [
    '{', '}', '"', '{{', '}}', ',', ':', '=', '\n', ' ', '/*', '*/', '//', '\\', 'contract', 'template', 'from', 'param', 'import "lib/x.tandem"',
    'parties', 'client', 'worker', 'guardian', 'duration', 'for', 'weeks', 'months', 'meet', 'weekly', 'sessions', 'goal', 'task', 'owner',
    'sign', 'share', 'with', 'limit', 'abuse', 'when', 'goals-met', 'revision', 'on', 'by', 'due', 'review', 'every', 'locale', 'xx',
    'Jane', 'Sam', 'Housing', 'start', '2027-02-30', '2026-12-01', '0', '12', '99999999999999999999', '"text {{name}}"', '"unclosed', 'é', '\u0000'
];

test(`${EDITS} random edits of the examples: every request answered, no crash, no internal validation error`, async () => {
    const examplesDir = path.join(repositoryRoot, 'examples');
    const files = readdirSync(examplesDir).filter(name => name.endsWith('.tandem')).map(name => path.join(examplesDir, name));
    const server = await startServer({ rootPath: examplesDir });
    const internalErrors: Diagnostic[] = [];
    server.onDiagnostics(params => {
        internalErrors.push(...params.diagnostics.filter(diagnostic => /error occurred during validation|An error occurred/i.test(diagnostic.message)));
    });
    const next = random(SEED);
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
    let answered = 0;
    try {
        let fileIndex = -1;
        let uri = '';
        let original = '';
        let text = '';
        let version = 1;
        for (let edit = 0; edit < EDITS; edit++) {
            if (edit % 100 === 0) {
                fileIndex = (fileIndex + 1) % files.length;
                uri = fileUri(files[fileIndex]);
                original = readFileSync(files[fileIndex], 'utf8');
                text = original;
                if (edit < files.length * 100) {
                    // Already built from disk at start-up: opening the same text publishes nothing new.
                    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'tandem', version: version++, text } });
                }
            }
            const kind = next();
            const at = Math.floor(next() * (text.length + 1));
            if (kind < 0.45) {
                text = text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(next() * 20)));
            } else if (kind < 0.9) {
                text = text.slice(0, at) + pick(TOKENS) + text.slice(at);
            } else if (kind < 0.97) {
                text = text.slice(0, at);
            } else {
                text = original;
            }
            await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: version++ }, contentChanges: [{ text }] });
            const offset = Math.floor(next() * (text.length + 1));
            const before = text.slice(0, offset);
            const line = before.split('\n').length - 1;
            const position = { line, character: offset - (before.lastIndexOf('\n') + 1) };
            const textDocument = { uri };
            const requests = [
                () => server.connection.sendRequest(CompletionRequest.type, { textDocument, position }),
                () => server.connection.sendRequest(HoverRequest.type, { textDocument, position }),
                () => server.connection.sendRequest(DefinitionRequest.type, { textDocument, position }),
                () => server.connection.sendRequest(ReferencesRequest.type, { textDocument, position, context: { includeDeclaration: true } }),
                () => server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument }),
                () => server.connection.sendRequest(FoldingRangeRequest.type, { textDocument }),
                () => server.connection.sendRequest(SemanticTokensRequest.type, { textDocument }),
                () => server.connection.sendRequest(InlayHintRequest.type, { textDocument, range: { start: { line: 0, character: 0 }, end: position } })
            ];
            await pick(requests)();
            answered++;
            expect(server.exited()).toBe(false);
        }
        // The last edit's diagnostics arrive: the server is still building and publishing.
        const final = server.nextDiagnostics(uri);
        await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: version++ }, contentChanges: [{ text: `${original}\n// checked\n` }] });
        await final;
    } finally {
        await server.stop();
    }
    expect(answered).toBe(EDITS);
    expect(internalErrors).toEqual([]);
    expect(server.stderr()).not.toMatch(/uncaught|unhandled|TypeError|RangeError|ReferenceError/i);
    expect(server.logs.filter(log => /error|exception/i.test(log))).toEqual([]);
}, 120_000);
