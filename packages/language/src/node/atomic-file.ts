/**
 * Writing a user's files safely: to a hidden temporary file beside the target, then renamed
 * (or linked, where an existing file must not be replaced), so that a failure never leaves a
 * half-written or truncated file. Used by the CLI (`render --out`, `fmt`, `new`), batch and the
 * VS Code extension's export.
 *
 * What a rewrite keeps (docs/decisions.md, "Files Tandem writes"): a symbolic link is followed
 * and its target rewritten (the link stays a link); the target's mode, and its owner and group
 * where the process may set them, carry over to the new file. A new file is private (0600, less
 * what the umask takes away). Anything that is not a regular file (a device, FIFO or socket) is
 * refused with `NotRegularFileError`, so that `--out /dev/sda` never replaces a device node.
 */
import * as fs from 'node:fs/promises';
import type { Stats } from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';

/** The mode of every file Tandem creates: agreements and contracts name clients. */
export const NEW_FILE_MODE = 0o600;

/** How many links a path may go through before it is taken for a loop (Linux's own limit). */
const MAX_LINKS = 40;

/** Thrown (with `code` `ENOTREG`) for a target that exists and is not a regular file. */
export class NotRegularFileError extends Error {
    readonly code = 'ENOTREG';
    constructor(readonly path: string, readonly kind: string) {
        super(`${path} is ${kind}, not a regular file`);
    }
}

function temporaryPath(target: string): string {
    return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * The file a write to `target` lands in: `target` itself, or, through any symbolic links, the
 * path they lead to (which need not exist yet: a dangling link's file is created, as the shell
 * does with `>`). With the `lstat` of that file when it exists.
 */
export async function resolveWriteTarget(target: string, followLinks = true): Promise<{ file: string; stat?: Stats }> {
    let file = path.resolve(target);
    for (let hops = 0; hops <= MAX_LINKS; hops++) {
        let stat: Stats;
        try {
            stat = await fs.lstat(file);
        } catch (error) {
            if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
                return { file };
            }
            throw error;
        }
        if (!stat.isSymbolicLink() || !followLinks) {
            if (stat.isSymbolicLink()) {
                return { file };
            }
            if (!stat.isFile()) {
                throw new NotRegularFileError(target, kindOf(stat));
            }
            return { file, stat };
        }
        file = path.resolve(path.dirname(file), await fs.readlink(file));
    }
    throw Object.assign(new Error(`too many levels of symbolic links: ${target}`), { code: 'ELOOP' });
}

/** What a file that is not regular is, in words ("a named pipe (FIFO)"). */
export function kindOf(stat: Stats): string {
    if (stat.isDirectory()) return 'a folder';
    if (stat.isCharacterDevice()) return 'a character device';
    if (stat.isBlockDevice()) return 'a block device';
    if (stat.isFIFO()) return 'a named pipe (FIFO)';
    if (stat.isSocket()) return 'a socket';
    return 'a special file';
}

/** Writes `content` to a new file `temporary`, private until `stat`'s mode and owner are given to it. */
async function writeTemporary(temporary: string, content: string | Uint8Array, stat: Stats | undefined): Promise<void> {
    const handle = await fs.open(temporary, 'wx', NEW_FILE_MODE);
    try {
        await handle.writeFile(content);
        if (stat) {
            await keepOwner(handle, stat);
            await handle.chmod(stat.mode & 0o7777);
        }
    } finally {
        await handle.close();
    }
}

/** Gives the new file the old one's owner and group where the process may (root, or a group it is in). */
async function keepOwner(handle: fs.FileHandle, stat: Stats): Promise<void> {
    const mine = await handle.stat();
    if (mine.uid === stat.uid && mine.gid === stat.gid) {
        return;
    }
    try {
        await handle.chown(stat.uid, stat.gid);
    } catch {
        try {
            await handle.chown(mine.uid, stat.gid);
        } catch {
            // Not allowed: the file becomes the writer's, with the old mode.
        }
    }
}

export interface AtomicWriteOptions {
    /**
     * The temporary file, for callers that must know it (to remove it if they are stopped before
     * the rename); in the folder of the file finally written.
     */
    readonly temporary?: string;
    /**
     * Follow a symbolic link to the file it names (default). A batch's output folder does not:
     * a link planted there is replaced, so that nothing is written outside the folder.
     */
    readonly followLinks?: boolean;
}

/** Replaces (or creates) `target` with `content` atomically. */
export async function writeFileAtomic(target: string, content: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
    const { file, stat } = await resolveWriteTarget(target, options.followLinks ?? true);
    const scratch = options.temporary ?? temporaryPath(file);
    try {
        await writeTemporary(scratch, content, stat);
        await fs.rename(scratch, file);
    } catch (error) {
        await fs.rm(scratch, { force: true });
        throw error;
    }
}

/** Creates `target` with `content` atomically; fails with EEXIST, changing nothing, if it exists. */
export async function createFileAtomic(target: string, content: string | Uint8Array): Promise<void> {
    const temporary = temporaryPath(target);
    try {
        await writeTemporary(temporary, content, undefined);
        await fs.link(temporary, target);
    } finally {
        await fs.rm(temporary, { force: true });
    }
}
