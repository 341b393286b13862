/**
 * What the commands do to the files they write, as a user meets it: modes kept, new files
 * private, symbolic links written through, FIFOs and devices refused (exit 2, left as they were).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO, runCli } from './run-cli.js';

const MESSY = fs.readFileSync(path.join(REPO, 'test/fixtures/fmt/messy.tandem'), 'utf8');
const VALID = path.join(REPO, 'test/fixtures/validate/valid.tandem');

let dir: string;

beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-written-'));
});

afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
});

const modeOf = (file: string) => fs.statSync(file).mode & 0o7777;

describe('tandem fmt', () => {
    it('keeps a private file private', () => {
        const file = path.join(dir, 'client.tandem');
        fs.writeFileSync(file, MESSY, { mode: 0o600 });
        fs.chmodSync(file, 0o600);
        const result = runCli(['fmt', file]);
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('1 file of 1 reformatted');
        expect(modeOf(file)).toBe(0o600);
    });

    it('formats the file a symbolic link names and keeps the link', () => {
        const real = path.join(dir, 'real.tandem');
        fs.writeFileSync(real, MESSY);
        const link = path.join(dir, 'link.tandem');
        fs.symlinkSync('real.tandem', link);
        const result = runCli(['fmt', link]);
        expect(result.status).toBe(0);
        expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
        expect(fs.readFileSync(real, 'utf8')).not.toBe(MESSY);
        expect(runCli(['fmt', '--check', real]).status).toBe(0);
    });

    it('reports a failed write once, with exit 2, and does not count the file as reformatted', () => {
        const sub = path.join(dir, 'locked');
        fs.mkdirSync(sub);
        const file = path.join(sub, 'a.tandem');
        fs.writeFileSync(file, MESSY);
        execFileSync('chattr', ['+i', sub], { stdio: 'ignore' });
        try {
            const result = runCli(['fmt', file]);
            expect(result.status).toBe(2);
            expect(result.stderr).toMatch(/^error: (permission denied: cannot write|cannot write) .*a\.tandem/m);
            expect(result.stdout).toContain('0 files of 1 reformatted');
        } finally {
            execFileSync('chattr', ['-i', sub], { stdio: 'ignore' });
        }
    });
});

describe('tandem render --out', () => {
    it('keeps the mode of the agreement it replaces, and makes a new one 0600', () => {
        const out = path.join(dir, 'agreement.txt');
        expect(runCli(['render', VALID, '--out', out]).status).toBe(0);
        expect(modeOf(out)).toBe(0o600);
        fs.chmodSync(out, 0o640);
        expect(runCli(['render', VALID, '--out', out]).status).toBe(0);
        expect(modeOf(out)).toBe(0o640);
    });

    it('writes through a symbolic link', () => {
        const real = path.join(dir, 'real.html');
        fs.writeFileSync(real, 'old');
        const link = path.join(dir, 'link.html');
        fs.symlinkSync(real, link);
        expect(runCli(['render', VALID, '--out', link]).status).toBe(0);
        expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
        expect(fs.readFileSync(real, 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    });

    it('refuses a FIFO and a device with exit 2, leaving them as they were', () => {
        const fifo = path.join(dir, 'pipe.txt');
        execFileSync('mkfifo', [fifo]);
        // A character device of our own (the same as /dev/null), so that a broken build cannot harm the real one.
        const device = path.join(dir, 'null.txt');
        execFileSync('mknod', [device, 'c', '1', '3']);
        const devices = [fifo, device];
        for (const out of devices) {
            const result = runCli(['render', VALID, '--format', 'txt', '--out', out]);
            expect(result.status).toBe(2);
            expect(result.stderr).toMatch(/^error: cannot write .+: it is a (named pipe \(FIFO\)|character device), not a regular file\n$/);
        }
        expect(fs.lstatSync(fifo).isFIFO()).toBe(true);
        expect(fs.lstatSync(device).isCharacterDevice()).toBe(true);
        expect(fs.readdirSync(dir).sort()).toEqual(['null.txt', 'pipe.txt']);
    });
});

describe('tandem new', () => {
    it('creates the contract private (0600)', () => {
        const file = path.join(dir, 'sub', 'client.tandem');
        const result = runCli(['new', file]);
        expect(result.status).toBe(0);
        expect(modeOf(file)).toBe(0o600);
    });
});
