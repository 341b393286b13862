/**
 * A batch: one agreement per row of data, from one template. Each row is an effective contract
 * and is checked as one; a row with errors is reported and skipped, the others are rendered and
 * written (atomically) into the output folder; `manifest.json` is written last.
 */
import * as path from 'node:path';
import type { RowProblem, Template } from '@tandem/language';
import { AgreementNotFoundError, checkRow } from '@tandem/language';
import { AgreementReadError, describeFsError, isDiskFull, openAgreement } from '@tandem/language/node';
import type { Paper, RenderFormat } from '@tandem/render';
import { agreementLocale, availableLocales, buildAgreement, isTextFormat, loadLocale } from '@tandem/render';
import { contractData, writeFhirBundle, writeICalendar } from '@tandem/export';
import type { DataRecord } from './data/data-record.js';
import { openData } from './data/open-data.js';
import type { DataEncoding } from './data/decoding-stream.js';
import type { BatchSummary, BatchWarning, RowReport } from './output/manifest.js';
import { ManifestWriter } from './output/manifest.js';
import { OutputFolder } from './output/output-folder.js';
import { FileNameAllocator } from './output/safe-file-names.js';
import { PdfCombiner } from './output/pdf-combiner.js';
import type { RenderPool, WorkerEntry } from './render-pool.js';
import { createRenderPool } from './render-pool.js';

/** (0.2) Formats of data rather than documents: one calendar or one FHIR bundle per row, made on this thread. */
export const BATCH_DATA_FORMATS = ['ics', 'fhir'] as const;
export type BatchDataFormat = typeof BATCH_DATA_FORMATS[number];
export type BatchFormat = RenderFormat | BatchDataFormat;

function isDataFormat(format: BatchFormat): format is BatchDataFormat {
    return (BATCH_DATA_FORMATS as readonly string[]).includes(format);
}

/** The file name extension of each format. */
const EXTENSIONS: Readonly<Record<BatchDataFormat, string>> = { ics: 'ics', fhir: 'fhir.json' };

export interface BatchOptions {
    /** The file that declares the template (imports are followed). */
    readonly file: string;
    readonly template: string;
    readonly data: string;
    readonly out: string;
    readonly format: BatchFormat;
    readonly locale?: string;
    readonly paper?: Paper;
    /** Names each file from this column. */
    readonly nameColumn?: string;
    readonly jobs: number;
    /** Also write one PDF with every agreement (`combined.pdf`). */
    readonly combine?: boolean;
    /** Check every row and write only the manifest. */
    readonly dryRun?: boolean;
    readonly delimiter?: string;
    /** The data file's encoding (default UTF-8; a UTF-16 byte-order mark is honoured). */
    readonly encoding?: DataEncoding;
    /** Where the workers start, for `jobs` > 1. */
    readonly workerEntry?: WorkerEntry;
}

export interface BatchListener {
    /** Problems found before any row is read (the template, the columns): nothing is written after an error here. */
    onSetupProblem?(problem: { severity: 'error' | 'warning'; column?: string; message: string }): void;
    onRow?(report: RowReport): void;
    onProgress?(rowsDone: number): void;
}

export interface BatchResult extends BatchSummary {
    /** Set when the batch could not start (template or columns); nothing was written. */
    readonly setupFailed: boolean;
    readonly manifest?: string;
}

/**
 * Thrown for a batch that cannot start: a message for the user, and nothing written. `usage`:
 * a file that cannot be read or a template that is not there; `errors`: the template has errors.
 */
export class BatchSetupError extends Error {
    constructor(message: string, readonly kind: 'usage' | 'errors' = 'usage') {
        super(message);
    }
}

const COMBINED_FILE = 'combined.pdf';

export class BatchRun {
    private stopping = false;
    /** Why the batch stopped early: the output could not be written (a full disk, a read-only folder). */
    private writeFailure: string | undefined;
    private output: OutputFolder | undefined;
    private manifest: ManifestWriter | undefined;

    constructor(private readonly options: BatchOptions, private readonly listener: BatchListener = {}) { }

    /** Asks the batch to stop after the rows under way; what is written stays complete. */
    stop(): void {
        this.stopping = true;
    }

    /** On a second signal: remove temporary files now (synchronously, before the process exits). */
    abortSync(remove: (file: string) => void): void {
        this.output?.removePendingSync(remove);
        this.manifest?.discardSync(remove);
    }

    async run(): Promise<BatchResult> {
        const { options } = this;
        // Text formats render in well under a millisecond: sending them to a worker costs more
        // than it saves, so --jobs applies to the formats that are worth it (pdf, docx). The
        // workers start first, so that they load the renderer while the template is read.
        const data = isDataFormat(options.format);
        const renderJobs = options.dryRun || data || isTextFormat(options.format) ? 1 : options.jobs;
        const pool = createRenderPool(renderJobs, data ? 'txt' : options.format as RenderFormat, options.workerEntry);
        try {
            return await this.runWith(pool);
        } finally {
            await pool.close();
        }
    }

    private async runWith(pool: RenderPool): Promise<BatchResult> {
        const { options, listener } = this;
        const template = await loadTemplate(options.file, options.template);
        const opened = await openData(options.data, { delimiter: options.delimiter, encoding: options.encoding });
        const warnings: BatchWarning[] = [];
        if (!checkColumns(template, opened.columns, options, listener, warnings)) {
            return { written: 0, valid: 0, failed: 0, skipped: 0, interrupted: false, setupFailed: true };
        }

        this.output = await OutputFolder.open(options.out);
        const output = this.output;
        const manifest = await ManifestWriter.open(output.pathOf('manifest.json')).catch((error: unknown) => {
            throw new BatchSetupError(describeFsError(error, path.join(options.out, 'manifest.json'), 'write'));
        });
        this.manifest = manifest;
        const names = new FileNameAllocator();
        const combiner = options.combine && (options.format as string) === 'pdf' && !options.dryRun ? new PdfCombiner() : undefined;
        if (combiner) {
            names.allocate(0, 'pdf', COMBINED_FILE.slice(0, -4));
        }
        const inFlight: Array<Promise<RowReport | undefined>> = [];
        // Enough rows under way for every worker to have its next agreement in hand.
        const maxInFlight = Math.max(2, options.jobs * 3);
        let written = 0;
        let valid = 0;
        let failed = 0;
        let done = 0;

        const record = (report: RowReport | undefined) => {
            if (!report) {
                return; // not written: the batch stopped on a write failure
            }
            manifest.add(report);
            if (report.status === 'written') {
                written++;
            } else if (report.status === 'failed') {
                failed++;
            } else if (report.status === 'valid') {
                valid++;
            }
            listener.onRow?.(report);
            listener.onProgress?.(++done);
        };

        for await (const data of opened.records) {
            if (this.stopping) {
                break;
            }
            inFlight.push(this.processRow(template, data, names, output, pool, combiner));
            if (inFlight.length >= maxInFlight) {
                record(await inFlight.shift()!);
            }
        }
        while (inFlight.length > 0) {
            record(await inFlight.shift()!);
        }
        if (combiner && !this.stopping && combiner.count > 0) {
            await output.write(COMBINED_FILE, await combiner.save()).catch((error: unknown) => this.stopForWrite(error, COMBINED_FILE));
        }
        await pool.close();
        const summary = { written, valid, failed, skipped: opened.emptyRecords(), interrupted: this.stopping, ...this.writeFailure ? { failure: this.writeFailure } : {} };
        const header = { template: options.template, data: path.basename(options.data), format: options.format, locale: options.locale, dryRun: options.dryRun ?? false };
        try {
            await manifest.finish(header, warnings, summary);
        } catch (error) {
            const failure = describeFsError(error, path.join(options.out, 'manifest.json'), 'write');
            return { ...summary, failure: this.writeFailure ? `${this.writeFailure}; ${failure}` : failure, setupFailed: false };
        }
        return { ...summary, setupFailed: false, manifest: output.pathOf('manifest.json') };
    }

    /** A file could not be written: the same disk takes the next one, so the batch stops. */
    private stopForWrite(error: unknown, fileName: string): undefined {
        this.writeFailure ??= describeFsError(error, path.join(this.options.out, fileName), 'write');
        this.stopping = true;
        return undefined;
    }

    private async processRow(template: Template, data: DataRecord, names: FileNameAllocator, output: OutputFolder,
        pool: RenderPool, combiner: PdfCombiner | undefined): Promise<RowReport | undefined> {
        const { options } = this;
        const position = { row: data.row, line: data.line };
        if (data.error) {
            return { ...position, status: 'failed', diagnostics: [{ code: 'data-error', severity: 'error', ...data.errorColumn !== undefined ? { column: data.errorColumn } : {}, message: data.error }] };
        }
        const wanted = options.nameColumn ? stringOf(data.values.get(options.nameColumn)) : undefined;
        const checked = checkRow(template, data.values, position, wanted);
        const diagnostics = checked.problems.map(withoutPosition);
        if (!checked.contract || checked.problems.some(problem => problem.severity === 'error')) {
            return { ...position, status: 'failed', diagnostics };
        }
        if (options.dryRun) {
            return { ...position, status: 'valid', diagnostics };
        }
        const format = options.format;
        const extension = isDataFormat(format) ? EXTENSIONS[format] : format;
        const { fileName, renamed } = names.allocate(data.row, extension, wanted);
        let bytes: Uint8Array;
        try {
            const contract = checked.contract;
            bytes = format === 'ics'
                ? Buffer.from(writeICalendar(contractData(contract), loadLocale(options.locale ?? agreementLocale(contract))), 'utf8')
                : format === 'fhir'
                    ? Buffer.from(writeFhirBundle(contractData(contract)), 'utf8')
                    : await pool.render({ agreement: buildAgreement(contract, { locale: options.locale }), format, paper: options.paper });
        } catch (error) {
            return { ...position, status: 'failed', diagnostics: [...diagnostics, { code: 'render-error', severity: 'error', message: `could not render ${fileName}: ${(error as Error).message}` }] };
        }
        if (this.stopping) {
            return undefined; // stopped while this row was rendered: nothing more is written
        }
        try {
            await output.write(fileName, bytes);
        } catch (error) {
            if (stopsTheBatch(error)) {
                return this.stopForWrite(error, fileName);
            }
            // Something in this file's way (a folder, a device): this row fails, the others go on.
            return { ...position, status: 'failed', diagnostics: [...diagnostics, { code: 'write-error', severity: 'error', message: describeFsError(error, fileName, 'write') }] };
        }
        await combiner?.add(bytes);
        return { ...position, file: fileName, status: 'written', renamed, diagnostics };
    }
}

/** Write errors of the disk or the folder rather than of one file: the next row would meet them too. */
function stopsTheBatch(error: unknown): boolean {
    return isDiskFull(error) || ['EROFS', 'EIO', 'ENOENT'].includes((error as NodeJS.ErrnoException)?.code ?? '');
}

function withoutPosition(problem: RowProblem): Omit<RowProblem, 'row' | 'line'> {
    const { row: _row, line: _line, ...rest } = problem;
    return rest;
}

function stringOf(value: unknown): string | undefined {
    return value === null || value === undefined ? undefined : String(value);
}

/** The template, unless it cannot be read, is not there, or has errors (its own, or its file's syntax errors). */
async function loadTemplate(file: string, name: string): Promise<Template> {
    let opened;
    try {
        // `unknown-locale` accepts exactly the locales that have a message file.
        opened = await openAgreement(file, { kind: 'template', name, settings: { locales: availableLocales() } });
    } catch (error) {
        if (error instanceof AgreementReadError || error instanceof AgreementNotFoundError) {
            throw new BatchSetupError(`${error.message}.`);
        }
        throw error;
    }
    if (opened.draft) {
        const { uri, diagnostic: first } = opened.errors[0];
        const where = opened.pathOf(uri);
        throw new BatchSetupError(`${where}:${first.range.start.line + 1}:${first.range.start.character + 1}: the template has errors (${first.code}: ${first.message}); run \`tandem validate ${file}\`.`, 'errors');
    }
    return opened.template;
}

/**
 * Columns against parameters, before any row: a column that names no parameter is a warning
 * (once); a parameter without a default that has no column is an error, and nothing is written.
 */
function checkColumns(template: Template, columns: readonly string[], options: BatchOptions, listener: BatchListener, warnings: BatchWarning[]): boolean {
    const params = new Set(template.params.map(param => param.name));
    const known = new Set(columns);
    let ok = true;
    for (const param of template.params) {
        if (!param.default && !known.has(param.name)) {
            ok = false;
            listener.onSetupProblem?.({
                severity: 'error',
                column: param.name,
                message: `missing-binding: the data has no column \`${param.name}\` (${param.type}), and the template gives it no default; nothing was written.`
            });
        }
    }
    for (const column of columns) {
        if (!params.has(column) && column !== options.nameColumn) {
            const message = `the column \`${column}\` names no parameter of template ${template.name}; it is ignored.`;
            warnings.push({ column, message });
            listener.onSetupProblem?.({ severity: 'warning', column, message });
        }
    }
    if (options.nameColumn !== undefined && !known.has(options.nameColumn)) {
        ok = false;
        listener.onSetupProblem?.({ severity: 'error', column: options.nameColumn, message: `--name: the data has no column \`${options.nameColumn}\`.` });
    }
    return ok;
}
