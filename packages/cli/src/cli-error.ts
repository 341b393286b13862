/**
 * Exit statuses of LANGUAGE.md's Command line section, and the error that carries one.
 */

export const ExitStatus = {
    /** No errors. */
    Ok: 0,
    /** Errors found (or a row failed). */
    Errors: 1,
    /** Bad usage or an unreadable file. */
    Usage: 2
} as const;

export type ExitStatus = typeof ExitStatus[keyof typeof ExitStatus];

/** A failure the user can fix, with the exit status it ends the command with. */
export class CliError extends Error {
    constructor(message: string, readonly status: ExitStatus = ExitStatus.Usage) {
        super(message);
    }
}
