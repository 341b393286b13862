/**
 * The language client: starts the bundled Tandem language server (dist/server.cjs) in a Node
 * process of its own over IPC, for `tandem` files on disk and unsaved, and keeps it told of the
 * `tandem` settings.
 */
import * as vscode from 'vscode';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';

export const LANGUAGE_ID = 'tandem';

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
    const module = context.asAbsolutePath('dist/server.cjs');
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [
            { scheme: 'file', language: LANGUAGE_ID },
            { scheme: 'untitled', language: LANGUAGE_ID }
        ],
        synchronize: {
            configurationSection: 'tandem',
            fileEvents: vscode.workspace.createFileSystemWatcher('**/*.tandem')
        },
        outputChannelName: 'Tandem Language Server'
    };
    return new LanguageClient('tandem', 'Tandem Language Server', serverOptions, clientOptions);
}
