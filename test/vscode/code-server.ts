/**
 * A real VS Code workbench for the end-to-end tests: code-server 4.100.3 (installed by
 * scripts/setup-code-server.sh) with the packaged extension installed into fresh user-data and
 * extension folders, serving a copy of a folder on 127.0.0.1, and Debian's Chromium driving it
 * headless through playwright-core. Flags as in ../shared/PLATFORM.md.
 */
import type { ChildProcess } from 'node:child_process';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const NODE_20 = '/usr/bin/node';
const CHROMIUM = '/usr/bin/chromium';

export interface Workbench {
    readonly page: Page;
    readonly workspace: string;
    readonly log: () => string;
    close(): Promise<void>;
}

/** Installs code-server when needed (idempotent) and returns its entry script. */
export function setUpCodeServer(): string {
    const output = execFileSync('sh', [path.join(repositoryRoot, 'scripts/setup-code-server.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    return output.trim().split('\n').at(-1)!;
}

/** `npm run package` into `folder`; returns the .vsix. */
export function packageExtension(folder: string): string {
    const vsix = path.join(folder, 'tandem-vscode.vsix');
    execFileSync(process.execPath, [path.join(repositoryRoot, 'packages/vscode/scripts/package-extension.mjs'), '--out', vsix], { stdio: ['ignore', 'ignore', 'inherit'] });
    return vsix;
}

export interface WorkbenchOptions {
    readonly entry: string;
    readonly vsix: string;
    /** Files to put in the workspace: path relative to it → text. */
    readonly files: Record<string, string>;
    /** A folder copied into the workspace first. */
    readonly copyFrom?: string;
    readonly settings?: Record<string, unknown>;
}

export async function openWorkbench(options: WorkbenchOptions): Promise<Workbench> {
    const base = mkdtempSync(path.join(os.tmpdir(), 'tandem-vscode-e2e-'));
    const home = path.join(base, 'home');
    const userData = path.join(base, 'user-data');
    const extensions = path.join(base, 'extensions');
    const workspace = path.join(base, 'workspace');
    for (const folder of [home, userData, extensions, workspace, path.join(userData, 'User')]) {
        mkdirSync(folder, { recursive: true });
    }
    if (options.copyFrom) {
        cpSync(options.copyFrom, workspace, { recursive: true });
    }
    for (const [file, text] of Object.entries(options.files)) {
        mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true });
        writeFileSync(path.join(workspace, file), text);
    }
    writeFileSync(path.join(userData, 'User/settings.json'), JSON.stringify({
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'update.mode': 'none',
        'files.simpleDialog.enable': true,
        'editor.minimap.enabled': false,
        ...options.settings
    }, null, 2));

    const env = {
        ...process.env,
        HOME: home,
        XDG_CONFIG_HOME: path.join(home, '.config'),
        XDG_DATA_HOME: path.join(home, '.local/share'),
        XDG_CACHE_HOME: path.join(home, '.cache'),
        PATH: `/usr/local/bin:/usr/bin:/bin`
    };
    const common = ['--user-data-dir', userData, '--extensions-dir', extensions];
    execFileSync(NODE_20, [options.entry, ...common, '--install-extension', options.vsix], { env, stdio: 'ignore' });

    const port = await freePort();
    const server = spawn(NODE_20, [options.entry, ...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
        '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', workspace], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let log = '';
    server.stdout!.on('data', chunk => { log += String(chunk); });
    server.stderr!.on('data', chunk => { log += String(chunk); });
    await waitFor(() => log.includes('HTTP server listening'), 30_000, () => `code-server did not start:\n${log}`);

    let browser: BrowserContext | undefined;
    try {
        // A fresh Chromium profile (playwright passes it as --user-data-dir).
        browser = await chromium.launchPersistentContext(path.join(base, 'chromium'), {
            executablePath: CHROMIUM,
            headless: true,
            viewport: { width: 1440, height: 900 },
            args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
                '--disable-sync', '--no-first-run']
        });
        const page = browser.pages()[0] ?? await browser.newPage();
        await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
        await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
        await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ timeout: 60_000 });
        return {
            page,
            workspace,
            log: () => log,
            async close() {
                await browser?.close();
                await stop(server);
                rmSync(base, { recursive: true, force: true });
            }
        };
    } catch (error) {
        await browser?.close();
        await stop(server);
        throw error;
    }
}

function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const probe = createServer();
        probe.listen(0, '127.0.0.1', () => {
            const address = probe.address();
            probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
        });
    });
}

async function waitFor(condition: () => boolean, timeout: number, message: () => string): Promise<void> {
    const deadline = Date.now() + timeout;
    while (!condition()) {
        if (Date.now() > deadline) {
            throw new Error(message());
        }
        await new Promise(resolve => setTimeout(resolve, 100));
    }
}

async function stop(server: ChildProcess): Promise<void> {
    if (server.exitCode !== null) {
        return;
    }
    // code-server's own children (extension host, language server) are in its process group.
    const signal = (name: NodeJS.Signals) => {
        try {
            process.kill(-server.pid!, name);
        } catch {
            // already gone
        }
    };
    const exited = new Promise(resolve => server.once('exit', resolve));
    signal('SIGTERM');
    const timer = setTimeout(() => signal('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
}
