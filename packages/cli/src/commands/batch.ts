/**
 * `tandem batch <file> --template NAME --data <rows> --out DIR [--format ...] [--locale ...]
 *  [--paper ...] [--name COLUMN] [--jobs N] [--combine] [--report text|json] [--dry-run]
 *  [--delimiter C] [--encoding E] [--quiet]`
 *
 * One agreement per row of data. Bad rows are reported (row, column, code, message) and skipped;
 * the others are written. Exit 1 if any row failed, 0 otherwise; a stopped batch (Ctrl-C,
 * SIGTERM) leaves only complete files, writes its manifest and exits 130 or 143. A batch whose
 * output cannot be written (a full disk) stops at once, leaves only complete files and a
 * manifest whose summary has the `failure`, and exits 2.
 */
import { rmSync } from 'node:fs';
import type { BatchFormat, BatchListener, DataEncoding, RowReport, WorkerEntry } from '@tandem/batch';
import { BatchRun, BatchSetupError, boundJobs, countRecords } from '@tandem/batch';
import type { Paper } from '@tandem/render';
import { CliError, ExitStatus } from '../cli-error.js';
import { plural, styleFor, terminalText } from '../terminal.js';

export interface BatchCommandOptions {
    readonly template: string;
    readonly data: string;
    readonly out: string;
    readonly format?: BatchFormat;
    readonly locale?: string;
    readonly paper?: Paper;
    readonly name?: string;
    readonly jobs?: number;
    readonly combine?: boolean;
    readonly report: 'text' | 'json';
    readonly dryRun?: boolean;
    readonly delimiter?: string;
    readonly encoding?: DataEncoding;
    readonly quiet?: boolean;
}

export async function runBatch(file: string, options: BatchCommandOptions, workerEntry: WorkerEntry): Promise<number> {
    const { jobs, lowered } = boundJobs(options.jobs);
    const err = styleFor(process.stderr);
    const json = options.report === 'json';
    const emit = (value: unknown) => process.stderr.write(`${JSON.stringify(value)}\n`);
    if (lowered) {
        if (json) {
            emit({ row: null, severity: 'info', code: null, message: lowered });
        } else {
            process.stderr.write(`${err.yellow('note')}: ${lowered}\n`);
        }
    }
    const progress = !json && !options.quiet && process.stderr.isTTY ? await ProgressBar.create(options.data, options.delimiter, options.encoding) : undefined;

    const listener: BatchListener = {
        onSetupProblem(problem) {
            if (json) {
                emit({ ...problem, row: null });
            } else {
                const colour = problem.severity === 'error' ? err.red : err.yellow;
                process.stderr.write(`${terminalText(options.data)}: ${colour(problem.severity)}: ${terminalText(problem.message)}\n`);
            }
        },
        onRow(report) {
            if (report.diagnostics.length === 0 && !report.renamed) {
                return;
            }
            if (json) {
                for (const diagnostic of report.diagnostics) {
                    emit({ row: report.row, line: report.line ?? null, column: diagnostic.column ?? null, severity: diagnostic.severity, code: diagnostic.code, message: diagnostic.message });
                }
                if (report.renamed) {
                    emit({ row: report.row, line: report.line ?? null, column: options.name ?? null, severity: 'info', code: null, message: `written as ${report.file}: ${report.renamed}` });
                }
                return;
            }
            progress?.clear();
            for (const line of describeRow(options.data, report, options.name)) {
                process.stderr.write(`${terminalText(line)}\n`);
            }
        },
        onProgress(done) {
            progress?.update(done);
        }
    };

    const run = new BatchRun({
        file,
        template: options.template,
        data: options.data,
        out: options.out,
        format: options.format ?? 'pdf',
        locale: options.locale,
        paper: options.paper,
        nameColumn: options.name,
        jobs,
        combine: options.combine,
        dryRun: options.dryRun,
        delimiter: options.delimiter,
        encoding: options.encoding,
        workerEntry
    }, listener);

    let signal: NodeJS.Signals | undefined;
    const onSignal = (received: NodeJS.Signals) => {
        if (signal) {
            // A second signal: stop now, leaving no temporary file behind.
            run.abortSync(temporary => rmSync(temporary, { force: true }));
            process.exit(received === 'SIGINT' ? 130 : 143);
        }
        signal = received;
        run.stop();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
        const result = await run.run();
        progress?.stop();
        if (result.setupFailed) {
            return ExitStatus.Errors;
        }
        const summary = { written: result.written, valid: result.valid, failed: result.failed, skipped: result.skipped, interrupted: result.interrupted, manifest: result.manifest, ...result.failure ? { failure: result.failure } : {} };
        if (json) {
            emit({ summary });
        } else if (result.failure) {
            process.stderr.write(`${err.red('error')}: ${terminalText(result.failure)}. The batch stopped: ${result.written} agreement${result.written === 1 ? '' : 's'} written`
                + `${result.manifest ? `, listed in ${terminalText(result.manifest)}` : ''}; no partial file was left.\n`);
        } else {
            const count = options.dryRun ? result.valid : result.written;
            const done = options.dryRun ? `Dry run: ${plural(count, 'row')} valid` : `Wrote ${plural(count, 'agreement')} to ${terminalText(options.out)}`;
            process.stderr.write(`${done}; `
                + `${plural(result.failed, 'row')} failed, ${plural(result.skipped, 'empty row')} skipped${result.interrupted ? ' (stopped early)' : ''}. Manifest: ${terminalText(result.manifest ?? '')}\n`);
        }
        if (result.failure) {
            return ExitStatus.Usage;
        }
        if (signal) {
            return signal === 'SIGINT' ? 130 : 143;
        }
        return result.failed > 0 ? ExitStatus.Errors : ExitStatus.Ok;
    } catch (error) {
        progress?.stop();
        if (error instanceof BatchSetupError) {
            throw new CliError(error.message, error.kind === 'errors' ? ExitStatus.Errors : ExitStatus.Usage);
        }
        throw new CliError((error as Error).message, ExitStatus.Usage);
    } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}

function describeRow(data: string, report: RowReport, nameColumn: string | undefined): string[] {
    const where = `${data}${report.line !== undefined ? `:${report.line}` : ''}: row ${report.row}`;
    const lines = report.diagnostics.map(d => `${where}${d.column ? `, column ${d.column}` : ''}: ${d.severity} ${d.code}: ${d.message}`);
    if (report.renamed) {
        lines.push(`${where}${nameColumn ? `, column ${nameColumn}` : ''}: written as ${report.file}: ${report.renamed}`);
    }
    return lines;
}

/** A progress bar on a terminal: done/total, rate and time left (cli-progress). */
class ProgressBar {
    private constructor(private readonly bar: import('cli-progress').SingleBar) { }

    static async create(data: string, delimiter: string | undefined, encoding: DataEncoding | undefined): Promise<ProgressBar | undefined> {
        let total: number;
        try {
            total = await countRecords(data, { delimiter, encoding });
        } catch {
            return undefined; // the batch itself will report why the data cannot be read
        }
        // cli-progress is CommonJS: bundled and split, its exports may arrive as the namespace's `default`.
        const loaded = await import('cli-progress');
        const { SingleBar, Presets } = 'SingleBar' in loaded ? loaded : (loaded as { default: typeof import('cli-progress') }).default;
        const bar = new SingleBar({
            format: ' {bar} {value}/{total} rows | {rate}/s | ETA {eta_formatted}',
            stream: process.stderr,
            hideCursor: true,
            clearOnComplete: true,
            etaBuffer: 50
        }, Presets.shades_classic);
        bar.start(total, 0, { rate: '0' });
        return new ProgressBar(bar);
    }

    private readonly started = Date.now();

    update(done: number): void {
        const seconds = Math.max(0.001, (Date.now() - this.started) / 1000);
        this.bar.update(done, { rate: (done / seconds).toFixed(1) });
    }

    clear(): void {
        process.stderr.write('\u001b[2K\r');
    }

    stop(): void {
        this.bar.stop();
    }
}
