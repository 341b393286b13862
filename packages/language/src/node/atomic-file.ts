/**
 * Writing a user's files safely: to a hidden temporary file beside the target, then renamed
 * (or linked, where an existing file must not be replaced), so that a failure never leaves a
 * half-written or truncated file. Used by the CLI (`render --out`, `fmt`, `new`) and the VS Code
 * extension's export.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';

function temporaryPath(target: string): string {
    return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Replaces (or creates) `target` with `content` atomically. `temporary` (in the target's folder)
 * is for callers that must know it, to remove it if they are stopped before the rename.
 */
export async function writeFileAtomic(target: string, content: string | Uint8Array, temporary = temporaryPath(target)): Promise<void> {
    try {
        await fs.writeFile(temporary, content, { flag: 'wx' });
        await fs.rename(temporary, target);
    } catch (error) {
        await fs.rm(temporary, { force: true });
        throw error;
    }
}

/** Creates `target` with `content` atomically; fails with EEXIST, changing nothing, if it exists. */
export async function createFileAtomic(target: string, content: string | Uint8Array): Promise<void> {
    const temporary = temporaryPath(target);
    try {
        await fs.writeFile(temporary, content, { flag: 'wx' });
        await fs.link(temporary, target);
    } finally {
        await fs.rm(temporary, { force: true });
    }
}
