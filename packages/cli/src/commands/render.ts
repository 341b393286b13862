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
import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Contract, Model } from '@tandem/language';
import { buildEffectiveContract, isContract } from '@tandem/language';
import { checkFiles, describeFsError, findTandemFiles, writeFileAtomic } from '@tandem/language/node';
import type { Paper, RenderFormat } from '@tandem/render';
import { availableLocales, isTextFormat, RENDER_FORMATS, renderContract } from '@tandem/render';
import { CliError, ExitStatus } from '../cli-error.js';
import { styleFor } from '../terminal.js';
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
    const { checked, problems: readProblems } = await checkFiles(files, { locales });
    if (readProblems.length > 0 || checked.length !== 1) {
        throw new CliError(readProblems.map(problem => problem.message).join('\n') || `cannot read ${file}`);
    }
    const { document, diagnostics } = checked[0];
    const contract = chooseContract(document, options.contract, file);

    const relevant = diagnosticsOf(contract, document, diagnostics);
    const hasErrors = relevant.some(diagnostic => (diagnostic.severity ?? 1) === 1);
    if (relevant.length > 0) {
        const json = relevant.map(diagnostic => toJsonDiagnostic(file, diagnostic))
            .sort((a, b) => a.line - b.line || a.column - b.column);
        process.stderr.write(formatText([{ file, diagnostics: json }], 1));
    }
    if (hasErrors && !options.draft) {
        const style = styleFor(process.stderr);
        process.stderr.write(`${style.red('error')}: ${contract.name} has errors and was not rendered (--draft writes a draft marked DRAFT)\n`);
        return ExitStatus.Errors;
    }

    const bytes = await renderContract(buildEffectiveContract(contract), {
        format, locale: options.locale, paper: options.paper, draft: options.draft ?? false
    });
    if (options.out) {
        try {
            await writeFileAtomic(options.out, bytes);
        } catch (error) {
            throw new CliError(`cannot write the agreement: ${describeFsError(error, options.out)}`);
        }
    } else {
        await writeStdout(bytes);
    }
    return hasErrors ? ExitStatus.Errors : ExitStatus.Ok;
}

function chooseContract(document: LangiumDocument<Model>, name: string | undefined, file: string): Contract {
    const contracts = document.parseResult.value.declarations.filter(isContract);
    const names = contracts.map(contract => contract.name);
    if (name !== undefined) {
        const found = contracts.find(contract => contract.name === name);
        if (!found) {
            throw new CliError(names.length > 0
                ? `no contract named ${name} in ${file}; its contracts: ${names.join(', ')}`
                : `no contract named ${name} in ${file}: it has no contracts`);
        }
        return found;
    }
    if (contracts.length === 0) {
        throw new CliError(`${file} has no contract to render (templates are rendered through a contract from them)`);
    }
    if (contracts.length > 1) {
        throw new CliError(`${file} has ${contracts.length} contracts: choose one with --contract NAME (${names.join(', ')})`);
    }
    return contracts[0];
}

/**
 * The diagnostics that concern the contract: those inside it, and those outside every contract
 * and template (imports, syntax). Another contract's problems do not stop this one.
 */
function diagnosticsOf(contract: Contract, document: LangiumDocument<Model>, diagnostics: readonly Diagnostic[]): Diagnostic[] {
    const ranges = document.parseResult.value.declarations
        .map(declaration => ({ declaration, range: declaration.$cstNode?.range }))
        .filter((entry): entry is { declaration: typeof entry.declaration; range: NonNullable<typeof entry.range> } => entry.range !== undefined);
    const lineOf = (diagnostic: Diagnostic) => diagnostic.range.start.line;
    return diagnostics.filter(diagnostic => {
        if (diagnostic.code === 'syntax') {
            return true;
        }
        const owner = ranges.find(({ range }) => range.start.line <= lineOf(diagnostic) && lineOf(diagnostic) <= range.end.line);
        return !owner || owner.declaration === contract;
    });
}

function writeStdout(bytes: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
        process.stdout.write(bytes, error => (error ? reject(error) : resolve()));
    });
}

/** `--out` names a file: refuse a folder before rendering. */
async function refuseFolder(out: string): Promise<void> {
    const stat = await fs.stat(out).catch(() => undefined);
    if (stat?.isDirectory()) {
        throw new CliError(`--out names a folder: ${out}`);
    }
}
