/**
 * The one wording of file-system errors, for every command and the VS Code extension: what went
 * wrong, in words, with the file's name and whether it was being read or written.
 */

export type FileOperation = 'read' | 'write';

/** The error codes that mean the disk (or the quota, or the file size limit) is full. */
const FULL_DISK = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);

/** Is this error a full disk (ENOSPC, EDQUOT) or a file size limit (EFBIG)? */
export function isDiskFull(error: unknown): boolean {
    return FULL_DISK.has((error as NodeJS.ErrnoException)?.code ?? '');
}

export function describeFsError(error: unknown, file: string, operation: FileOperation = 'read'): string {
    const code = (error as NodeJS.ErrnoException)?.code;
    switch (code) {
        case 'ENOENT': return operation === 'read' ? `no such file or folder: ${file}` : `cannot write ${file}: its folder does not exist`;
        case 'EACCES':
        case 'EPERM': return `permission denied: cannot ${operation} ${file}`;
        case 'EISDIR': return `is a folder, not a file: ${file}`;
        case 'ENOTDIR': return `cannot ${operation} ${file}: a part of the path is a file, not a folder`;
        case 'ENOSPC':
        case 'EDQUOT': return `cannot write ${file}: no space left on the disk`;
        case 'EFBIG': return `cannot write ${file}: the file is larger than the system allows`;
        case 'EROFS': return `cannot write ${file}: the file system is read-only`;
        case 'ELOOP': return `cannot ${operation} ${file}: too many levels of symbolic links`;
        case 'ENOTREG': return `cannot ${operation} ${file}: it is ${(error as { kind?: string }).kind ?? 'a special file'}, not a regular file`;
        case 'EENCODING': {
            const { line, column } = error as { line?: number; column?: number };
            return `${file}:${line}:${column}: ${(error as Error).message}`;
        }
        case 'EIO': return `cannot ${operation} ${file}: input/output error (a disk or network fault)`;
        default: return `cannot ${operation} ${file}: ${(error as Error)?.message ?? String(error)}`;
    }
}
