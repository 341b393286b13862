/**
 * End to end: the real server process driven as an editor drives it — initialize, didOpen,
 * didChange (diagnostics follow), completion, hover, definition across files, rename across
 * files, formatting, code actions, selection ranges, shutdown.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CodeAction, CompletionList, Hover, LocationLink, WorkspaceEdit } from 'vscode-languageserver-protocol';
import {
    CodeActionRequest, CompletionRequest, DefinitionRequest, DidChangeTextDocumentNotification, DocumentFormattingRequest, HoverRequest,
    PrepareRenameRequest, RenameRequest, SelectionRangeRequest
} from 'vscode-languageserver-protocol';
import type { ServerProcess } from './server-process.js';
import { fileUri, startServer } from './server-process.js';

const TEMPLATE = `template Housing "Housing support" {
    param clientName: text "Client's full name"
    param start: date "First day"
    parties {
        client Client "{{clientName}}"
        worker Worker "Sam Lee" title "Case manager"
    }
    duration { from start for 12 weeks  meet weekly }
    goal Home "Move into safe housing" { measure "A signed lease" }
    task Search "Search listings" { owner Client  for Home }
    task Call "Call landlords" { owner Worker  for Home }
    confidentiality { limit safety  limit abuse }
    termination { when goals-met }
    sign Client, Worker
    agency "Northside" { phone "555-0100"  crisis "988"  complaints "Ask for the manager" }
    purpose "Find a safe home"
    consent { risks "None expected"  alternatives "The housing office"  cost free }
}
`;

const CONTRACT = `import "lib.tandem"

contract Jane from Housing {
    clientName = "Jane Doe"
    start = 2026-12-01
}
`;

let folder: string;
let server: ServerProcess;
let contractUri: string;
let libUri: string;

beforeAll(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'tandem-lsp-e2e-'));
    writeFileSync(path.join(folder, 'lib.tandem'), TEMPLATE);
    writeFileSync(path.join(folder, 'jane.tandem'), CONTRACT);
    contractUri = fileUri(path.join(folder, 'jane.tandem'));
    libUri = fileUri(path.join(folder, 'lib.tandem'));
    server = await startServer({ rootPath: folder });
});

afterAll(async () => {
    await server?.stop();
    rmSync(folder, { recursive: true, force: true });
});

const at = (line: number, character: number) => ({ textDocument: { uri: contractUri }, position: { line, character } });

describe('the language server, end to end', () => {
    test('didOpen publishes diagnostics; didChange updates them', async () => {
        const opened = await server.open(contractUri, CONTRACT);
        expect(opened.filter(d => d.severity === 1)).toEqual([]);

        const changed = server.nextDiagnostics(contractUri);
        await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: contractUri, version: 2 },
            contentChanges: [{ range: { start: { line: 4, character: 0 }, end: { line: 5, character: 0 } }, text: '' }]
        });
        const afterEdit = await changed;
        expect(afterEdit.map(d => d.code)).toContain('missing-binding');
        expect(afterEdit.find(d => d.code === 'missing-binding')?.codeDescription?.href).toMatch(/docs\/rules\/missing-binding\.md$/);

        const restored = server.nextDiagnostics(contractUri);
        await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: contractUri, version: 3 },
            contentChanges: [{ text: CONTRACT }]
        });
        expect((await restored).map(d => d.code)).not.toContain('missing-binding');
    });

    test('completion, hover, definition', async () => {
        const completion = await server.connection.sendRequest(CompletionRequest.type, at(4, 4)) as CompletionList;
        expect(completion.items.map(item => item.label)).toContain('start');

        const hover = await server.connection.sendRequest(HoverRequest.type, at(4, 5)) as Hover;
        expect(JSON.stringify(hover.contents)).toContain('date parameter');

        const definition = await server.connection.sendRequest(DefinitionRequest.type, at(2, 21)) as LocationLink[];
        expect(definition[0].targetUri).toBe(libUri);
        expect(definition[0].targetSelectionRange.start).toEqual({ line: 0, character: 9 });
    });

    test('rename across files', async () => {
        const range = await server.connection.sendRequest(PrepareRenameRequest.type, at(3, 6));
        expect(range).toEqual({ start: { line: 3, character: 4 }, end: { line: 3, character: 14 } });
        const edit = await server.connection.sendRequest(RenameRequest.type, { ...at(3, 6), newName: 'fullName' }) as WorkspaceEdit;
        expect(Object.keys(edit.changes ?? {}).sort()).toEqual([contractUri, libUri].sort());
        expect(edit.changes![libUri].map(change => change.newText)).toEqual(['fullName', 'fullName']);
        await expect(server.connection.sendRequest(RenameRequest.type, { ...at(3, 6), newName: 'weekly' })).rejects.toThrow(/keyword/);
    });

    test('formatting and code actions (the other engineer\'s providers, served by this server)', async () => {
        const messy = 'import "lib.tandem"\ncontract Jane from Housing {\nclientName = "Jane Doe"\n      start = 2026-12-01\n}\n';
        const published = server.nextDiagnostics(contractUri);
        await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: contractUri, version: 4 }, contentChanges: [{ text: messy }] });
        await published;
        const edits = await server.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: contractUri }, options: { tabSize: 4, insertSpaces: true } });
        expect(edits?.length ?? 0).toBeGreaterThan(0);

        const withoutTermination = TEMPLATE.replace('    termination { when goals-met }\n', '');
        const contractPublished = server.nextDiagnostics(contractUri);
        await server.open(libUri, withoutTermination, 1);
        const contractDiagnostics = await contractPublished;
        const missing = contractDiagnostics.filter(d => d.code === 'missing-termination');
        expect(missing).toHaveLength(1);
        const actions = await server.connection.sendRequest(CodeActionRequest.type, {
            textDocument: { uri: contractUri }, range: missing[0].range, context: { diagnostics: missing }
        }) as CodeAction[];
        expect(actions.length).toBeGreaterThan(0);
    });

    test('selection ranges', async () => {
        const published = server.nextDiagnostics(contractUri);
        await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: contractUri, version: 5 }, contentChanges: [{ text: CONTRACT }] });
        await published;
        const ranges = await server.connection.sendRequest(SelectionRangeRequest.type, { textDocument: { uri: contractUri }, positions: [{ line: 2, character: 10 }] });
        expect(ranges?.[0].range).toEqual({ start: { line: 2, character: 9 }, end: { line: 2, character: 13 } });
        expect(ranges?.[0].parent).toBeDefined();
    });

    test('shutdown: the process exits cleanly, having logged no error', async () => {
        await server.stop();
        expect(server.exited()).toBe(true);
        expect(server.stderr()).not.toMatch(/Error|Uncaught|unhandled/i);
        expect(server.logs.filter(log => /error occurred/i.test(log))).toEqual([]);
    });
});
