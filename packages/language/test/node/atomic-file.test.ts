/**
 * The shared atomic writer (`writeFileAtomic`, `createFileAtomic`) against real files: modes and
 * owners kept, new files private, symbolic links written through, special files refused.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileAtomic, describeFsError, writeFileAtomic } from '../../src/node/index.js';

let dir: string;
let umask: number;

beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-atomic-'));
    umask = process.umask(0o022);
});

afterEach(() => {
    process.umask(umask);
    fs.rmSync(dir, { recursive: true, force: true });
});

const modeOf = (file: string) => fs.statSync(file).mode & 0o7777;

describe('writeFileAtomic', () => {
    it('keeps the mode of the file it replaces', async () => {
        for (const mode of [0o600, 0o640, 0o604, 0o755]) {
            const file = path.join(dir, `m${mode.toString(8)}.tandem`);
            fs.writeFileSync(file, 'old');
            fs.chmodSync(file, mode);
            await writeFileAtomic(file, 'new');
            expect(fs.readFileSync(file, 'utf8')).toBe('new');
            expect(modeOf(file)).toBe(mode);
        }
    });

    it('keeps the owner and group of the file it replaces, where the process may set them', async () => {
        const file = path.join(dir, 'owned.tandem');
        fs.writeFileSync(file, 'old');
        const root = process.getuid?.() === 0;
        if (root) {
            fs.chownSync(file, 4321, 4322);
        }
        const before = fs.statSync(file);
        await writeFileAtomic(file, 'new');
        const after = fs.statSync(file);
        expect([after.uid, after.gid]).toEqual([before.uid, before.gid]);
        if (root) {
            expect([after.uid, after.gid]).toEqual([4321, 4322]);
        }
    });

    it('creates a new file private (0600), whatever the umask allows', async () => {
        const file = path.join(dir, 'new.pdf');
        await writeFileAtomic(file, 'x');
        expect(modeOf(file)).toBe(0o600);
        const created = path.join(dir, 'created.tandem');
        await createFileAtomic(created, 'x');
        expect(modeOf(created)).toBe(0o600);
    });

    it('writes through a symbolic link (and a chain of them) to its target, keeping the links', async () => {
        const real = path.join(dir, 'real.tandem');
        fs.writeFileSync(real, 'old');
        fs.chmodSync(real, 0o640);
        fs.mkdirSync(path.join(dir, 'links'));
        const link = path.join(dir, 'links', 'link.tandem');
        fs.symlinkSync('../real.tandem', link);
        const second = path.join(dir, 'second.tandem');
        fs.symlinkSync(link, second);
        await writeFileAtomic(second, 'new');
        expect(fs.lstatSync(second).isSymbolicLink()).toBe(true);
        expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
        expect(fs.readFileSync(real, 'utf8')).toBe('new');
        expect(modeOf(real)).toBe(0o640);
        expect(fs.readdirSync(dir).sort()).toEqual(['links', 'real.tandem', 'second.tandem']);
    });

    it('creates the file a dangling link names; with followLinks false, replaces the link itself', async () => {
        const link = path.join(dir, 'out.txt');
        fs.symlinkSync('target.txt', link);
        await writeFileAtomic(link, 'through');
        expect(fs.readFileSync(path.join(dir, 'target.txt'), 'utf8')).toBe('through');
        expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
        await writeFileAtomic(link, 'replaced', { followLinks: false });
        expect(fs.lstatSync(link).isFile()).toBe(true);
        expect(fs.readFileSync(path.join(dir, 'target.txt'), 'utf8')).toBe('through');
    });

    it('refuses a FIFO, a device and a link to one, leaving them as they were and no temporary file', async () => {
        const fifo = path.join(dir, 'pipe');
        execFileSync('mkfifo', [fifo]);
        // A character device of our own (the same as /dev/null), so that a broken writer cannot harm the real one.
        const device = path.join(dir, 'null');
        execFileSync('mknod', [device, 'c', '1', '3']);
        const toDevice = path.join(dir, 'null-link');
        fs.symlinkSync(device, toDevice);
        for (const target of [fifo, toDevice, device]) {
            const error = await writeFileAtomic(target, 'x').then(() => undefined, (thrown: unknown) => thrown);
            expect((error as NodeJS.ErrnoException).code).toBe('ENOTREG');
            expect(describeFsError(error, target, 'write')).toMatch(/^cannot write .+: it is a (named pipe \(FIFO\)|character device), not a regular file$/);
        }
        expect(fs.lstatSync(fifo).isFIFO()).toBe(true);
        expect(fs.lstatSync(toDevice).isSymbolicLink()).toBe(true);
        expect(fs.lstatSync(device).isCharacterDevice()).toBe(true);
        expect(fs.readdirSync(dir).sort()).toEqual(['null', 'null-link', 'pipe']);
    });
});

describe('describeFsError', () => {
    it('says write for a write and names a full disk', () => {
        const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        expect(describeFsError(full, 'a.pdf', 'write')).toBe('cannot write a.pdf: no space left on the disk');
        expect(describeFsError(Object.assign(new Error('x'), { code: 'EACCES' }), 'a.pdf', 'write')).toBe('permission denied: cannot write a.pdf');
        expect(describeFsError(Object.assign(new Error('boom'), { code: 'EXDEV' }), 'a.tandem')).toBe('cannot read a.tandem: boom');
    });
});
