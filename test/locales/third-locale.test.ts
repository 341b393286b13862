/**
 * The renderer's message files are the only list of locales. A third file, added to an installed
 * copy of the command line and the language server, is accepted by `tandem validate` (no
 * `unknown-locale`), by the server (diagnostics and the `tandem/preview` request) and offered by
 * the preview's language switch; the extension's setting enum is generated from the same files.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '@tandem/language';
import { availableLocales } from '@tandem/render';
import { previewLocaleChoices } from '../../packages/vscode/src/preview/preview-locales.js';
import { REPO, runCli } from '../cli/run-cli.js';
import type { ServerProcess } from '../lsp/server-process.js';
import { fileUri, startServer } from '../lsp/server-process.js';

interface PreviewResult { html: string; errors: number; contract: string }

const CONTRACT = 'contract Bonjour {\n    locale fr\n    parties { client Ann "Ann Lee" }\n}\n';

let dir: string;
let localeDir: string;
let server: ServerProcess | undefined;

beforeAll(() => {
    // An installed copy: the bundles, and @tandem/render's locales with a French file added.
    dir = mkdtempSync(path.join(tmpdir(), 'tandem-locale-'));
    cpSync(path.join(REPO, 'packages/cli/dist'), path.join(dir, 'cli/dist'), { recursive: true });
    cpSync(path.join(REPO, 'packages/language-server/dist'), path.join(dir, 'server/dist'), { recursive: true });
    const render = path.join(dir, 'node_modules/@tandem/render');
    localeDir = path.join(render, 'locales');
    mkdirSync(localeDir, { recursive: true });
    writeFileSync(path.join(render, 'package.json'), JSON.stringify({ name: '@tandem/render', type: 'module', exports: { './locales/*': './locales/*' } }));
    cpSync(path.join(REPO, 'packages/render/locales'), localeDir, { recursive: true });
    const english = JSON.parse(readFileSync(path.join(localeDir, 'en.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(path.join(localeDir, 'fr.json'), JSON.stringify({ ...english, $locale: { name: 'Français', intl: 'fr' } }));
    writeFileSync(path.join(dir, 'bonjour.tandem'), CONTRACT);
});
afterAll(async () => {
    await server?.stop();
});

describe('a third message file', () => {
    test('is accepted by tandem validate of the installed copy (and not by one without it)', () => {
        const file = path.join(dir, 'bonjour.tandem');
        const withFile = runCli(['validate', file, '--format', 'json'], { cliPath: path.join(dir, 'cli/dist/tandem.js') });
        expect(JSON.parse(withFile.stdout).map((d: { code: string }) => d.code)).not.toContain('unknown-locale');
        const without = runCli(['validate', file, '--format', 'json']);
        expect(JSON.parse(without.stdout).map((d: { code: string }) => d.code)).toContain('unknown-locale');
    });

    test('is accepted by the language server and rendered by its preview', async () => {
        server = await startServer({ rootPath: dir, bin: path.join(dir, 'server/dist/server.js') });
        const uri = fileUri(path.join(dir, 'bonjour.tandem'));
        const diagnostics = await server.open(uri, CONTRACT);
        expect(diagnostics.map(diagnostic => diagnostic.code)).not.toContain('unknown-locale');
        const preview = await server.connection.sendRequest('tandem/preview', { uri }) as PreviewResult;
        expect(preview.html).toContain('lang="fr"');
        const asked = await server.connection.sendRequest('tandem/preview', { uri, locale: 'fr' }) as PreviewResult;
        expect(asked.html).toContain('lang="fr"');
    });

    test('is offered by the preview\'s language switch, named in itself', () => {
        const choices = previewLocaleChoices({ extraLocaleDirs: [localeDir] });
        expect(choices.map(choice => choice.value)).toEqual(['', 'en', 'es', 'fr']);
        expect(choices.find(choice => choice.value === 'fr')?.label).toBe('Français');
    });
});

describe('one list of locales', () => {
    test('the core\'s default, the preview switch and the extension\'s setting enum are the message files', () => {
        const files = availableLocales();
        expect(DEFAULT_SETTINGS.locales).toEqual(files);
        expect(previewLocaleChoices().map(choice => choice.value)).toEqual(['', ...files]);
        const manifest = JSON.parse(readFileSync(path.join(REPO, 'packages/vscode/package.json'), 'utf8')) as {
            contributes: { configuration: { properties: Record<string, { enum: string[] }> } };
        };
        expect(manifest.contributes.configuration.properties['tandem.preview.locale'].enum).toEqual(['', ...files]);
    });
});
