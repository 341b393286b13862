/**
 * The server binary starts on every Node the machine has (the VS Code extension host runs
 * Node 20) and answers as a language server: diagnostics for an opened example.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { fileUri, repositoryRoot, startServer } from './server-process.js';

const nodes = [
    { name: 'this Node', path: process.execPath },
    { name: 'Node 20 (/usr/bin/node)', path: '/usr/bin/node' }
].filter(node => existsSync(node.path));

describe('tandem-language-server --stdio', () => {
    test.each(nodes)('starts on $name and publishes diagnostics', async ({ path: node }) => {
        const server = await startServer({ node });
        try {
            const file = path.join(repositoryRoot, 'examples/housing-support.tandem');
            const clean = await server.open(fileUri(file), readFileSync(file, 'utf8'));
            expect(clean.filter(d => d.severity === 1)).toEqual([]);
            const broken = await server.open('file:///tmp/tandem-broken/a.tandem', 'contract A {\n  sign Nobody\n}\n');
            expect(broken.map(d => d.code)).toContain('unresolved-reference');
            // The repository's docs are next to the server: the rule pages are linked as files.
            const unresolved = broken.find(d => d.code === 'unresolved-reference')!;
            expect(unresolved.codeDescription?.href).toBe(fileUri(path.join(repositoryRoot, 'docs/rules/unresolved-reference.md')));
            expect(server.stderr()).not.toMatch(/Error|Uncaught/);
        } finally {
            await server.stop();
        }
        expect(server.exited()).toBe(true);
    });
});

test('every file of the workspace is checked at start-up, opened or not', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'tandem-lsp-start-'));
    writeFileSync(path.join(folder, 'closed.tandem'), 'contract A {\n  sign Nobody\n}\n');
    const uri = fileUri(path.join(folder, 'closed.tandem'));
    const server = await startServer({ rootPath: folder });
    try {
        for (let i = 0; i < 200 && !server.diagnostics.has(uri); i++) {
            await new Promise(resolve => setTimeout(resolve, 25));
        }
        expect(server.diagnostics.get(uri)?.map(d => d.code)).toContain('unresolved-reference');
    } finally {
        await server.stop();
        rmSync(folder, { recursive: true, force: true });
    }
});
