/**
 * The Tandem language server: `tandem-language-server --stdio` (or `--node-ipc`, or
 * `--socket=PORT`, as vscode-languageserver reads them from the command line). This package is
 * the composition root: it creates the connection, the editor services of @tandem/language/lsp
 * tells them where the rule pages are, serves the preview with the renderer, and gives memory
 * back after bursts of edits.
 */
import '@tandem/language/lsp';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createTandemLspServices, startTandemLanguageServer } from '@tandem/language/lsp';
import { TandemNodeFileSystem } from '@tandem/language/node';
import { availableLocales } from '@tandem/render';
import { createGuardedConnection } from './guarded-connection.js';
import { startMemoryKeeper } from './memory-keeper.js';
import { addPreviewHandler } from './preview.js';

const connection = createGuardedConnection();
const { shared, Tandem } = createTandemLspServices({ connection, ...TandemNodeFileSystem });

// The bundle is packages/language-server/dist/server.js: the repository's docs are three folders up.
const localRules = fileURLToPath(new URL('../../../docs/rules/', import.meta.url));
if (existsSync(localRules)) {
    Tandem.diagnostics.RuleDocumentation.useLocalFolder(localRules);
}

// `unknown-locale` and tandem.json accept exactly the locales that have a message file.
Tandem.settings.SettingsProvider.update({ locales: availableLocales() });
addPreviewHandler(connection, shared, Tandem);
startMemoryKeeper(shared);
startTandemLanguageServer(shared, Tandem);
