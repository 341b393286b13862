/**
 * Problems with a file's bytes that no parser can see: a `.tandem` file read from disk that is not
 * valid UTF-8. The file system provider that decoded it (`@tandem/language/node`'s
 * `TandemNodeFileSystemProvider`, used by the language server) records the problem with the text
 * it made of the bytes; the document validator reports it as the file's one `syntax` error while
 * the document still has that text (an editor that opens the file with its own decoding replaces
 * it). Pure: no file system here.
 */

export interface SourceProblem {
    /** 1-based, as the command line prints them. */
    readonly line: number;
    readonly column: number;
    readonly message: string;
    /** The text the bytes were read as (invalid bytes as U+FFFD). */
    readonly text: string;
}

const problems = new Map<string, SourceProblem>();

/** Records (or, with `undefined`, clears) the problem of the file at `uri`. */
export function recordSourceProblem(uri: string, problem: SourceProblem | undefined): void {
    if (problem) {
        problems.set(uri, problem);
    } else {
        problems.delete(uri);
    }
}

/** The problem of the file at `uri`, while its document has the text it was recorded with. */
export function sourceProblemOf(uri: string, text: string): SourceProblem | undefined {
    const problem = problems.get(uri);
    return problem && problem.text === text ? problem : undefined;
}
