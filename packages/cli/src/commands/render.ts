/**
 * `tandem render <file> [--contract NAME] [--format html|md|txt|pdf|docx] [--locale en|es]
 *  [--paper a4|letter] [--draft] [--out PATH]`
 *
 * Loads the file with its imports, checks it and renders one contract as a readable agreement.
 * A contract with errors is not rendered (its diagnostics are printed as `tandem validate`
 * prints them, on standard error; exit 1) unless `--draft`, which writes the draft and still
 * exits 1. The file is written atomically; without `--out`, text formats go to standard output
 * and binary formats refuse to go to a terminal.
 */
import * as path from 'node:path';
import type { Paper, RenderFormat } from '@tandem/render';
import { availableLocales, isTextFormat, RENDER_FORMATS, RenderRefusedError, renderContract } from '@tandem/render';
import { CliError, ExitStatus } from '../cli-error.js';
import { styleFor, terminalText } from '../terminal.js';
import { openCommandContract, printDiagnostics, refuseFolder, writeOutput } from './command-contract.js';

export interface RenderCommandOptions {
    readonly contract?: string;
    readonly format?: RenderFormat;
    readonly locale?: string;
    readonly paper?: Paper;
    readonly draft?: boolean;
    readonly out?: string;
}

/** `--format`, else the extension of `--out` when it names a format, else html. */
export function chooseFormat(options: Pick<RenderCommandOptions, 'format' | 'out'>): RenderFormat {
    if (options.format) {
        return options.format;
    }
    const extension = options.out ? path.extname(options.out).slice(1).toLowerCase() : '';
    return (RENDER_FORMATS as readonly string[]).includes(extension) ? extension as RenderFormat : 'html';
}

export async function runRender(file: string, options: RenderCommandOptions): Promise<ExitStatus> {
    const format = chooseFormat(options);
    const locales = availableLocales();
    if (options.locale !== undefined && !locales.includes(options.locale)) {
        throw new CliError(`unknown locale "${options.locale}": available locales are ${locales.join(', ')}`);
    }
    if (!options.out && !isTextFormat(format) && process.stdout.isTTY) {
        throw new CliError(`${format} is a binary format: give --out FILE, or redirect standard output to a file`);
    }

    await refuseFolder(options.out);
    const opened = await openCommandContract(file, options.contract, locales, 'render');
    const { contract, draft } = opened;
    printDiagnostics(opened);
    if (draft && !options.draft) {
        const style = styleFor(process.stderr);
        process.stderr.write(`${style.red('error')}: ${terminalText(contract.name)} has errors and was not rendered (--draft writes a draft marked DRAFT)\n`);
        return ExitStatus.Errors;
    }

    const bytes = await renderContract(opened.effective(), {
        format, locale: options.locale, paper: options.paper, draft: options.draft ?? false
    }).catch((error: unknown) => {
        throw error instanceof RenderRefusedError ? new CliError(`${file}: ${error.message}`) : error;
    });
    await writeOutput(bytes, options.out);
    return draft ? ExitStatus.Errors : ExitStatus.Ok;
}
