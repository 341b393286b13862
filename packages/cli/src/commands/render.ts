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
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { AgreementNotFoundError } from '@tandem/language';
import type { OpenedContract } from '@tandem/language/node';
import { AgreementReadError, describeFsError, findTandemFiles, openAgreement, resolveWriteTarget, writeFileAtomic } from '@tandem/language/node';
import type { Paper, RenderFormat } from '@tandem/render';
import { availableLocales, isTextFormat, RENDER_FORMATS, RenderRefusedError, renderContract } from '@tandem/render';
import { CliError, ExitStatus } from '../cli-error.js';
import { failOutput } from '../output-errors.js';
import { styleFor, terminalText } from '../terminal.js';
import { formatText, toJsonDiagnostic } from './validate.js';

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

    if (options.out) {
        await refuseFolder(options.out);
    }
    const { files, problems } = await findTandemFiles([file]);
    if (problems.length > 0) {
        throw new CliError(problems.map(problem => problem.message).join('\n'));
    }
    if (files.length !== 1 || path.resolve(files[0].path) !== path.resolve(file)) {
        throw new CliError(`render takes one .tandem file, not a folder: ${file}`);
    }
    const opened = await openContract(file, options.contract, locales);
    const { contract, diagnostics, draft } = opened;
    if (diagnostics.length > 0) {
        process.stderr.write(formatText(groupByFile(opened), 1));
    }
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
    if (options.out) {
        try {
            await writeFileAtomic(options.out, bytes);
        } catch (error) {
            throw new CliError(describeFsError(error, options.out, 'write'));
        }
    } else {
        await writeStdout(bytes).catch((error: unknown) => failOutput(error));
    }
    return draft ? ExitStatus.Errors : ExitStatus.Ok;
}

/** The contract asked for (or the file's only one), as `openAgreement` gives it; not found is bad usage. */
async function openContract(file: string, name: string | undefined, locales: readonly string[]): Promise<OpenedContract> {
    try {
        return await openAgreement(file, { name, unnamed: 'only', settings: { locales } });
    } catch (error) {
        if (error instanceof AgreementReadError) {
            throw new CliError(error.message);
        }
        if (error instanceof AgreementNotFoundError) {
            if (error.syntaxErrors.length > 0) {
                process.stderr.write(formatText([{ file, diagnostics: error.syntaxErrors.map(entry => toJsonDiagnostic(file, entry.diagnostic)) }], 1));
            }
            throw new CliError(notFoundMessage(error, file));
        }
        throw error;
    }
}

function notFoundMessage(error: AgreementNotFoundError, file: string): string {
    switch (error.reason) {
        case 'ambiguous':
            return `${file} has ${error.names.length} contracts: choose one with --contract NAME (${error.names.join(', ')})`;
        case 'none':
            return `${file} has no contract to render (templates are rendered through a contract from them)${error.note}`;
        case 'unknown':
            return error.message;
    }
}

/** The diagnostics as `tandem validate` prints them, one group per file (the template's file after the contract's). */
function groupByFile(opened: OpenedContract): Array<{ file: string; diagnostics: ReturnType<typeof toJsonDiagnostic>[] }> {
    const groups = new Map<string, ReturnType<typeof toJsonDiagnostic>[]>();
    for (const entry of opened.diagnostics) {
        const file = opened.pathOf(entry.uri);
        const group = groups.get(file) ?? [];
        group.push(toJsonDiagnostic(file, entry.diagnostic, entry.uri));
        groups.set(file, group);
    }
    return [...groups].map(([file, diagnostics]) => ({ file, diagnostics }));
}

function writeStdout(bytes: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
        process.stdout.write(bytes, error => (error ? reject(error) : resolve()));
    });
}

/** `--out` names a regular file (or a link to one, or nothing yet): refuse anything else before rendering. */
async function refuseFolder(out: string): Promise<void> {
    const stat = await fs.stat(out).catch(() => undefined);
    if (stat?.isDirectory()) {
        throw new CliError(`--out names a folder: ${out}`);
    }
    await resolveWriteTarget(out).catch((error: unknown) => {
        throw new CliError(describeFsError(error, out, 'write'));
    });
}
