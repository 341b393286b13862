/**
 * `tandem studio`, the built CLI in a child process: it prints the address and the folder,
 * serves the folder's files there, and exits 0 on SIGTERM or SIGINT; it opens the browser
 * (a fake `xdg-open` records the address) and a browser that cannot be opened is a note; a busy
 * port, a missing folder and a bad --port are bad usage (exit 2).
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo, Server } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLI, REPO, runCli } from './run-cli.js';

let dir: string;
const children: ChildProcess[] = [];

beforeEach(() => {
    dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'tandem-studio-cli-')));
    mkdirSync(path.join(dir, 'clients', 'sub'), { recursive: true });
    writeFileSync(path.join(dir, 'clients', 'ana.tandem'), 'contract Ana {}\n');
    writeFileSync(path.join(dir, 'clients', 'sub', 'ben.tandem'), 'contract Ben {}\n');
});

afterEach(() => {
    for (const child of children.splice(0)) {
        if (child.exitCode === null && child.signalCode === null) {
            child.kill('SIGKILL');
        }
    }
    rmSync(dir, { recursive: true, force: true });
});

interface Running {
    readonly child: ChildProcess;
    readonly url: string;
    stdout(): string;
    stderr(): string;
    exit(): Promise<number | null>;
}

/** Starts `tandem studio ARGS` and waits for its address. */
function startStudio(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Running> {
    if (!existsSync(path.join(REPO, 'packages/cli/dist/tandem.js'))) {
        throw new Error('The CLI is not built: run `npm run build` first.');
    }
    const child = spawn(process.execPath, [CLI, 'studio', ...args], {
        cwd: options.cwd ?? dir,
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env },
        stdio: ['ignore', 'pipe', 'pipe']
    });
    children.push(child);
    let stdout = '';
    let stderr = '';
    const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)));
    child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no address within 20 s; stdout: ${stdout}; stderr: ${stderr}`)), 20_000);
        child.stdout!.on('data', (chunk: Buffer) => {
            stdout += chunk.toString();
            const url = /Tandem Studio is running at (http:\/\/127\.0\.0\.1:\d+\/)\n/.exec(stdout)?.[1];
            if (url && stdout.includes('Press Ctrl+C to stop.\n')) {
                clearTimeout(timer);
                resolve({ child, url, stdout: () => stdout, stderr: () => stderr, exit: () => exited });
            }
        });
        void exited.then(code => {
            clearTimeout(timer);
            reject(new Error(`exited with ${code} before giving an address; stdout: ${stdout}; stderr: ${stderr}`));
        });
    });
}

async function files(url: string): Promise<unknown> {
    const response = await fetch(`${url}api/files`, { headers: { 'X-Tandem-Studio': '1' } });
    expect(response.status).toBe(200);
    return response.json();
}

describe('tandem studio', () => {
    it('prints the address and the folder, serves the folder, and exits 0 on SIGTERM', async () => {
        const studio = await startStudio(['clients', '--port', '0', '--no-open']);
        const lines = studio.stdout().trimEnd().split('\n');
        expect(lines[0]).toMatch(/^Tandem Studio is running at http:\/\/127\.0\.0\.1:\d+\/$/);
        expect(lines[1]).toBe(`It opens the .tandem files in ${path.join(dir, 'clients')}. Press Ctrl+C to stop.`);
        expect(await files(studio.url)).toEqual({ folder: 'clients', files: [{ path: 'ana.tandem' }, { path: 'sub/ben.tandem' }] });
        const saved = await fetch(`${studio.url}api/file?path=ana.tandem`, { method: 'PUT', headers: { 'X-Tandem-Studio': '1', 'Content-Type': 'text/plain' }, body: 'contract Ana2 {}\n' });
        expect(await saved.json()).toEqual({ saved: 'ana.tandem' });
        expect(readFileSync(path.join(dir, 'clients', 'ana.tandem'), 'utf8')).toBe('contract Ana2 {}\n');
        studio.child.kill('SIGTERM');
        expect(await studio.exit()).toBe(0);
        expect(studio.stderr()).toBe('');
        await expect(fetch(studio.url)).rejects.toThrow();
    });

    it('serves the current folder by default and exits 0 on SIGINT', async () => {
        const studio = await startStudio(['--port', '0', '--no-open'], { cwd: path.join(dir, 'clients') });
        expect(await files(studio.url)).toMatchObject({ folder: 'clients' });
        studio.child.kill('SIGINT');
        expect(await studio.exit()).toBe(0);
    });

    it('opens the browser at the address, detached', async () => {
        const bin = path.join(dir, 'bin');
        mkdirSync(bin);
        const opened = path.join(dir, 'opened.txt');
        writeFileSync(path.join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s' "$*" > '${opened}'\n`);
        chmodSync(path.join(bin, 'xdg-open'), 0o755);
        const studio = await startStudio(['clients', '--port', '0'], { env: { PATH: `${bin}${path.delimiter}${process.env.PATH}` } });
        await expect.poll(() => existsSync(opened) ? readFileSync(opened, 'utf8') : '', { timeout: 10_000 }).toBe(studio.url);
        studio.child.kill('SIGTERM');
        expect(await studio.exit()).toBe(0);
        expect(studio.stderr()).toBe('');
    });

    it('a browser that cannot be opened is a one-line note, and the server keeps running', async () => {
        const empty = path.join(dir, 'empty');
        mkdirSync(empty);
        const studio = await startStudio(['clients', '--port', '0'], { env: { PATH: empty } });
        await expect.poll(() => studio.stderr(), { timeout: 10_000 }).toMatch(/\n$/);
        expect(studio.stderr()).toBe(`note: could not open a browser (xdg-open: not found); open ${studio.url} in yours.\n`);
        expect(await files(studio.url)).toMatchObject({ folder: 'clients' });
        studio.child.kill('SIGTERM');
        expect(await studio.exit()).toBe(0);
    });

    it('a busy port is bad usage (exit 2), naming the port and --port', async () => {
        const blocker: Server = createServer();
        await new Promise<void>(resolve => blocker.listen(0, '127.0.0.1', resolve));
        const port = (blocker.address() as AddressInfo).port;
        try {
            const result = runCli(['studio', 'clients', '--port', String(port), '--no-open'], { cwd: dir });
            expect(result.status).toBe(2);
            expect(result.stdout).toBe('');
            expect(result.stderr).toBe(`error: port ${port} is already in use (by another Tandem Studio, or another program). Choose another port with --port, e.g. \`tandem studio --port ${port + 1}\`, or \`--port 0\` for any free port.\n`);
        } finally {
            await new Promise(resolve => blocker.close(resolve));
        }
    });

    it('a folder that does not exist or is a file is bad usage (exit 2)', () => {
        const missing = runCli(['studio', 'nowhere', '--no-open'], { cwd: dir });
        expect(missing.status).toBe(2);
        expect(missing.stderr).toBe('error: no such file or folder: nowhere\n');
        const file = runCli(['studio', 'clients/ana.tandem', '--no-open'], { cwd: dir });
        expect(file.status).toBe(2);
        expect(file.stderr).toMatch(/^error: not a folder: clients\/ana\.tandem\. tandem studio opens the \.tandem files of a folder/);
    });

    it('a --port that is not a port is bad usage (exit 2)', () => {
        for (const port of ['abc', '-1', '65536', '80.5']) {
            const result = runCli(['studio', 'clients', '--port', port, '--no-open'], { cwd: dir });
            expect(result.status, port).toBe(2);
            expect(result.stderr, port).toMatch(/expected a port number from 0 to 65535/);
        }
    });

    it('is listed in tandem --help', () => {
        const help = runCli(['--help']);
        expect(help.stdout).toMatch(/^\s+studio \[options\] \[folder\]\s+write, check and print agreements in a browser/m);
    });
});
