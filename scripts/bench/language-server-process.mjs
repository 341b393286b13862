// The real language server (`tandem-language-server --stdio`) as the benchmark suites drive it:
// started as a process, connected over stdio with the requests a client must answer, every
// publishDiagnostics counted by file and handed to the suite's current listener, and stopped
// (shutdown, exit, then killed if it lingers). Shared by lsp.mjs and studio.mjs.
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createProtocolConnection, ExitNotification, PublishDiagnosticsNotification, ShutdownRequest } from 'vscode-languageserver-protocol';
import { StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * @param {{ env?: NodeJS.ProcessEnv }} options
 * @returns the child process, its connection, `published` (uri → how many times), `stderr()`,
 *   `onPublish(listener)` (replaces the listener) and `stop()`.
 */
export function startLanguageServerProcess(options = {}) {
    const child = spawn(process.execPath, [path.join(root, 'packages/language-server/bin/tandem-language-server.js'), '--stdio'], { stdio: 'pipe', env: options.env ?? process.env });
    let stderr = '';
    child.stderr.on('data', chunk => { stderr += chunk; });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const published = new Map();
    let listener = () => undefined;
    connection.onNotification(PublishDiagnosticsNotification.type, params => {
        published.set(params.uri, (published.get(params.uri) ?? 0) + 1);
        listener(params);
    });
    connection.onNotification('window/logMessage', params => { if (process.env.TANDEM_BENCH_DEBUG) { console.log('  log:', params.message); } });
    connection.onRequest('workspace/configuration', params => params.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.listen();
    return {
        child,
        connection,
        published,
        stderr: () => stderr,
        onPublish(next) {
            listener = next;
        },
        async stop() {
            try {
                await connection.sendRequest(ShutdownRequest.type);
                await connection.sendNotification(ExitNotification.type);
            } catch {
                // already gone
            }
            setTimeout(() => child.kill(), 1000).unref();
            connection.dispose();
        }
    };
}
