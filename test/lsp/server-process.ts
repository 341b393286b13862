/**
 * Starts the real language server (`node packages/language-server/bin/tandem-language-server.js
 * --stdio`) as a child process and speaks LSP to it through vscode-languageserver-protocol's
 * client connection: the test's view of the server is an editor's.
 */
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic, ProtocolConnection, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { createProtocolConnection, InitializeRequest, InitializedNotification, PublishDiagnosticsNotification, DidOpenTextDocumentNotification, ShutdownRequest, ExitNotification } from 'vscode-languageserver-protocol';
import { StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const serverBin = path.join(repositoryRoot, 'packages/language-server/bin/tandem-language-server.js');

export interface ServerProcess {
    readonly connection: ProtocolConnection;
    readonly child: ChildProcessWithoutNullStreams;
    /** Everything the server wrote to stderr. */
    stderr(): string;
    /** `window/logMessage` and `window/showMessage` texts. */
    readonly logs: string[];
    /** The last diagnostics published for each URI. */
    readonly diagnostics: Map<string, Diagnostic[]>;
    /** Hears every publication (one handler per notification method: add listeners here, not on the connection). */
    onDiagnostics(listener: (params: PublishDiagnosticsParams) => void): void;
    /** Resolves with the next diagnostics published for `uri`. */
    nextDiagnostics(uri: string, timeoutMs?: number): Promise<Diagnostic[]>;
    readonly exited: () => boolean;
    open(uri: string, text: string, version?: number): Promise<Diagnostic[]>;
    stop(): Promise<void>;
}

export interface StartOptions {
    readonly rootPath?: string;
    readonly node?: string;
    /** The server's script; default the repository's launcher. */
    readonly bin?: string;
    readonly initializationOptions?: unknown;
    readonly configuration?: Record<string, unknown>;
}

export function fileUri(file: string): string {
    return pathToFileURL(file).toString();
}

export async function startServer(options: StartOptions = {}): Promise<ServerProcess> {
    const child = spawn(options.node ?? process.execPath, [options.bin ?? serverBin, '--stdio'], { cwd: repositoryRoot, stdio: 'pipe' });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', chunk => { stderr += chunk; });
    let exited = false;
    child.on('exit', () => { exited = true; });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const logs: string[] = [];
    const diagnostics = new Map<string, Diagnostic[]>();
    const waiters = new Map<string, Array<(diagnostics: Diagnostic[]) => void>>();
    connection.onNotification('window/logMessage', (params: { message: string }) => { logs.push(params.message); });
    connection.onNotification('window/showMessage', (params: { message: string }) => { logs.push(params.message); });
    const listeners: Array<(params: PublishDiagnosticsParams) => void> = [];
    connection.onNotification(PublishDiagnosticsNotification.type, (params: PublishDiagnosticsParams) => {
        diagnostics.set(params.uri, params.diagnostics);
        listeners.forEach(listener => listener(params));
        const pending = waiters.get(params.uri) ?? [];
        waiters.delete(params.uri);
        pending.forEach(resolve => resolve(params.diagnostics));
    });
    connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
        params.items.map(item => (item.section ? options.configuration?.[item.section] ?? null : null)));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.listen();

    const rootPath = options.rootPath ?? repositoryRoot;
    await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: fileUri(rootPath),
        workspaceFolders: [{ uri: fileUri(rootPath), name: path.basename(rootPath) }],
        capabilities: {
            workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
            textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, completion: { completionItem: { snippetSupport: true } } }
        },
        initializationOptions: options.initializationOptions
    });
    await connection.sendNotification(InitializedNotification.type, {});

    const nextDiagnostics = (uri: string, timeoutMs = 20_000) => new Promise<Diagnostic[]>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
        const list = waiters.get(uri) ?? [];
        list.push(result => { clearTimeout(timer); resolve(result); });
        waiters.set(uri, list);
    });

    return {
        connection,
        child,
        stderr: () => stderr,
        logs,
        diagnostics,
        nextDiagnostics,
        onDiagnostics: listener => { listeners.push(listener); },
        exited: () => exited,
        async open(uri, text, version = 1) {
            const published = nextDiagnostics(uri);
            await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'tandem', version, text } });
            return published;
        },
        async stop() {
            if (!exited) {
                const done = new Promise<void>(resolve => child.once('exit', () => resolve()));
                try {
                    await connection.sendRequest(ShutdownRequest.type);
                    await connection.sendNotification(ExitNotification.type);
                } catch {
                    child.kill();
                }
                await Promise.race([done, new Promise(resolve => setTimeout(resolve, 3000))]);
                if (!exited) {
                    child.kill();
                }
            }
            connection.dispose();
        }
    };
}
