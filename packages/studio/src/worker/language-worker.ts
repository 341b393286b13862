/**
 * Studio's language worker: a Tandem language server running in a browser's Web Worker. It
 * speaks LSP over `postMessage` (vscode-languageserver/browser) to the page's editor. Its file
 * system is the folder's files, which the page sends as `initializationOptions` and updates as
 * they are saved; it answers the server's `tandem/preview` and Studio's requests
 * (./studio-requests.ts). The composition root of the browser, as packages/language-server's
 * main.ts is of Node.
 */
import '@tandem/language/lsp';
import { URI } from 'langium';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { createTandemLspServices, startTandemLanguageServer } from '@tandem/language/lsp';
import { addPreviewHandler } from '@tandem/language-server/preview';
import { availableLocales, configureBrowserRenderer } from '@tandem/render/browser';
import type { SetFileParams } from '../shared/studio-protocol.js';
import { SET_FILE_NOTIFICATION } from '../shared/studio-protocol.js';
import { StudioFileSystemProvider } from './studio-file-system.js';
import { addStudioRequests } from './studio-requests.js';
import { studioSharedModule } from './studio-workspace-manager.js';

declare const self: { location: { href: string }; postMessage(message: unknown): void; addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void };

// The PDF writer's fonts, fetched on the first PDF: the build copies them to fonts/ beside worker.js.
configureBrowserRenderer({ fontUrl: file => new URL(`fonts/${file}`, self.location.href) });

const connection = createConnection(new BrowserMessageReader(self as never), new BrowserMessageWriter(self as never));
const fileSystem = new StudioFileSystemProvider();
const { shared, Tandem } = createTandemLspServices({ connection, fileSystemProvider: () => fileSystem }, studioSharedModule(fileSystem));

connection.onNotification(SET_FILE_NOTIFICATION, (params: SetFileParams) => {
    fileSystem.setFile(params.uri, params.text);
    void shared.workspace.DocumentBuilder.update([URI.parse(params.uri)], []);
});

Tandem.settings.SettingsProvider.update({ locales: availableLocales() });
addPreviewHandler(connection, shared, Tandem);
addStudioRequests(connection, shared, Tandem);
startTandemLanguageServer(shared, Tandem);
