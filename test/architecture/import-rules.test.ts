/**
 * The import invariants of docs/ARCHITECTURE.md are enforced by ESLint (`eslint.config.js`,
 * `no-restricted-imports`), so `npm test` fails when they are broken: this test lints a line
 * of each kind as if it were in each package, and the real sources are linted by `npm run lint`.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({ cwd: REPO });

async function restricted(file: string, line: string): Promise<boolean> {
    const [result] = await eslint.lintText(`${line}\nexport const used = x;\n`, { filePath: path.join(REPO, file) });
    return result.messages.some(message => message.ruleId === 'no-restricted-imports');
}

describe('import invariants', () => {
    const core = 'packages/language/src/validation/example.ts';
    test.each([
        "import * as x from 'node:fs';",
        "import * as x from 'fs';",
        "import * as x from 'langium/lsp';",
        "import * as x from 'langium/node';",
        "import * as x from 'vscode-languageserver';",
        "import * as x from 'vscode-languageserver/node';",
        "import * as x from '../lsp/tandem-hover-provider.js';",
        "import * as x from '../node/index.js';"
    ])('the core may not: %s', async line => {
        expect(await restricted(core, line)).toBe(true);
    });

    test('the core may import langium, vscode-languageserver-types and itself', async () => {
        expect(await restricted(core, "import * as x from 'langium';")).toBe(false);
        expect(await restricted(core, "import * as x from 'vscode-languageserver-types';")).toBe(false);
        expect(await restricted(core, "import * as x from '../model/calendar.js';")).toBe(false);
    });

    test('./node may use the file system but not editor code', async () => {
        const node = 'packages/language/src/node/example.ts';
        expect(await restricted(node, "import * as x from 'node:fs';")).toBe(false);
        expect(await restricted(node, "import * as x from 'langium/lsp';")).toBe(true);
        expect(await restricted(node, "import * as x from '../lsp/index.js';")).toBe(true);
    });

    test.each(['render/src/node', 'batch/src', 'cli/src', 'studio/src/server'])('packages/%s may not import @tandem/language/lsp', async folder => {
        const file = `packages/${folder}/example.ts`;
        expect(await restricted(file, "import * as x from '@tandem/language/lsp';")).toBe(true);
        expect(await restricted(file, "import * as x from 'vscode-languageserver/node';")).toBe(true);
        expect(await restricted(file, "import * as x from '@tandem/language/node';")).toBe(false);
    });

    const renderCore = 'packages/render/src/writers/example.ts';
    test.each([
        "import * as x from 'node:zlib';",
        "import * as x from 'fs';",
        "import * as x from '@tandem/language/node';",
        "import * as x from '../node/fonts.js';",
        "import * as x from '@tandem/language/lsp';"
    ])('the renderer\'s core (it runs in a browser) may not: %s', async line => {
        expect(await restricted(renderCore, line)).toBe(true);
    });

    test('the renderer\'s core may import the language core and itself; its node/ folder and Node entry may use Node', async () => {
        expect(await restricted(renderCore, "import * as x from '@tandem/language';")).toBe(false);
        expect(await restricted(renderCore, "import * as x from './deflate.js';")).toBe(false);
        expect(await restricted('packages/render/src/node/example.ts', "import * as x from 'node:fs';")).toBe(false);
        expect(await restricted('packages/render/src/index.ts', "import * as x from './node/node-environment.js';")).toBe(false);
    });

    test('the renderer\'s core may not use Buffer', async () => {
        const [result] = await eslint.lintText('export const bytes = Buffer.from(\'x\');\n', { filePath: path.join(REPO, renderCore) });
        expect(result.messages.some(message => message.ruleId === 'no-restricted-globals')).toBe(true);
    });

    test('the language server may', async () => {
        expect(await restricted('packages/language-server/src/example.ts', "import * as x from '@tandem/language/lsp';")).toBe(false);
    });

    const studioPage = 'packages/studio/src/app/example.ts';
    test.each([
        "import * as x from '@tandem/language';",
        "import * as x from '@tandem/render';",
        "import * as x from '@tandem/render/browser';",
        "import * as x from 'langium';",
        "import * as x from 'vscode-languageserver/browser';",
        "import * as x from 'node:fs';",
        "import * as x from '../worker/studio-requests.js';"
    ])('Studio\'s page may not: %s', async line => {
        expect(await restricted(studioPage, line)).toBe(true);
    });

    test('Studio\'s page may import CodeMirror, the protocols and itself', async () => {
        expect(await restricted(studioPage, "import * as x from '@codemirror/lsp-client';")).toBe(false);
        expect(await restricted(studioPage, "import * as x from '@tandem/language/protocol';")).toBe(false);
        expect(await restricted(studioPage, "import * as x from '../shared/studio-protocol.js';")).toBe(false);
    });

    const studioWorker = 'packages/studio/src/worker/example.ts';
    test.each([
        "import * as x from '@tandem/render';",
        "import * as x from '@tandem/language/node';",
        "import * as x from 'node:zlib';",
        "import * as x from 'vscode-languageserver/node';"
    ])('Studio\'s worker may not: %s', async line => {
        expect(await restricted(studioWorker, line)).toBe(true);
    });

    test('Studio\'s worker may import the language server\'s parts and the renderer\'s browser entry', async () => {
        expect(await restricted(studioWorker, "import * as x from '@tandem/render/browser';")).toBe(false);
        expect(await restricted(studioWorker, "import * as x from 'vscode-languageserver/browser';")).toBe(false);
        expect(await restricted(studioWorker, "import * as x from '@tandem/language/lsp';")).toBe(false);
    });
});
