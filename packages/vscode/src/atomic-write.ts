/**
 * Writing a file atomically: the bytes go to a temporary file beside the target, which is then
 * renamed over it, so that a reader never sees half a file and a failure leaves nothing behind.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';

export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
        await fs.writeFile(temporary, bytes, { flag: 'wx' });
        await fs.rename(temporary, target);
    } catch (error) {
        await fs.rm(temporary, { force: true });
        throw error;
    }
}

/** A file system error in words for a notification. */
export function describeWriteError(error: unknown, file: string): string {
    const code = (error as NodeJS.ErrnoException)?.code;
    switch (code) {
        case 'EACCES':
        case 'EPERM': return `permission denied: ${file}`;
        case 'ENOENT': return `the folder does not exist: ${path.dirname(file)}`;
        case 'EISDIR': return `is a folder: ${file}`;
        case 'ENOSPC': return `no space left for ${file}`;
        default: return `${(error as Error)?.message ?? String(error)} (${file})`;
    }
}
