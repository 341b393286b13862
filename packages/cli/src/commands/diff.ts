/**
 * `tandem diff <old> <new> [--contract NAME] [--format text|json|html|md|txt|pdf|docx]
 *  [--locale en|es] [--out PATH]` (LANGUAGE.md 0.2): what changed between two versions of an
 * agreement (@tandem/export's `diffContracts` on the two effective contracts). `text` (the
 * default) and `json` print the changes; the document formats write a "what changed in your
 * agreement" page in the new version's locale, with a line for the client to accept the changes.
 * Exit 0 when nothing changed or the new version adds a revision, 1 when it changed without
 * one (or a version has errors), 2 bad usage or an unreadable file.
 */
import * as path from 'node:path';
import type { ContractData } from '@tandem/export';
import { buildChangesAgreement, contractData, diffContracts, formatDiffJson, formatDiffText } from '@tandem/export';
import type { RenderFormat } from '@tandem/render';
import { agreementLocale, availableLocales, isTextFormat, loadLocale, RENDER_FORMATS, renderAgreement } from '@tandem/render';
import { CliError, ExitStatus } from '../cli-error.js';
import { styleFor } from '../terminal.js';
import { openCommandContract, printDiagnostics, refuseFolder, writeOutput } from './command-contract.js';

export const DIFF_FORMATS = ['text', 'json', ...RENDER_FORMATS] as const;
export type DiffFormat = typeof DIFF_FORMATS[number];

export interface DiffCommandOptions {
    readonly contract?: string;
    readonly format?: DiffFormat;
    readonly locale?: string;
    readonly out?: string;
}

/** `--format`, else the extension of `--out` when it names a document format, else text. */
function chooseFormat(options: DiffCommandOptions): DiffFormat {
    if (options.format) {
        return options.format;
    }
    const extension = options.out ? path.extname(options.out).slice(1).toLowerCase() : '';
    return extension === 'json' || (RENDER_FORMATS as readonly string[]).includes(extension) ? extension as DiffFormat : 'text';
}

export async function runDiff(oldFile: string, newFile: string, options: DiffCommandOptions): Promise<ExitStatus> {
    const format = chooseFormat(options);
    const locales = availableLocales();
    if (options.locale !== undefined && !locales.includes(options.locale)) {
        throw new CliError(`unknown locale "${options.locale}": available locales are ${locales.join(', ')}`);
    }
    const document = format !== 'text' && format !== 'json';
    if (document && !options.out && !isTextFormat(format as RenderFormat) && process.stdout.isTTY) {
        throw new CliError(`${format} is a binary format: give --out FILE, or redirect standard output to a file`);
    }
    await refuseFolder(options.out);
    const before = await openCommandContract(oldFile, options.contract, locales, 'compare');
    const after = await openCommandContract(newFile, options.contract, locales, 'compare');
    printDiagnostics(before);
    printDiagnostics(after);
    const broken = [before, after].filter(opened => opened.draft);
    if (broken.length > 0) {
        const style = styleFor(process.stderr);
        for (const opened of broken) {
            process.stderr.write(`${style.red('error')}: ${opened.path} has errors: fix them before comparing\n`);
        }
        return ExitStatus.Errors;
    }
    const oldContract = before.effective();
    const newContract = after.effective();
    const oldData: ContractData = contractData(oldContract);
    const newData: ContractData = contractData(newContract);
    const diff = diffContracts(oldData, newData);
    if (format === 'text') {
        await writeOutput(formatDiffText(diff), options.out);
    } else if (format === 'json') {
        await writeOutput(formatDiffJson(diff), options.out);
    } else {
        const messages = loadLocale(options.locale ?? agreementLocale(newContract));
        const page = buildChangesAgreement(diff, oldData, newData, messages);
        await writeOutput(await renderAgreement(page, { format }), options.out);
    }
    return diff.changes.length > 0 && !diff.revisionAdded ? ExitStatus.Errors : ExitStatus.Ok;
}
