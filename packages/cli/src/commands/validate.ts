/**
 * `tandem validate <paths...> [--format text|json] [--reading-grade N]`
 *
 * Folders are searched recursively for `*.tandem`. Text output in the style of tsc and ESLint
 * (`file:line:column  severity  code  message`, grouped by file, then a summary line); JSON
 * output is one array of diagnostics. Exit 0 with no errors, 1 with errors, 2 when a path is
 * missing or unreadable (the other files are still checked).
 */
import { DEFAULT_SETTINGS } from '@tandem/language';
import { availableLocales } from '@tandem/render';
import { checkFiles, findTandemFiles, findWorkspaceSettingsFile, lineAndColumn, readWorkspaceSettingsFile, toSettingsUpdate } from '@tandem/language/node';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { ExitStatus } from '../cli-error.js';
import { plural, styleFor, terminalText } from '../terminal.js';

export interface ValidateOptions {
    readonly format: 'text' | 'json';
    /** `--reading-grade`, when given: it overrides tandem.json's target grade (default 8). */
    readonly readingGrade?: number;
}

export interface JsonDiagnostic {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: 'error' | 'warning' | 'info' | 'hint';
    code: string;
    message: string;
    /** Where the cause is written (a parameter's declaration, a template's line), as the editor shows it; only when there is some. */
    related?: JsonRelated[];
}

export interface JsonRelated {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    message: string;
}

const SEVERITIES = ['error', 'error', 'warning', 'info', 'hint'] as const;

/**
 * A diagnostic of `file` in the JSON shape. `ownUri` is the URI of `file`'s document: related
 * locations in it are named as `file`, others by their path from the current folder.
 */
export function toJsonDiagnostic(file: string, diagnostic: Diagnostic, ownUri?: string): JsonDiagnostic {
    const json: JsonDiagnostic = {
        file,
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.character + 1,
        severity: SEVERITIES[diagnostic.severity ?? 1],
        code: String(diagnostic.code ?? 'syntax'),
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value
    };
    if (diagnostic.relatedInformation && diagnostic.relatedInformation.length > 0) {
        json.related = diagnostic.relatedInformation.map(({ location, message }) => ({
            file: location.uri === ownUri ? file : displayPath(location.uri),
            line: location.range.start.line + 1,
            column: location.range.start.character + 1,
            endLine: location.range.end.line + 1,
            endColumn: location.range.end.character + 1,
            message
        }));
    }
    return json;
}

function displayPath(uri: string): string {
    return uri.startsWith('file:') ? path.relative(process.cwd(), fileURLToPath(uri)) : uri;
}

export async function runValidate(paths: readonly string[], options: ValidateOptions): Promise<ExitStatus> {
    const { files, problems: findProblems } = await findTandemFiles(paths);
    // tandem.json: the nearest one above the current folder, else above the first path. A
    // --reading-grade given on the command line overrides its targetGrade.
    const settingsFile = findWorkspaceSettingsFile(process.cwd()) ?? (paths[0] ? findWorkspaceSettingsFile(paths[0]) : undefined);
    // `unknown-locale` and tandem.json's `locale` accept exactly the locales that have a message file (@tandem/render).
    const locales = availableLocales();
    const workspace = settingsFile ? readWorkspaceSettingsFile(settingsFile, locales) : undefined;
    const fromFile = workspace ? toSettingsUpdate(workspace.settings) : {};
    const targetGrade = options.readingGrade ?? fromFile.readingLevel?.targetGrade ?? DEFAULT_SETTINGS.readingLevel.targetGrade;
    const { checked, problems: readProblems } = await checkFiles(files, { ...fromFile, readingLevel: { ...fromFile.readingLevel, targetGrade }, locales });
    const settingsProblems = (workspace?.problems ?? []).map(problem => {
        const text = readFileSync(settingsFile!, 'utf8');
        const { line, column } = lineAndColumn(text, problem.offset);
        return { path: settingsFile!, message: `${settingsFile}:${line}:${column}: ${problem.message}` };
    });
    const inputProblems = [...findProblems, ...readProblems, ...settingsProblems];

    const results = checked.map(file => ({
        file: file.path,
        diagnostics: file.diagnostics.map(diagnostic => toJsonDiagnostic(file.path, diagnostic, file.document.uri.toString())).sort(byPosition)
    }));
    const all = results.flatMap(result => result.diagnostics);

    const errStyle = styleFor(process.stderr);
    for (const problem of inputProblems) {
        process.stderr.write(`${errStyle.red('error')}: ${terminalText(problem.message)}\n`);
    }
    if (options.format === 'json') {
        process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
    } else {
        process.stdout.write(formatText(results, checked.length));
    }
    if (inputProblems.length > 0) {
        return ExitStatus.Usage;
    }
    return all.some(diagnostic => diagnostic.severity === 'error') ? ExitStatus.Errors : ExitStatus.Ok;
}

function byPosition(a: JsonDiagnostic, b: JsonDiagnostic): number {
    return a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn;
}

export function formatText(results: ReadonlyArray<{ file: string; diagnostics: JsonDiagnostic[] }>, fileCount: number): string {
    const style = styleFor(process.stdout);
    const colour = { error: style.red, warning: style.yellow, info: style.blue, hint: style.dim };
    const lines: string[] = [];
    const counts = { error: 0, warning: 0, info: 0, hint: 0 };
    for (const result of results) {
        if (result.diagnostics.length === 0) {
            continue;
        }
        for (const d of result.diagnostics) {
            counts[d.severity]++;
            const where = `${terminalText(result.file)}:${d.line}:${d.column}`;
            lines.push(`${style.underline(where)}  ${colour[d.severity](d.severity)}  ${style.dim(d.code)}  ${terminalText(d.message)}`);
        }
        lines.push('');
    }
    const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')];
    if (counts.info > 0) {
        parts.push(`${counts.info} info`);
    }
    if (counts.hint > 0) {
        parts.push(plural(counts.hint, 'hint'));
    }
    const summary = `${parts.join(', ')} in ${plural(fileCount, 'file')}`;
    lines.push(counts.error > 0 ? style.bold(style.red(summary)) : style.bold(summary));
    return `${lines.join('\n')}\n`;
}
