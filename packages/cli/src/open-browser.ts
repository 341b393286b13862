/**
 * Opening a page in the user's browser (`tandem studio`): `open` on macOS, `cmd /c start` on
 * Windows, `xdg-open` elsewhere, started detached so that the command never waits for the
 * browser. A browser that cannot be opened is a note for the user, never an error.
 */
import { spawn } from 'node:child_process';

function opener(url: string): { command: string; args: string[] } {
    switch (process.platform) {
        case 'darwin': return { command: 'open', args: [url] };
        // `start`'s first quoted argument is the window's title; the URL has no quotes or `&`.
        case 'win32': return { command: 'cmd', args: ['/c', 'start', '""', url] };
        default: return { command: 'xdg-open', args: [url] };
    }
}

/** Opens `url`; calls `note` once, with one line, if that fails. */
export function openBrowser(url: string, note: (line: string) => void): void {
    const { command, args } = opener(url);
    let noted = false;
    const fail = (why: string) => {
        if (!noted) {
            noted = true;
            note(`could not open a browser (${command}: ${why}); open ${url} in yours.`);
        }
    };
    try {
        const child = spawn(command, args, { detached: true, stdio: 'ignore', windowsVerbatimArguments: process.platform === 'win32' });
        child.once('error', error => fail((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : error.message));
        child.once('exit', code => {
            if (code !== null && code !== 0) {
                fail(`exit status ${code}`);
            }
        });
        child.unref();
    } catch (error) {
        fail((error as Error).message);
    }
}
