/**
 * The files of FOLDER as the app sees them (`/api/files`, `/api/file`): the list of `.tandem`
 * files (found as `tandem validate` finds them), one file's text (decoded as every command
 * decodes `.tandem` files: UTF-8, or UTF-16 with a byte-order mark), and a save (written with
 * the one atomic writer: modes and links kept, in the encoding the file had). File-system
 * errors are worded by the shared `describeFsError`, naming the file as the page named it.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import {
    decodeTandemSource, describeFsError, encodeTandemSource, findTandemFiles, readTandemSource, resolveWriteTarget, WORKSPACE_SETTINGS_FILE, writeFileAtomic
} from '@tandem/language/node';
import type { FileOperation, SourceEncoding } from '@tandem/language/node';
import { checkedNames, checkFileKind, checkInside, joinNames, realPathOfNew } from './folder-paths.js';
import { HttpError } from './http-responses.js';

export interface FileList {
    /** The folder's own name (not its path). */
    readonly folder: string;
    /** Every `.tandem` file under the folder, relative, with `/`, sorted. */
    readonly files: ReadonlyArray<{ readonly path: string }>;
    /** `tandem.json`, when the folder has one (the page then reads it). */
    readonly settings?: string;
}

export interface FileText {
    readonly kind: 'tandem' | 'settings';
    readonly text: string;
}

/** The status of a file-system failure: missing 404, not allowed 403, not a file 409, full 507, bad bytes 422. */
function statusOf(error: unknown): number {
    switch ((error as NodeJS.ErrnoException)?.code) {
        case 'ENOENT': return 404;
        case 'EACCES':
        case 'EPERM':
        case 'EROFS':
        case 'ELOOP': return 403;
        case 'EISDIR':
        case 'ENOTDIR':
        case 'ENOTREG': return 409;
        case 'ENOSPC':
        case 'EDQUOT':
        case 'EFBIG': return 507;
        case 'EENCODING': return 422;
        default: return 500;
    }
}

function fsHttpError(error: unknown, shown: string, operation: FileOperation): HttpError {
    if (error instanceof HttpError) {
        return error;
    }
    return new HttpError(statusOf(error), describeFsError(error, shown, operation));
}

/** `GET /api/files`. `folder` is the real path of the folder served. */
export async function listFiles(folder: string): Promise<FileList> {
    const { files } = await findTandemFiles([folder]);
    const paths = files
        .map(file => path.relative(folder, file.absolutePath).split(path.sep).join('/'))
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const settings = await fs.stat(path.join(folder, WORKSPACE_SETTINGS_FILE)).then(stat => stat.isFile(), () => false);
    return { folder: path.basename(folder), files: paths.map(file => ({ path: file })), ...(settings ? { settings: WORKSPACE_SETTINGS_FILE } : {}) };
}

/** `GET /api/file?path=…`: a `.tandem` file's text, or the folder's `tandem.json`. */
export async function readFolderFile(folder: string, requested: string | null): Promise<FileText> {
    const names = checkedNames(requested);
    const kind = checkFileKind(names, true);
    const shown = names.join('/');
    try {
        const real = await fs.realpath(joinNames(folder, names));
        checkInside(folder, real);
        return { kind, text: (await readTandemSource(real)).text };
    } catch (error) {
        throw fsHttpError(error, shown, 'read');
    }
}

/**
 * `PUT /api/file?path=…`: saves a `.tandem` file, created when absent (with any missing folders,
 * inside the folder only). The body is read only once the path is accepted. Returns the path
 * saved, as the page named it.
 */
export async function saveFolderFile(folder: string, requested: string | null, readBody: () => Promise<Uint8Array>): Promise<string> {
    const names = checkedNames(requested);
    checkFileKind(names, false);
    const shown = names.join('/');
    const body = await readBody();
    let text: string;
    try {
        text = decodeTandemSource(body).text;
    } catch (error) {
        throw new HttpError(400, describeFsError(error, shown, 'read'));
    }
    try {
        const { file, stat } = await resolveWriteTarget(joinNames(folder, names));
        const { real, missingFolders } = await realPathOfNew(file);
        checkInside(folder, real);
        const { encoding, bom } = stat ? await encodingOf(real) : { encoding: 'utf-8' as const, bom: false };
        if (missingFolders > 0) {
            await fs.mkdir(path.dirname(real), { recursive: true });
        }
        await writeFileAtomic(real, encodeTandemSource(text, encoding, bom));
        return shown;
    } catch (error) {
        throw fsHttpError(error, shown, 'write');
    }
}

/** The encoding a file is in, to write it back the same way; UTF-8 when it cannot be read as text. */
async function encodingOf(file: string): Promise<{ encoding: SourceEncoding; bom: boolean }> {
    try {
        const { encoding, bom } = await readTandemSource(file);
        return { encoding, bom };
    } catch {
        return { encoding: 'utf-8', bom: false };
    }
}
