/**
 * `manifest.json`: every row of the batch, its file, status and diagnostics; written last and
 * atomically (mode 0600). Rows are appended to a temporary file as they finish, so a batch of
 * 100,000 rows does not hold them all in memory.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { RowProblem } from '@tandem/language';
import { NEW_FILE_MODE } from '@tandem/language/node';

export type RowStatus = 'written' | 'failed' | 'valid';

/**
 * A row's failures that are not a rule of the language, with codes of their own (never
 * `syntax`, which is Tandem's parser's): the data record itself cannot be read (bad JSON on a
 * JSONL line, bytes that are not in the data's encoding...), or its agreement could not be
 * rendered. A file that cannot be written is not a row's problem: the batch stops and says why
 * in words (`summary.failure`), as the next file would go to the same disk.
 */
export const BATCH_PROBLEM_CODES = {
    'data-error': 'the record cannot be read from the data file',
    'render-error': 'the agreement could not be rendered',
    'write-error': 'the agreement could not be written: something is in its file\'s way (a folder, a device)'
} as const;

export type BatchProblemCode = keyof typeof BATCH_PROBLEM_CODES;

/** A diagnostic of a row in the manifest: a rule of the language (row and line left out), or a batch failure. */
export type RowDiagnostic = Omit<RowProblem, 'row' | 'line'>
    | { readonly code: BatchProblemCode; readonly severity: 'error'; readonly message: string; readonly column?: string };

export interface RowReport {
    readonly row: number;
    readonly line?: number;
    readonly file?: string;
    readonly status: RowStatus;
    /** Why the file name is not the one the data asked for (`--name`). */
    readonly renamed?: string;
    readonly diagnostics: readonly RowDiagnostic[];
}

export interface BatchWarning {
    readonly column?: string;
    readonly message: string;
}

export interface ManifestHeader {
    readonly template: string;
    readonly data: string;
    readonly format: string;
    readonly locale?: string;
    readonly dryRun: boolean;
}

export interface BatchSummary {
    readonly written: number;
    /** Rows that passed every check in a dry run (nothing is written then). */
    readonly valid: number;
    readonly failed: number;
    /** Records with no value at all (a row of empty cells): no rows, passed over. */
    readonly skipped: number;
    readonly interrupted: boolean;
    /**
     * Why the batch stopped before its end, when the output could not be written (a full disk):
     * the rows listed are all that was written.
     */
    readonly failure?: string;
}

/** Space kept aside for the end of the manifest, given back when the disk fills up. */
const RESERVE_BYTES = 64 * 1024;

/**
 * Appends rows to a temporary file as they finish and puts the manifest in place at the end.
 * On a full disk it keeps what it could not write and, at `finish`, frees a reserve it took at
 * the start (`RESERVE_BYTES` of real blocks), so that a batch stopped by a full disk still
 * leaves a complete manifest saying so. Writes are positional: a row that was cut short is
 * written again whole.
 */
export class ManifestWriter {
    private position = 0;
    private pending: string[] = [];
    private failure: unknown;
    private writing: Promise<void> = Promise.resolve();
    private first = true;

    private constructor(private readonly target: string, private readonly temporary: string, private readonly reserve: string,
        private readonly handle: fs.FileHandle) { }

    /** Creates the temporary manifest and the reserve; throws (leaving neither) when they cannot be written. */
    static async open(target: string): Promise<ManifestWriter> {
        const folder = path.dirname(target);
        const temporary = path.join(folder, `.manifest.json.${process.pid}.tandem-partial`);
        const reserve = path.join(folder, `.manifest-reserve.${process.pid}.tandem-partial`);
        let handle: fs.FileHandle | undefined;
        try {
            await fs.writeFile(reserve, Buffer.alloc(RESERVE_BYTES, 0x20), { mode: NEW_FILE_MODE });
            handle = await fs.open(temporary, 'w', NEW_FILE_MODE);
        } catch (error) {
            await handle?.close();
            await fs.rm(reserve, { force: true });
            await fs.rm(temporary, { force: true });
            throw error;
        }
        const writer = new ManifestWriter(target, temporary, reserve, handle);
        writer.append('{\n  "rows": [');
        return writer;
    }

    add(report: RowReport): void {
        this.append(`${this.first ? '\n' : ',\n'}    ${JSON.stringify(report)}`);
        this.first = false;
    }

    private append(text: string): void {
        this.pending.push(text);
        this.writing = this.writing.then(() => this.flush());
    }

    private async flush(): Promise<void> {
        if (this.failure !== undefined || this.pending.length === 0) {
            return;
        }
        const taken = this.pending;
        this.pending = [];
        const bytes = Buffer.from(taken.join(''));
        try {
            for (let done = 0; done < bytes.length;) {
                const { bytesWritten } = await this.handle.write(bytes, done, bytes.length - done, this.position + done);
                done += bytesWritten;
            }
        } catch (error) {
            this.failure = error; // kept: written again at `finish`, after the reserve is freed
            this.pending = [...taken, ...this.pending];
            return;
        }
        this.position += bytes.length;
    }

    /** Writes the header, warnings and summary, then puts the manifest in place. */
    async finish(header: ManifestHeader, warnings: readonly BatchWarning[], summary: BatchSummary): Promise<void> {
        this.append(`${this.first ? '' : '\n  '}],\n`
            + `  "batch": ${JSON.stringify(header)},\n`
            + `  "warnings": ${JSON.stringify(warnings)},\n`
            + `  "summary": ${JSON.stringify(summary)}\n}\n`);
        try {
            await this.writing;
            await fs.rm(this.reserve, { force: true });
            if (this.failure !== undefined) {
                this.failure = undefined;
                await this.flush();
                if (this.failure !== undefined) {
                    throw this.failure;
                }
            }
            await this.handle.truncate(this.position);
            await this.handle.close();
            await fs.rename(this.temporary, this.target);
        } catch (error) {
            await this.handle.close().catch(() => undefined);
            await fs.rm(this.temporary, { force: true });
            throw error;
        }
    }

    discardSync(remove: (file: string) => void): void {
        remove(this.temporary);
        remove(this.reserve);
    }
}
