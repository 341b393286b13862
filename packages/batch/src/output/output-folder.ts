/**
 * The output folder of a batch: every file is written to a hidden temporary file and renamed,
 * so a batch that is stopped leaves only complete files. Temporary files carry one suffix, so
 * that the next run can remove what a killed run left behind. Nothing is written outside it.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { describeFsError, writeFileAtomic } from '@tandem/language/node';

const TEMPORARY_SUFFIX = '.tandem-partial';

export class OutputFolder {
    private readonly pending = new Set<string>();

    private constructor(readonly folder: string) { }

    /** Opens (creating it if needed) the folder, and removes temporary files a killed run left. */
    static async open(folder: string): Promise<OutputFolder> {
        const resolved = path.resolve(folder);
        try {
            await fs.mkdir(resolved, { recursive: true });
        } catch (error) {
            const code = (error as NodeJS.ErrnoException).code;
            throw new Error(code === 'EEXIST' || code === 'ENOTDIR' ? `--out must be a folder: ${folder} is a file` : describeFsError(error, folder, 'write'), { cause: error });
        }
        for (const entry of await fs.readdir(resolved)) {
            if (entry.startsWith('.') && entry.endsWith(TEMPORARY_SUFFIX)) {
                await fs.rm(path.join(resolved, entry), { force: true });
            }
        }
        return new OutputFolder(resolved);
    }

    /** The path of a file in the folder; a name that would leave the folder is refused. */
    pathOf(fileName: string): string {
        const target = path.resolve(this.folder, fileName);
        if (path.dirname(target) !== this.folder || fileName.includes('/') || fileName.includes('\\')) {
            throw new Error(`refusing to write outside the output folder: ${fileName}`);
        }
        return target;
    }

    /** Writes a file completely, or not at all. */
    async write(fileName: string, content: Uint8Array | string): Promise<void> {
        const target = this.pathOf(fileName);
        const temporary = path.join(this.folder, `.${fileName}.${randomBytes(4).toString('hex')}${TEMPORARY_SUFFIX}`);
        this.pending.add(temporary);
        try {
            await writeFileAtomic(target, content, { temporary, followLinks: false });
        } finally {
            this.pending.delete(temporary);
        }
    }

    /** Removes the temporary files of writes still under way (on SIGINT/SIGTERM). */
    removePendingSync(remove: (file: string) => void): void {
        for (const temporary of this.pending) {
            remove(temporary);
        }
        this.pending.clear();
    }
}
