/**
 * When standard output fails: a reader that closes the pipe early (`| head -1`) ends the command
 * quietly (141, as SIGPIPE would), and a report that cannot be written (/dev/full) is one line
 * and exit 2 — never "Unhandled 'error' event" and exit 1 ("errors found").
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, REPO } from './run-cli.js';

const FOLDERS = [path.join(REPO, 'examples'), path.join(REPO, 'test/fixtures/validate')];

describe('standard output that fails', () => {
    it('a reader that goes away: no message, exit 141', async () => {
        const child = spawn(process.execPath, [CLI, 'validate', '--format', 'json', ...FOLDERS], { stdio: ['ignore', 'pipe', 'pipe'] });
        child.stdout.destroy(); // the reader is gone before the report is written
        let stderr = '';
        child.stderr.on('data', chunk => { stderr += String(chunk); });
        const status = await new Promise<number | null>(resolve => child.on('close', code => resolve(code)));
        expect(stderr).toBe('');
        expect(status).toBe(141);
    });

    it('a full device: one line, exit 2', () => {
        const full = openSync('/dev/full', 'w');
        try {
            for (const args of [['validate', ...FOLDERS], ['render', path.join(REPO, 'test/fixtures/validate/valid.tandem'), '--format', 'txt']]) {
                const result = spawnSync(process.execPath, [CLI, ...args], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
                expect(result.stderr, args[0]).toBe('error: cannot write standard output: no space left on the disk\n');
                expect(result.status, args[0]).toBe(2);
            }
        } finally {
            closeSync(full);
        }
    });
});
