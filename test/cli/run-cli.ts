/**
 * Runs the built `tandem` command as a user would: `node packages/cli/bin/tandem.js ...`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = path.join(REPO, 'packages/cli/bin/tandem.js');

export interface CliResult {
    status: number | null;
    stdout: string;
    stderr: string;
}

export function runCli(args: readonly string[], options: { cwd?: string; node?: string; input?: string; cliPath?: string } = {}): CliResult {
    if (!existsSync(path.join(REPO, 'packages/cli/dist/tandem.js'))) {
        throw new Error('The CLI is not built: run `npm run build` first.');
    }
    const result = spawnSync(options.node ?? process.execPath, [options.cliPath ?? CLI, ...args], {
        cwd: options.cwd ?? REPO,
        encoding: 'utf8',
        input: options.input,
        // FORCE_COLOR left out rather than empty: Node 20 warns about an empty one beside NO_COLOR
        // once anything loads node:http (`tandem studio`).
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
        timeout: 60_000
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The Node binaries this machine has, by major version: the system's, and those installed as npm packages. */
export function availableNodes(): Map<number, string> {
    const nodes = new Map<number, string>();
    const candidates = [
        ...((process.env.PATH ?? '').split(path.delimiter).filter(dir => !dir.includes('node_modules')).map(dir => path.join(dir, 'node'))),
        path.join(REPO, 'node_modules/node22/bin/node'),
        path.join(REPO, 'node_modules/node/bin/node'),
        process.execPath
    ];
    for (const candidate of candidates) {
        if (!existsSync(candidate)) {
            continue;
        }
        const version = spawnSync(candidate, ['--version'], { encoding: 'utf8' }).stdout.trim();
        const major = Number(/^v(\d+)/.exec(version)?.[1]);
        if (major && !nodes.has(major)) {
            nodes.set(major, candidate);
        }
    }
    return nodes;
}
