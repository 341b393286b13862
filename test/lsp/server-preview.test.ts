/**
 * The `tandem/preview` request over the real server: rendered HTML with source positions, the
 * diagnostics count, the locale override, drafts for contracts with errors.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DidChangeTextDocumentNotification } from 'vscode-languageserver-protocol';
import type { ServerProcess } from './server-process.js';
import { fileUri, repositoryRoot, startServer } from './server-process.js';

interface PreviewResult { html: string; errors: number; warnings: number; contract: string }

let server: ServerProcess;
const examples = path.join(repositoryRoot, 'examples');
const housing = fileUri(path.join(examples, 'housing-support.tandem'));

beforeAll(async () => {
    server = await startServer({ rootPath: examples });
});
afterAll(async () => {
    await server?.stop();
});

describe('tandem/preview', () => {
    test('the first contract, as HTML with source positions, and the diagnostics count', async () => {
        await server.open(housing, readFileSync(path.join(examples, 'housing-support.tandem'), 'utf8')).catch(() => undefined);
        const result = await server.connection.sendRequest('tandem/preview', { uri: housing }) as PreviewResult;
        expect(result.contract).toBeTypeOf('string');
        expect(result.errors).toBe(0);
        expect(result.warnings).toBeTypeOf('number');
        expect(result.html).toMatch(/^<!DOCTYPE html>/i);
        expect(result.html).toMatch(/data-source-line="\d+"/);
        expect(result.html).toContain('lang="en"');
        expect(result.html).not.toMatch(/DRAFT/);
    });

    test('a locale override, and a named contract', async () => {
        const spanish = await server.connection.sendRequest('tandem/preview', { uri: housing, locale: 'es' }) as PreviewResult;
        expect(spanish.html).toContain('lang="es"');
        const first = await server.connection.sendRequest('tandem/preview', { uri: housing }) as PreviewResult;
        const named = await server.connection.sendRequest('tandem/preview', { uri: housing, contract: first.contract }) as PreviewResult;
        expect(named.html).toBe(first.html);
        await expect(server.connection.sendRequest('tandem/preview', { uri: housing, contract: 'NoSuchContract' })).rejects.toThrow(/No contract `NoSuchContract`/);
    });

    test('a contract with errors is previewed as a draft, with its error count', async () => {
        const uri = fileUri(path.join(examples, 'scratch-preview.tandem'));
        await server.open(uri, 'contract Scratch {\n    parties { client J "Jane" }\n    goal G "Find a home" { measure "A lease" }\n}\n');
        const result = await server.connection.sendRequest('tandem/preview', { uri }) as PreviewResult;
        expect(result.contract).toBe('Scratch');
        expect(result.errors).toBeGreaterThan(0);
        expect(result.html).toMatch(/DRAFT/);

        // Asked for right after an edit, the preview shows the edited text.
        for (let version = 2; version < 6; version++) {
            const title = `Find a home, take ${version}`;
            await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
                textDocument: { uri, version },
                contentChanges: [{ text: `contract Scratch {\n    parties { client J "Jane" }\n    goal G "${title}" { measure "A lease" }\n}\n` }]
            });
            const after = await server.connection.sendRequest('tandem/preview', { uri }) as PreviewResult;
            expect(after.html).toContain(title);
        }
    });
});
