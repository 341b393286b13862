/**
 * `tandem fmt <paths...> [--check]`
 *
 * Lays files out in Tandem's canonical layout (docs/formatting.md); folders are searched
 * recursively for `*.tandem`. A file is rewritten (atomically, in the encoding it was read in:
 * UTF-8, or UTF-16 with its byte-order mark) only when its layout changes; a file that is not
 * valid UTF-8 is never written (an error at its first bad byte); a
 * file with a syntax error is left untouched and reported at its first syntax error. `--check`
 * writes nothing and names each file that would change. Exit 0 when every file is (or is now)
 * formatted, 1 when a file has a syntax error or, with `--check`, would change, 2 when a path is
 * missing or a file cannot be read or written (the other files are still processed).
 */
import { createTandemServices, firstSyntaxProblem, lineAndColumn, TandemTextFormatter } from '@tandem/language';
import type { DecodedSource } from '@tandem/language/node';
import { describeFsError, encodeTandemSource, findTandemFiles, readTandemSource, writeFileAtomic } from '@tandem/language/node';
import { ExitStatus } from '../cli-error.js';
import { plural, styleFor, terminalText } from '../terminal.js';

export interface FmtOptions {
    readonly check: boolean;
}

export async function runFmt(paths: readonly string[], options: FmtOptions): Promise<ExitStatus> {
    const { files, problems } = await findTandemFiles(paths);
    const services = createTandemServices().Tandem;
    const formatter = new TandemTextFormatter(services);
    const out = styleFor(process.stdout);
    const err = styleFor(process.stderr);
    const reportInputProblem = (message: string) => process.stderr.write(`${err.red('error')}: ${terminalText(message)}\n`);
    problems.forEach(problem => reportInputProblem(problem.message));

    let unreadable = problems.length;
    let read = 0;
    let syntaxErrors = 0;
    let changed = 0;
    for (const file of files) {
        let source: DecodedSource;
        try {
            source = await readTandemSource(file.absolutePath);
        } catch (error) {
            reportInputProblem(describeFsError(error, file.path));
            unreadable++;
            continue;
        }
        read++;
        const { text } = source;
        const formatted = formatter.format(text);
        if (formatted === undefined) {
            syntaxErrors++;
            const problem = firstSyntaxProblem(services, text);
            const { line, column } = lineAndColumn(text, problem?.offset ?? 0);
            process.stderr.write(`${out.underline(`${terminalText(file.path)}:${line}:${column}`)}  ${err.red('error')}  ${err.dim('syntax')}  ${terminalText(problem?.message ?? 'the text does not parse')} (not formatted)\n`);
            continue;
        }
        if (formatted === text) {
            continue;
        }
        if (options.check) {
            changed++;
            process.stdout.write(`would reformat ${terminalText(file.path)}\n`);
            continue;
        }
        try {
            await writeFileAtomic(file.absolutePath, encodeTandemSource(formatted, source.encoding, source.bom));
            changed++;
            process.stdout.write(`formatted ${terminalText(file.path)}\n`);
        } catch (error) {
            reportInputProblem(describeFsError(error, file.path, 'write'));
            unreadable++;
        }
    }

    const summary = options.check
        ? `${plural(changed, 'file')} of ${read} would be reformatted`
        : `${plural(changed, 'file')} of ${read} reformatted`;
    process.stdout.write(`${summary}${syntaxErrors > 0 ? `, ${plural(syntaxErrors, 'file')} with syntax errors left unchanged` : ''}\n`);

    if (unreadable > 0) {
        return ExitStatus.Usage;
    }
    return syntaxErrors > 0 || (options.check && changed > 0) ? ExitStatus.Errors : ExitStatus.Ok;
}
