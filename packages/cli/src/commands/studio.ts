/**
 * `tandem studio [FOLDER] [--port N] [--no-open]`: Tandem Studio, the browser app to write,
 * check and print agreements, for the `.tandem` files of FOLDER (default: the current folder).
 * A thin shell over `@tandem/studio/server`: checks the folder, starts the server on 127.0.0.1,
 * prints its address, opens the browser, and stops on SIGINT or SIGTERM (exit 0).
 */
import * as fs from 'node:fs/promises';
import { describeFsError } from '@tandem/language/node';
import { DEFAULT_HOST, DEFAULT_PORT, startStudioServer } from '@tandem/studio/server';
import { CliError, ExitStatus } from '../cli-error.js';
import { openBrowser } from '../open-browser.js';
import { terminalText } from '../terminal.js';

export interface StudioCommandOptions {
    /** Default 4717; 0 picks a free port. */
    readonly port?: number;
    /** False with `--no-open`. */
    readonly open: boolean;
}

export async function runStudio(folder: string | undefined, options: StudioCommandOptions): Promise<ExitStatus> {
    const given = folder ?? '.';
    await checkFolder(given);
    const port = options.port ?? DEFAULT_PORT;
    let server;
    try {
        server = await startStudioServer({ folder: given, port });
    } catch (error) {
        throw new CliError(listenError(error, port, given));
    }
    process.stdout.write(`Tandem Studio is running at ${server.url}\n`);
    process.stdout.write(terminalText(`It opens the .tandem files in ${server.folder}. Press Ctrl+C to stop.`) + '\n');
    if (options.open) {
        openBrowser(server.url, line => process.stderr.write(`note: ${terminalText(line)}\n`));
    }
    await stopSignal();
    await server.close();
    return ExitStatus.Ok;
}

async function checkFolder(folder: string): Promise<void> {
    let stat;
    try {
        stat = await fs.stat(folder);
    } catch (error) {
        throw new CliError(describeFsError(error, folder));
    }
    if (!stat.isDirectory()) {
        throw new CliError(`not a folder: ${folder}. tandem studio opens the .tandem files of a folder: give the folder (default: the current folder).`);
    }
}

function listenError(error: unknown, port: number, folder: string): string {
    switch ((error as NodeJS.ErrnoException)?.code) {
        case 'EADDRINUSE':
            return `port ${port} is already in use (by another Tandem Studio, or another program). Choose another port with --port, e.g. \`tandem studio --port ${port === 65535 ? port - 1 : port + 1}\`, or \`--port 0\` for any free port.`;
        case 'EACCES':
            return `permission denied: cannot listen on port ${port}. Choose a port above 1023 with --port, or \`--port 0\` for any free port.`;
        case 'ENOENT':
        case 'ENOTDIR':
            return describeFsError(error, folder);
        default:
            return `cannot start Tandem Studio on ${DEFAULT_HOST}:${port}: ${(error as Error)?.message ?? String(error)}`;
    }
}

/** Resolves at the first SIGINT or SIGTERM (which then no longer end the process by themselves). */
function stopSignal(): Promise<void> {
    return new Promise<void>(resolve => {
        const stop = () => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
    });
}
