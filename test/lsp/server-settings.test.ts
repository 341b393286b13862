/**
 * Settings in the server: tandem.json at the workspace root, the editor's `tandem` section over
 * it, changes applied without a restart, problems in tandem.json published on that file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol';
import type { ServerProcess } from './server-process.js';
import { fileUri, startServer } from './server-process.js';

const CONTRACT = `contract A {
    parties { client J "Jane" worker S "Sam" }
    duration { from 2026-12-01 for 4 weeks }
    goal G "Stop being non-compliant with the plan" { measure "m" }
    task T "t" { owner J, S  for G }
    confidentiality { limit safety }
    termination { when goals-met }
    sign J, S
}
`;

let folder: string;
let server: ServerProcess;
let uri: string;
let settingsUri: string;

beforeAll(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'tandem-lsp-settings-'));
    writeFileSync(path.join(folder, 'a.tandem'), CONTRACT);
    writeFileSync(path.join(folder, 'tandem.json'), '{ "judgmentalLanguage": { "enabled": false } }');
    uri = fileUri(path.join(folder, 'a.tandem'));
    settingsUri = fileUri(path.join(folder, 'tandem.json'));
    server = await startServer({ rootPath: folder });
});

afterAll(async () => {
    await server?.stop();
    rmSync(folder, { recursive: true, force: true });
});

const codes = () => (server.diagnostics.get(uri) ?? []).map(d => d.code);

async function until(condition: () => boolean, what: string): Promise<void> {
    for (let i = 0; i < 200 && !condition(); i++) {
        await new Promise(resolve => setTimeout(resolve, 25));
    }
    expect(condition(), what).toBe(true);
}

describe('settings', () => {
    test('tandem.json at the workspace root applies', async () => {
        await until(() => server.diagnostics.has(uri) && server.diagnostics.has(settingsUri), 'diagnostics for the contract and tandem.json');
        await until(() => !codes().includes('judgmental-language'), 'judgmental-language turned off by tandem.json');
        expect(server.diagnostics.get(settingsUri)).toEqual([]);
    });

    test('the editor\'s tandem section overrides it, without a restart', async () => {
        await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { tandem: { judgmentalLanguage: { enabled: true } } } });
        await until(() => codes().includes('judgmental-language'), 'judgmental-language back on from the editor settings');
        await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { tandem: {} } });
        await until(() => !codes().includes('judgmental-language'), 'tandem.json in force again');
    });

    test('a changed tandem.json applies; invalid JSON or an unknown key is a diagnostic on tandem.json', async () => {
        writeFileSync(path.join(folder, 'tandem.json'), '{\n  "judgmentalLanguage": { "enabled": true },\n  "colour": "blue"\n}');
        await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: settingsUri, type: FileChangeType.Changed }] });
        await until(() => (server.diagnostics.get(settingsUri) ?? []).length === 1, 'a diagnostic on tandem.json');
        const [unknown] = server.diagnostics.get(settingsUri)!;
        expect(unknown.message).toMatch(/Unknown setting `colour`/);
        expect(unknown.range.start).toEqual({ line: 2, character: 2 });
        await until(() => codes().includes('judgmental-language'), 'the valid part applies');

        writeFileSync(path.join(folder, 'tandem.json'), '{ "judgmentalLanguage": ');
        await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: settingsUri, type: FileChangeType.Changed }] });
        await until(() => /not valid JSON/.test(server.diagnostics.get(settingsUri)?.[0]?.message ?? ''), 'invalid JSON reported');
    });
});
