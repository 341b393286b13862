/**
 * What the commands that take one contract share (`render`, and in 0.2 `calendar`, `export` and
 * `diff`): opening it with `openAgreement` (a missing file or name is bad usage, exit 2, with the
 * file's syntax errors printed first), printing its diagnostics as `tandem validate` does (on
 * standard error: standard output may carry the document), and writing the result to `--out`
 * atomically or to standard output.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { AgreementNotFoundError } from '@tandem/language';
import type { OpenedContract } from '@tandem/language/node';
import { AgreementReadError, describeFsError, findTandemFiles, openAgreement, resolveWriteTarget, writeFileAtomic } from '@tandem/language/node';
import { CliError } from '../cli-error.js';
import { failOutput } from '../output-errors.js';
import { styleFor, terminalText } from '../terminal.js';
import { formatText, toJsonDiagnostic } from './validate.js';

/**
 * The contract asked for (or the file's only one); not found is bad usage. `command` names
 * what the command does with it, for the message of a file without contracts ("to render").
 */
export async function openCommandContract(file: string, name: string | undefined, locales: readonly string[], command: string): Promise<OpenedContract> {
    const { files, problems } = await findTandemFiles([file]);
    if (problems.length > 0) {
        throw new CliError(problems.map(problem => problem.message).join('\n'));
    }
    // A folder expands into its files: these commands take one file.
    if (files.length !== 1 || path.resolve(files[0].path) !== path.resolve(file)) {
        throw new CliError(`${command} takes one .tandem file, not a folder: ${file}`);
    }
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
            throw new CliError(notFoundMessage(error, file, command));
        }
        throw error;
    }
}

function notFoundMessage(error: AgreementNotFoundError, file: string, command: string): string {
    switch (error.reason) {
        case 'ambiguous':
            return `${file} has ${error.names.length} contracts: choose one with --contract NAME (${error.names.join(', ')})`;
        case 'none':
            return `${file} has no contract to ${command} (templates are rendered through a contract from them)${error.note}`;
        case 'unknown':
            return error.message;
    }
}

/** Prints the contract's diagnostics as `tandem validate` does, one group per file, on standard error. */
export function printDiagnostics(opened: OpenedContract): void {
    if (opened.diagnostics.length === 0) {
        return;
    }
    const groups = new Map<string, ReturnType<typeof toJsonDiagnostic>[]>();
    for (const entry of opened.diagnostics) {
        const file = opened.pathOf(entry.uri);
        const group = groups.get(file) ?? [];
        group.push(toJsonDiagnostic(file, entry.diagnostic, entry.uri));
        groups.set(file, group);
    }
    process.stderr.write(formatText([...groups].map(([file, diagnostics]) => ({ file, diagnostics })), 1));
}

/**
 * A contract with errors is refused by the commands that need a final one (`calendar`,
 * `export`): its diagnostics were printed; this says what was not done. True when refused.
 */
export function refuseDraft(opened: OpenedContract, notDone: string): boolean {
    if (opened.draft) {
        process.stderr.write(`${styleFor(process.stderr).red('error')}: ${terminalText(opened.contract.name)} has errors: ${notDone}\n`);
    }
    return opened.draft;
}

/** Writes the output to `--out` (atomically) or to standard output. */
export async function writeOutput(bytes: Uint8Array | string, out: string | undefined): Promise<void> {
    if (out) {
        try {
            await writeFileAtomic(out, bytes);
        } catch (error) {
            throw new CliError(describeFsError(error, out, 'write'));
        }
        return;
    }
    await new Promise<void>((resolve, reject) => {
        process.stdout.write(bytes, error => (error ? reject(error) : resolve()));
    }).catch((error: unknown) => failOutput(error));
}

/** `--out` names a regular file (or a link to one, or nothing yet): refuse anything else before doing the work. */
export async function refuseFolder(out: string | undefined): Promise<void> {
    if (out === undefined) {
        return;
    }
    const stat = await fs.stat(out).catch(() => undefined);
    if (stat?.isDirectory()) {
        throw new CliError(`--out names a folder: ${out}`);
    }
    await resolveWriteTarget(out).catch((error: unknown) => {
        throw new CliError(describeFsError(error, out, 'write'));
    });
}
