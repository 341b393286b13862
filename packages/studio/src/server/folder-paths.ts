/**
 * Keeping Studio's files inside FOLDER. A path from the page (`sub/a.tandem`) is first checked as
 * written: relative, names separated by `/`, no `.` or `..`, no empty name, no backslash and no
 * NUL byte (refused with 403 before the disk is touched). Then, on the disk, the file it names
 * (through any symbolic links) must be inside the real path of FOLDER: a link that leads out is
 * refused too. Only `.tandem` files (and, to read, the folder's own `tandem.json`) are served.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { WORKSPACE_SETTINGS_FILE } from '@tandem/language/node';
import { HttpError } from './http-responses.js';

/** The extension of the files Studio reads and writes. */
export const TANDEM_EXTENSION = '.tandem';

const OUTSIDE = 'The path leaves the folder Tandem Studio serves';

/**
 * The names of a path from the page, checked as written (403 for one that could leave the
 * folder, 400 for none at all).
 */
export function checkedNames(requested: string | null): string[] {
    if (requested === null || requested === '') {
        throw new HttpError(400, 'Name the file: ?path=sub/a.tandem (relative to the folder, with / between names).');
    }
    if (requested.includes('\0')) {
        throw new HttpError(403, `${OUTSIDE}: it contains a NUL byte.`);
    }
    if (requested.includes('\\')) {
        throw new HttpError(403, `${OUTSIDE}, or might: use / between names, not a backslash.`);
    }
    if (requested.startsWith('/') || /^[A-Za-z]:/.test(requested)) {
        throw new HttpError(403, `${OUTSIDE}: give a path relative to the folder, not an absolute one.`);
    }
    const names = requested.split('/');
    if (names.some(name => name === '..')) {
        throw new HttpError(403, `${OUTSIDE}: \`..\` is not allowed.`);
    }
    if (names.some(name => name === '' || name === '.')) {
        throw new HttpError(403, `${OUTSIDE}, or might: write each name once, with one / between names (no \`.\`, no empty name).`);
    }
    return names;
}

/** A `.tandem` file (or, when `settings`, the folder's `tandem.json`), else 400. */
export function checkFileKind(names: readonly string[], settings: boolean): 'tandem' | 'settings' {
    const name = names[names.length - 1];
    if (name.endsWith(TANDEM_EXTENSION) && name.length > TANDEM_EXTENSION.length) {
        return 'tandem';
    }
    if (settings && names.length === 1 && name === WORKSPACE_SETTINGS_FILE) {
        return 'settings';
    }
    throw new HttpError(400, settings
        ? `Tandem Studio reads only .tandem files and the folder's ${WORKSPACE_SETTINGS_FILE}.`
        : 'Tandem Studio writes only .tandem files.');
}

/** Is `file` inside `folder` (both real, absolute paths)? */
export function isInside(folder: string, file: string): boolean {
    const prefix = folder.endsWith(path.sep) ? folder : folder + path.sep;
    return file.startsWith(prefix) && file.length > prefix.length;
}

/** The path of `names` under the folder's real path (not yet followed through links). */
export function joinNames(folder: string, names: readonly string[]): string {
    return path.join(folder, ...names);
}

/** Refuses (403) a real path that is not inside the folder. */
export function checkInside(folder: string, real: string): void {
    if (!isInside(folder, real)) {
        throw new HttpError(403, `${OUTSIDE}: a symbolic link on the way leads outside it.`);
    }
}

/**
 * The real path of a file that may not exist yet: the real path of its nearest existing
 * ancestor, with the missing names after it; and how many folders are missing, which a save may
 * create once the real path is known to be inside the folder. A name that exists but leads
 * nowhere (a dangling link on the way) is not taken for missing: its ENOENT is thrown.
 */
export async function realPathOfNew(file: string): Promise<{ real: string; missingFolders: number }> {
    const missing: string[] = [];
    let existing = file;
    for (;;) {
        try {
            const real = await fs.realpath(existing);
            return { real: path.join(real, ...[...missing].reverse()), missingFolders: Math.max(0, missing.length - 1) };
        } catch (error) {
            const parent = path.dirname(existing);
            if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || parent === existing || await exists(existing)) {
                throw error;
            }
            missing.push(path.basename(existing));
            existing = parent;
        }
    }
}

async function exists(file: string): Promise<boolean> {
    try {
        await fs.lstat(file);
        return true;
    } catch {
        return false;
    }
}
