/**
 * The language server against faults in the protocol itself, over its real standard input:
 * a request about a document it does not know is answered with a JSON-RPC *error* (one copy of
 * the JSON-RPC library in the bundle), malformed JSON in a well-framed message is survived, and
 * a message whose Content-Length is too short ends the server with the reason on standard error
 * instead of leaving it silent forever.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fileUri, repositoryRoot, serverBin } from './server-process.js';

interface RawServer {
    send(text: string): void;
    request(id: number, method: string, params: unknown): void;
    reply(id: number, timeoutMs?: number): Promise<Record<string, unknown>>;
    exit(timeoutMs: number): Promise<number | null | 'running'>;
    stderr(): string;
    kill(): void;
}

function frame(body: string, length = Buffer.byteLength(body)): string {
    return `Content-Length: ${length}\r\n\r\n${body}`;
}

function startRaw(): RawServer {
    const child = spawn(process.execPath, [serverBin, '--stdio'], { cwd: repositoryRoot, stdio: 'pipe' });
    let stdout = Buffer.alloc(0);
    let stderr = '';
    const replies = new Map<number, Record<string, unknown>>();
    const waiting = new Map<number, (reply: Record<string, unknown>) => void>();
    child.stderr.on('data', chunk => { stderr += String(chunk); });
    child.stdout.on('data', (chunk: Buffer) => {
        stdout = Buffer.concat([stdout, chunk]);
        for (;;) {
            const end = stdout.indexOf('\r\n\r\n');
            const length = Number(/Content-Length: (\d+)/i.exec(stdout.subarray(0, end).toString())?.[1]);
            if (end < 0 || stdout.length < end + 4 + length) {
                return;
            }
            const message = JSON.parse(stdout.subarray(end + 4, end + 4 + length).toString()) as Record<string, unknown>;
            stdout = stdout.subarray(end + 4 + length);
            if (typeof message.id === 'number' && !('method' in message)) {
                replies.set(message.id, message);
                waiting.get(message.id)?.(message);
            }
        }
    });
    let status: number | null | undefined;
    const exited = new Promise<number | null>(resolve => child.on('exit', code => { status = code; resolve(code); }));
    return {
        send: text => { child.stdin.write(text); },
        request(id, method, params) {
            this.send(frame(JSON.stringify({ jsonrpc: '2.0', id, method, params })));
        },
        reply: (id, timeoutMs = 10_000) => new Promise((resolve, reject) => {
            if (replies.has(id)) {
                resolve(replies.get(id)!);
                return;
            }
            const timer = setTimeout(() => reject(new Error(`no reply to request ${id} within ${timeoutMs} ms`)), timeoutMs);
            waiting.set(id, reply => { clearTimeout(timer); resolve(reply); });
        }),
        exit: timeoutMs => status !== undefined ? Promise.resolve(status) : Promise.race([exited, new Promise<'running'>(resolve => setTimeout(() => resolve('running'), timeoutMs))]),
        stderr: () => stderr,
        kill: () => { child.kill(); }
    };
}

async function initialized(): Promise<RawServer> {
    const server = startRaw();
    server.request(1, 'initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    await server.reply(1, 30_000);
    server.send(frame(JSON.stringify({ jsonrpc: '2.0', method: 'initialized', params: {} })));
    return server;
}

describe('the language server and a faulty client', () => {
    it('answers a hover on a document it does not know with an error, not an error object as the result', async () => {
        const server = await initialized();
        try {
            server.request(2, 'textDocument/hover', { textDocument: { uri: fileUri('/nowhere/unknown.tandem') }, position: { line: 0, character: 0 } });
            const reply = await server.reply(2);
            expect(reply.result ?? null).toBeNull();
            if ('error' in reply) {
                expect(reply.error).toMatchObject({ code: expect.any(Number), message: expect.any(String) });
            }
            expect(JSON.stringify(reply.result ?? null)).not.toMatch(/"code"|"message"/);
        } finally {
            server.kill();
        }
    });

    it('survives a well-framed message that is not JSON', async () => {
        const server = await initialized();
        try {
            server.send(frame('{"jsonrpc": "2.0", "id": 3, "method": '));
            server.request(4, 'shutdown', null);
            expect(await server.reply(4)).toMatchObject({ id: 4, result: null });
        } finally {
            server.kill();
        }
    });

    it('after a Content-Length that is too short, exits with the reason rather than hanging silently', async () => {
        const server = await initialized();
        try {
            const body = JSON.stringify({ jsonrpc: '2.0', id: 5, method: 'shutdown', params: null });
            server.send(frame(body, body.length - 5));
            server.request(6, 'shutdown', null);
            const answered = server.reply(6, 5_000).then(() => 'answered' as const, () => 'silent' as const);
            const status = await server.exit(10_000);
            if (status === 'running') {
                expect(await answered).toBe('answered'); // it recovered: that is fine too
            } else {
                expect(status).toBe(3);
                expect(server.stderr()).toMatch(/tandem-language-server: the messages from the client cannot be read any more \(.+\); exiting so that the client starts a new server/);
            }
        } finally {
            server.kill();
        }
    });
});
