/**
 * The version of a file in git's HEAD, for "Compare with…": `git show HEAD:./<name>` run in the
 * file's folder (child_process in the extension host; no dependency on VS Code's git extension).
 * `undefined` when there is none to compare with: git is not installed, the folder is not in a
 * repository, the file is untracked or only staged (not in HEAD), git does not answer in time, or
 * its bytes there are not a `.tandem` source (decoded as the CLI decodes files: `decodeTandemSource`).
 */
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { decodeTandemSource } from '@tandem/language/node';

export interface HeadVersion {
    /** The file's text in HEAD. */
    readonly text: string;
    /** HEAD's abbreviated commit id, to name the version. */
    readonly commit: string;
}

const GIT_TIMEOUT_MS = 5000;

export async function headVersion(file: string, git = 'git'): Promise<HeadVersion | undefined> {
    const folder = path.dirname(file);
    const name = path.basename(file);
    try {
        const [bytes, commit] = await Promise.all([
            run(git, ['show', `HEAD:./${name}`], folder),
            run(git, ['rev-parse', '--short', 'HEAD'], folder)
        ]);
        return { text: decodeTandemSource(bytes).text, commit: commit.toString('utf8').trim() };
    } catch {
        return undefined;
    }
}

function run(git: string, args: readonly string[], cwd: string): Promise<Buffer> {
    return new Promise((resolve, reject) => {
        // No pager, no prompts, and the file's bytes as they are in the repository.
        execFile(git, ['--no-pager', ...args], {
            cwd, encoding: 'buffer', timeout: GIT_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024, windowsHide: true,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' }
        }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
    });
}
