/**
 * Failures of standard output and standard error themselves. A reader that went away
 * (`tandem validate … | head -1`: EPIPE) ends the command quietly with 141, the status of a
 * command stopped by SIGPIPE; any other failed write of the report (a full disk, /dev/full) is
 * one line on standard error and exit 2. Never Node's "Unhandled 'error' event" and exit 1,
 * which would read as "errors found".
 */
import { writeSync } from 'node:fs';
import { ExitStatus } from './cli-error.js';

/** 128 + SIGPIPE, as the shell reports a command that a closed pipe stopped. */
export const BROKEN_PIPE_STATUS = 141;

let failed = false;

/**
 * Ends the command for a failed write to a standard stream: quietly for EPIPE, else with one
 * line and exit 2. Idempotent (a stream reports a failure both to the writer and as an event).
 * The promise never settles: the process exits.
 */
export function failOutput(error: unknown, name = 'standard output'): Promise<never> {
    if ((error as NodeJS.ErrnoException)?.code === 'EPIPE') {
        process.exit(BROKEN_PIPE_STATUS);
    }
    if (!failed) {
        failed = true;
        // The wording is the shared one; it is loaded only on this rare path, to keep `tandem --help` light.
        void import('@tandem/language/node')
            .then(({ describeFsError }) => describeFsError(error, name, 'write'), () => `cannot write ${name}: ${(error as Error)?.message}`)
            .then(message => {
                if (name !== 'standard error') {
                    try {
                        writeSync(2, `error: ${message}\n`);
                    } catch {
                        // standard error is gone too: the exit status is all there is
                    }
                }
                process.exit(ExitStatus.Usage);
            });
    }
    return new Promise<never>(() => undefined);
}

export function guardStandardStreams(): void {
    process.stdout.on('error', error => void failOutput(error, 'standard output'));
    process.stderr.on('error', error => void failOutput(error, 'standard error'));
}
