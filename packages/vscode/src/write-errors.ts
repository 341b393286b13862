/**
 * Words for a file that could not be written, for the extension's notifications (the writing
 * itself is `writeFileAtomic` of @tandem/language/node, shared with the CLI).
 */
import * as path from 'node:path';

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
