/**
 * Imports that name something that cannot be imported — a file that is not `.tandem`, a folder,
 * a FIFO (which once blocked the command forever), a file that cannot be read — are each an
 * `unresolved-import` on the import line with the reason; a file that is there and cannot be
 * read also makes the exit status 2 ("an unreadable file"). Runs as user `nobody` for the
 * unreadable case, as root reads anything.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, REPO, runCli } from './run-cli.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-imports-'));
fs.chmodSync(dir, 0o755);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const VALID = fs.readFileSync(path.join(REPO, 'test/fixtures/validate/valid.tandem'), 'utf8');

describe('imports that cannot be used', () => {
    it('are reported on their import line with the reason, without hanging on a FIFO', () => {
        fs.writeFileSync(path.join(dir, 'notes.txt'), 'contract X {}');
        execFileSync('mkfifo', [path.join(dir, 'pipe.tandem')]);
        fs.mkdirSync(path.join(dir, 'folder.tandem'));
        const file = path.join(dir, 'a.tandem');
        fs.writeFileSync(file, `import "notes.txt"\nimport "pipe.tandem"\nimport "folder.tandem"\n${VALID}`);
        const result = runCli(['validate', file]);
        expect(result.stdout).toContain(`${file}:1:8  error  unresolved-import  "notes.txt" is not a .tandem file: only Tandem files can be imported.`);
        expect(result.stdout).toContain(`${file}:2:8  error  unresolved-import  "pipe.tandem" is not a regular file (a device, pipe or socket): an import names a .tandem file.`);
        expect(result.stdout).toContain(`${file}:3:8  error  unresolved-import  "folder.tandem" is a folder: an import names a .tandem file.`);
        expect(result.status).toBe(2);
        const pipe = runCli(['validate', path.join(dir, 'pipe.tandem')]);
        expect(pipe.status).toBe(2);
        expect(pipe.stderr).toContain('it is a named pipe (FIFO), not a regular file');
    });

    it('an unreadable import: the reason on the import line, and exit 2', () => {
        const secret = path.join(dir, 'secret.tandem');
        fs.writeFileSync(secret, VALID);
        fs.chmodSync(secret, 0o000);
        const file = path.join(dir, 'b.tandem');
        fs.writeFileSync(file, `import "secret.tandem"\n${VALID}`);
        fs.chmodSync(file, 0o644);
        const result = spawnSync(process.execPath, [CLI, 'validate', file], { cwd: REPO, encoding: 'utf8', uid: 65534, gid: 65534, env: { ...process.env, NO_COLOR: '1' } });
        expect(result.stdout).toContain(`${file}:1:8  error  unresolved-import  Cannot read the file "secret.tandem": permission denied.`);
        expect(result.stderr).toBe(`error: permission denied: cannot read ${secret} (imported by ${file})\n`);
        expect(result.status).toBe(2);
    });
});
