/**
 * `manifest.json`: every row of the batch, its file, status and diagnostics; written last and
 * atomically. Rows are appended to a temporary file as they finish, so a batch of 100,000 rows
 * does not hold them all in memory.
 */
import { createWriteStream } from 'node:fs';
import type { WriteStream } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { RowProblem } from '@tandem/language';

export type RowStatus = 'written' | 'failed' | 'valid';

/**
 * A row's failures that are not a rule of the language, with codes of their own (never
 * `syntax`, which is Tandem's parser's): the data record itself cannot be read (bad JSON on a
 * JSONL line, a CSV record with the wrong number of fields...), or its agreement could not be
 * rendered or written.
 */
export const BATCH_PROBLEM_CODES = {
    'data-error': 'the record cannot be read from the data file',
    'write-error': 'the agreement could not be rendered or written'
} as const;

export type BatchProblemCode = keyof typeof BATCH_PROBLEM_CODES;

/** A diagnostic of a row in the manifest: a rule of the language (row and line left out), or a batch failure. */
export type RowDiagnostic = Omit<RowProblem, 'row' | 'line'>
    | { readonly code: BatchProblemCode; readonly severity: 'error'; readonly message: string; readonly column?: undefined };

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
}

export class ManifestWriter {
    private readonly stream: WriteStream;
    private first = true;
    private readonly temporary: string;

    constructor(private readonly target: string) {
        this.temporary = path.join(path.dirname(target), `.manifest.json.${process.pid}.tandem-partial`);
        this.stream = createWriteStream(this.temporary, { flags: 'w' });
        this.stream.write('{\n  "rows": [');
    }

    add(report: RowReport): void {
        this.stream.write(`${this.first ? '\n' : ',\n'}    ${JSON.stringify(report)}`);
        this.first = false;
    }

    /** Writes the header, warnings and summary, then puts the manifest in place. */
    async finish(header: ManifestHeader, warnings: readonly BatchWarning[], summary: BatchSummary): Promise<void> {
        this.stream.write(`${this.first ? '' : '\n  '}],\n`);
        this.stream.write(`  "batch": ${JSON.stringify(header)},\n`);
        this.stream.write(`  "warnings": ${JSON.stringify(warnings)},\n`);
        this.stream.write(`  "summary": ${JSON.stringify(summary)}\n}\n`);
        await new Promise<void>((resolve, reject) => this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
        await fs.rename(this.temporary, this.target);
    }

    discardSync(remove: (file: string) => void): void {
        this.stream.destroy();
        remove(this.temporary);
    }
}
