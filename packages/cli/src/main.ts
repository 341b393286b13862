/**
 * The `tandem` command: a thin shell over the libraries. Each command's work lives in
 * ./commands; this file only declares the commands and options (LANGUAGE.md, "Command line")
 * and turns failures into exit statuses: 0 no errors, 1 errors found, 2 bad usage or an
 * unreadable file.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { CliError, ExitStatus } from './cli-error.js';
import { guardStandardStreams } from './output-errors.js';
import { terminalText } from './terminal.js';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { BatchCommandOptions } from './commands/batch.js';
import type { RenderCommandOptions } from './commands/render.js';
import type { DiffCommandOptions } from './commands/diff.js';
import type { ExportCommandOptions } from './commands/export.js';
import type { StudioCommandOptions } from './commands/studio.js';
import packageJson from '../package.json' with { type: 'json' };

function positiveNumber(value: string): number {
    const number = Number(value);
    if (value.trim() === '' || !Number.isFinite(number) || number <= 0) {
        throw new InvalidArgumentError('expected a number above 0, e.g. 8');
    }
    return number;
}

export function createProgram(): Command {
    const program = new Command('tandem')
        .description('Validate, render and format Tandem helping contracts (*.tandem).')
        .version(packageJson.version, '-v, --version', 'print the version')
        .helpOption('-h, --help', 'show help')
        .addHelpCommand(false)
        .showHelpAfterError('(run `tandem --help` for usage)')
        .showSuggestionAfterError(true)
        .configureHelp({ sortSubcommands: false, showGlobalOptions: false })
        .exitOverride();

    program.command('validate')
        .description('check contracts and templates and report problems (folders are searched for *.tandem)')
        .argument('<paths...>', 'files or folders to check')
        .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
        .option('--reading-grade <N>', 'target grade of the reading-level rule (default: tandem.json\'s, else 8)', positiveNumber)
        .exitOverride()
        .action(async (paths: string[], options: { format: 'text' | 'json'; readingGrade?: number }) => {
            const { runValidate } = await import('./commands/validate.js');
            process.exitCode = await runValidate(paths, options);
        });

    program.command('render')
        .description('render one contract as a readable agreement (a contract with errors only as a --draft)')
        .argument('<file>', 'the .tandem file with the contract')
        .option('--contract <NAME>', 'the contract to render, when the file has several')
        .addOption(new Option('--format <format>', 'output format (default: the extension of --out, else html)').choices(FORMATS))
        .option('--locale <locale>', 'the language of the agreement (default: the contract\'s locale)')
        .addOption(new Option('--paper <size>', 'paper size for html print, pdf and docx').choices(['a4', 'letter']).default('a4'))
        .option('--draft', 'render even with errors, marked DRAFT on every page (still exits 1 on errors)', false)
        .option('--out <PATH>', 'the file to write (default: standard output, text formats only)')
        .exitOverride()
        .action(async (file: string, options: RenderCommandOptions) => {
            const { runRender } = await import('./commands/render.js');
            process.exitCode = await runRender(file, options);
        });

    program.command('fmt')
        .description('lay files out in the canonical layout (folders are searched for *.tandem); files with syntax errors are left untouched')
        .argument('<paths...>', 'files or folders to format')
        .option('--check', 'write nothing; name each file that would change and exit 1 if any would', false)
        .exitOverride()
        .action(async (paths: string[], options: { check: boolean }) => {
            const { runFmt } = await import('./commands/fmt.js');
            process.exitCode = await runFmt(paths, options);
        });

    program.command('batch')
        .description('write one agreement per row of data, from a template (CSV, JSON or JSONL rows)')
        .argument('<file>', 'the file that declares the template')
        .requiredOption('--template <NAME>', 'the template each row fills in')
        .requiredOption('--data <rows>', 'the rows: a .csv, .json (array) or .jsonl file')
        .requiredOption('--out <DIR>', 'the folder to write the agreements and manifest.json into')
        .addOption(new Option('--format <format>', 'output format: an agreement, or (0.2) an iCalendar or a FHIR bundle per row').choices([...FORMATS, 'ics', 'fhir']).default('pdf'))
        .option('--locale <locale>', 'the language of the agreements (default: the template\'s locale)')
        .addOption(new Option('--paper <size>', 'paper size for pdf and docx').choices(['a4', 'letter']))
        .option('--name <COLUMN>', 'name each file from this column (made safe for a file name)')
        .option('--jobs <N>', 'render pdf and docx on N worker threads (default: the number of cores)', positiveInteger)
        .option('--combine', 'also write combined.pdf with every agreement, for one print job')
        .addOption(new Option('--report <format>', 'row reports on standard error').choices(['text', 'json']).default('text'))
        .option('--dry-run', 'check every row and write only manifest.json')
        .option('--delimiter <C>', 'the CSV delimiter (default: detected, `,` or `;`)')
        .addOption(new Option('--encoding <E>', 'the data file\'s encoding (a UTF-16 byte-order mark is always honoured)').choices(['utf-8', 'latin1', 'windows-1252', 'utf-16le']).default('utf-8'))
        .option('--quiet', 'no progress bar')
        .exitOverride()
        .action(async (file: string, options: BatchCommandOptions) => {
            const { runBatch } = await import('./commands/batch.js');
            process.exitCode = await runBatch(file, options, { url: new URL(import.meta.url), workerData: { tandemRenderWorker: true } });
        });

    program.command('new')
        .description('write a new contract: a minimal valid agreement, or one from a template (never overwrites a file)')
        .argument('<file>', 'the new .tandem file')
        .option('--template <NAME>', 'the template the contract is from')
        .option('--from <FILE>', 'the file the template is in')
        .exitOverride()
        .action(async (file: string, options: { template?: string; from?: string }) => {
            const { runNew } = await import('./commands/new.js');
            process.exitCode = await runNew(file, options);
        });

    program.command('diff')
        .description('what changed between two versions of an agreement, for the client to re-sign (exit 1 when it changed without a new revision)')
        .argument('<old>', 'the version the client signed')
        .argument('<new>', 'the new version')
        .option('--contract <NAME>', 'the contract to compare, when the files have several')
        .addOption(new Option('--format <format>', 'text or json (the changes), or a "what changed" page (default: the extension of --out, else text)')
            .choices(['text', 'json', ...FORMATS]))
        .option('--locale <locale>', 'the language of the page (default: the new version\'s locale)')
        .option('--out <PATH>', 'the file to write (default: standard output)')
        .exitOverride()
        .action(async (oldFile: string, newFile: string, options: DiffCommandOptions) => {
            const { runDiff } = await import('./commands/diff.js');
            process.exitCode = await runDiff(oldFile, newFile, options);
        });

    program.command('calendar')
        .description('the meetings, reviews and dates of a contract as an iCalendar (.ics) file')
        .argument('<file>', 'the .tandem file with the contract')
        .option('--contract <NAME>', 'the contract, when the file has several')
        .option('--out <PATH>', 'the .ics file to write (default: standard output)')
        .exitOverride()
        .action(async (file: string, options: { contract?: string; out?: string }) => {
            const { runCalendar } = await import('./commands/calendar.js');
            process.exitCode = await runCalendar(file, options);
        });

    program.command('export')
        .description('a contract as data for another system: a FHIR R4 bundle, or JSON (docs/schema/)')
        .argument('<file>', 'the .tandem file with the contract')
        .option('--contract <NAME>', 'the contract, when the file has several')
        .addOption(new Option('--format <format>', 'fhir or json').choices(['fhir', 'json']).makeOptionMandatory())
        .option('--out <PATH>', 'the file to write (default: standard output)')
        .exitOverride()
        .action(async (file: string, options: ExportCommandOptions) => {
            const { runExport } = await import('./commands/export.js');
            process.exitCode = await runExport(file, options);
        });

    program.command('studio')
        .description('write, check and print agreements in a browser: a local web app for the .tandem files of a folder, until Ctrl+C')
        .argument('[folder]', 'the folder whose .tandem files it opens and saves (default: the current folder)')
        .option('--port <N>', 'the port on 127.0.0.1 (default: 4717; 0: any free port)', portNumber)
        .option('--no-open', 'do not open a browser; print the address only')
        .exitOverride()
        .action(async (folder: string | undefined, options: StudioCommandOptions) => {
            const { runStudio } = await import('./commands/studio.js');
            process.exitCode = await runStudio(folder, options);
        });

    return program;
}

/** The formats of `@tandem/render` (RENDER_FORMATS; a test checks they agree), named here so that `--help` loads no renderer. */
const FORMATS = ['html', 'md', 'txt', 'pdf', 'docx'];

function positiveInteger(value: string): number {
    const number = Number(value);
    if (!/^\d+$/.test(value.trim()) || number < 1) {
        throw new InvalidArgumentError('expected a whole number of 1 or more');
    }
    return number;
}

function portNumber(value: string): number {
    const number = Number(value);
    if (!/^\d+$/.test(value.trim()) || number > 65535) {
        throw new InvalidArgumentError('expected a port number from 0 to 65535 (0: any free port), e.g. 4718');
    }
    return number;
}

export async function main(argv: readonly string[]): Promise<number> {
    const program = createProgram();
    if (argv.length === 0) {
        process.stderr.write(program.helpInformation());
        return ExitStatus.Usage;
    }
    try {
        await program.parseAsync([...argv], { from: 'user' });
        return typeof process.exitCode === 'number' ? process.exitCode : ExitStatus.Ok;
    } catch (error) {
        if (error instanceof CommanderError) {
            return error.exitCode === 0 ? ExitStatus.Ok : ExitStatus.Usage;
        }
        if (error instanceof CliError) {
            process.stderr.write(`error: ${error.message.split('\n').map(terminalText).join('\n')}\n`);
            return error.status;
        }
        process.stderr.write(`tandem: internal error: ${((error as Error)?.stack ?? String(error)).split('\n').map(terminalText).join('\n')}\n`);
        return ExitStatus.Usage;
    }
}

if (!isMainThread && (workerData as { tandemRenderWorker?: boolean } | undefined)?.tandemRenderWorker && parentPort) {
    // `tandem batch --jobs N` runs this same bundle on worker threads to render agreements; a
    // worker loads the renderer only.
    const port = parentPort;
    void import('@tandem/batch/render-worker').then(({ serveRenderRequests }) => serveRenderRequests(port));
} else {
    guardStandardStreams();
    main(process.argv.slice(2)).then(status => {
        process.exitCode = status;
    });
}
