/**
 * The language server against files too big for a naive lexer: a workspace holding a
 * 4-million-character string (across lines), and the same file opened and edited. The server
 * stays up and keeps answering for the other files.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import type { Hover } from 'vscode-languageserver-protocol';
import { DidChangeTextDocumentNotification, HoverRequest } from 'vscode-languageserver-protocol';
import { fileUri, startServer } from './server-process.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'tandem-large-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const VALID = `contract Ok "A valid agreement" {
    parties { client Jane "Jane Doe"  worker Sam "Sam Lee" }
    duration { from 2026-12-01 to 2027-02-28 }
    goal Housing "Find a safe home" { measure "Jane signs a lease" }
    task Listings "Look at rental ads" { owner Jane  for Housing }
    task Calls "Call landlords" { owner Sam  for Housing }
    confidentiality { limit safety }
    termination { when goals-met }
    sign Jane, Sam
}
`;

const huge = () => VALID.replace('"A valid agreement"', `"${'ab\n'.repeat(1_400_000)}"`);

test('a 4-million-character string in the workspace and in an open file: the server stays up and answers for the others', async () => {
    writeFileSync(path.join(dir, 'huge.tandem'), huge());
    const small = path.join(dir, 'small.tandem');
    writeFileSync(small, VALID);
    const server = await startServer({ rootPath: dir });
    try {
        const smallUri = fileUri(small);
        const diagnostics = await server.open(smallUri, VALID);
        expect(diagnostics.filter(diagnostic => diagnostic.severity === 1)).toEqual([]);
        const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: smallUri }, position: { line: 4, character: 48 } }) as Hover | null;
        expect(JSON.stringify(hover?.contents)).toMatch(/Jane/);

        const hugeUri = fileUri(path.join(dir, 'huge.tandem'));
        const published = await server.open(hugeUri, huge());
        expect(published.filter(diagnostic => diagnostic.code === 'syntax')).toEqual([]);
        const changed = server.nextDiagnostics(hugeUri, 60_000);
        await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: hugeUri, version: 2 }, contentChanges: [{ text: `${huge()}\n// edited` }]
        });
        await changed;
        const again = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: smallUri }, position: { line: 4, character: 48 } }) as Hover | null;
        expect(again).toEqual(hover);
        expect(server.exited()).toBe(false);
        expect(server.stderr()).not.toMatch(/Maximum call stack|Uncaught|RangeError/);
    } finally {
        await server.stop();
    }
}, 120_000);
