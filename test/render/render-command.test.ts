/**
 * `tandem render` end to end: the built CLI in a child process, on the examples and on
 * contracts written to a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildAgreement, renderAgreement } from '@tandem/render';
import { exampleContract } from '../../packages/render/test/helpers.js';
import { CLI, REPO, runCli } from '../cli/run-cli.js';

const GOLDEN = path.join(REPO, 'packages/render/test/golden');
const work = mkdtempSync(path.join(tmpdir(), 'tandem-render-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const VALID = `
contract Ann "Support agreement" {
    parties { client Ann "Ann Lee"  worker Sam "Sam Roe" }
    duration { from 2026-12-01 for 12 weeks  meet weekly for 10 sessions }
    goal G "Find a job" { measure "Ann starts a job" }
    task T "Send two applications a week" { owner Ann  for G }
    task U "Find job fairs" { owner Sam  for G }
    confidentiality { limit safety }
    termination { when goals-met }
    sign Ann, Sam
}`;

const TWO = `${VALID}
contract Bob "Second agreement" {
    parties { client Bob "Bob Ray"  worker Sam "Sam Roe" }
    duration { from 2026-12-01 to 2027-01-31 }
    goal G "Find a flat" { measure "Bob signs a lease" }
    task T "Look at ads" { owner Bob  for G }
    task U "Call landlords" { owner Sam  for G }
    confidentiality { limit safety }
    termination { when goals-met }
    sign Bob, Sam
}`;

/** `no-goals`, `invalid-date`: errors. */
const BROKEN = `
contract Cy "Broken agreement" {
    parties { client Cy "Cy Doe"  worker Sam "Sam Roe" }
    duration { from 2027-02-30 for 4 weeks }
    confidentiality { limit safety }
    sign Cy, Sam
}`;

function fixture(name: string, text: string): string {
    const file = path.join(work, name);
    writeFileSync(file, text);
    return file;
}

function noTemporaryFiles(): void {
    expect(readdirSync(work).filter(name => name.endsWith('.tmp'))).toEqual([]);
}

describe('tandem render', () => {
    test('text formats go to standard output; the examples render as the golden files', () => {
        for (const [example, format] of [['housing-support', 'txt'], ['youth-mentoring-es', 'md'], ['housing-support', 'html']]) {
            const result = runCli(['render', `examples/${example}.tandem`, '--format', format]);
            expect(result.stderr).toBe('');
            expect(result.status).toBe(0);
            expect(result.stdout).toBe(readFileSync(path.join(GOLDEN, `${example}.${format}`), 'utf8'));
        }
    });

    test('html by default; --format defaults to the extension of --out', () => {
        expect(runCli(['render', 'examples/housing-support.tandem']).stdout).toMatch(/^<!DOCTYPE html>/);
        const out = path.join(work, 'agreement.md');
        const result = runCli(['render', 'examples/housing-support.tandem', '--out', out]);
        expect(result.status).toBe(0);
        expect(readFileSync(out, 'utf8')).toBe(readFileSync(path.join(GOLDEN, 'housing-support.md'), 'utf8'));
        const unknown = path.join(work, 'agreement.out');
        expect(runCli(['render', 'examples/housing-support.tandem', '--out', unknown]).status).toBe(0);
        expect(readFileSync(unknown, 'utf8')).toMatch(/^<!DOCTYPE html>/);
        noTemporaryFiles();
    });

    test('--locale overrides the contract\'s locale; an unknown locale is bad usage', () => {
        const es = runCli(['render', 'examples/housing-support.tandem', '--format', 'txt', '--locale', 'es']);
        expect(es.status).toBe(0);
        expect(es.stdout).toContain('Cuánto tiempo vamos a trabajar');
        expect(es.stdout.replace(/\s+/g, ' ')).toContain('desde el 11 de enero de 2027 hasta el 3 de mayo de 2027');
        const unknown = runCli(['render', 'examples/housing-support.tandem', '--locale', 'fr']);
        expect(unknown.status).toBe(2);
        expect(unknown.stderr).toContain('unknown locale "fr": available locales are en, es');
    });

    test('a contract with errors is not rendered: diagnostics as validate prints them, exit 1, a good file kept', () => {
        const file = fixture('broken.tandem', BROKEN);
        const out = path.join(work, 'broken.txt');
        writeFileSync(out, 'a good earlier agreement\n');
        const result = runCli(['render', file, '--out', out]);
        expect(result.status).toBe(1);
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(/broken\.tandem:4:21 {2}error {2}invalid-date/);
        expect(result.stderr).toMatch(/error {2}no-goals/);
        expect(result.stderr).toContain('Cy has errors and was not rendered');
        expect(readFileSync(out, 'utf8')).toBe('a good earlier agreement\n');
        noTemporaryFiles();
    });

    test('--draft writes the draft, marked DRAFT, and still exits 1', () => {
        const file = fixture('broken.tandem', BROKEN);
        const out = path.join(work, 'draft.txt');
        const result = runCli(['render', file, '--draft', '--out', out]);
        expect(result.status).toBe(1);
        expect(result.stderr).toMatch(/error {2}no-goals/);
        const text = readFileSync(out, 'utf8');
        expect(text.split('\n')[0]).toMatch(/^DRAFT: /);
        expect(text).toContain('Broken agreement');
        // A valid contract asked for as a draft is marked too, and exits 0.
        const valid = runCli(['render', fixture('valid.tandem', VALID), '--draft', '--format', 'md']);
        expect(valid.status).toBe(0);
        expect(valid.stdout.split('\n')[0]).toMatch(/^\*\*DRAFT: /);
    });

    test('several contracts need --contract; the message lists them', () => {
        const file = fixture('two.tandem', TWO);
        const result = runCli(['render', file]);
        expect(result.status).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr).toContain('has 2 contracts: choose one with --contract NAME (Ann, Bob)');
        const bob = runCli(['render', file, '--contract', 'Bob', '--format', 'txt']);
        expect(bob.status).toBe(0);
        expect(bob.stdout).toContain('Second agreement');
        const nobody = runCli(['render', file, '--contract', 'Zed']);
        expect(nobody.status).toBe(2);
        expect(nobody.stderr).toContain('no contract named Zed');
        expect(nobody.stderr).toContain('Ann, Bob');
    });

    test('another contract\'s errors do not stop this one', () => {
        const file = fixture('mixed.tandem', `${VALID}\n${BROKEN}`);
        const result = runCli(['render', file, '--contract', 'Ann', '--format', 'txt']);
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('Support agreement');
    });

    test('missing files and folders are bad usage', () => {
        const missing = runCli(['render', path.join(work, 'nope.tandem')]);
        expect(missing.status).toBe(2);
        expect(missing.stderr).toContain('no such file or folder');
        expect(runCli(['render', 'examples']).status).toBe(2);
        const outFolder = runCli(['render', 'examples/housing-support.tandem', '--out', work]);
        expect(outFolder.status).toBe(2);
        expect(outFolder.stderr).toContain('--out names a folder');
        const noFolder = runCli(['render', 'examples/housing-support.tandem', '--out', path.join(work, 'no/such/dir/x.html')]);
        expect(noFolder.status).toBe(2);
        expect(existsSync(path.join(work, 'no'))).toBe(false);
    });

    test('a contract from a template in an imported file renders', () => {
        const result = runCli(['render', 'examples/from-template-housing.tandem', '--format', 'txt']);
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('We will work together for 16 weeks, from 1 March 2027 to 21 June 2027.');
    });

    test('pdf: --format from the extension of --out; to a redirected standard output; same bytes twice', () => {
        const out = path.join(work, 'agreement.pdf');
        expect(runCli(['render', 'examples/youth-mentoring-es.tandem', '--out', out, '--paper', 'letter']).status).toBe(0);
        const first = readFileSync(out);
        expect(first.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
        expect(first.toString('latin1')).toMatch(/\/MediaBox \[0 0 612 792\]/);
        expect(runCli(['render', 'examples/youth-mentoring-es.tandem', '--out', out, '--paper', 'letter']).status).toBe(0);
        expect(readFileSync(out).equals(first)).toBe(true);
        const piped = spawnSync(process.execPath, [CLI, 'render', 'examples/youth-mentoring-es.tandem', '--format', 'pdf', '--paper', 'letter'], { cwd: REPO });
        expect(piped.status).toBe(0);
        expect(Buffer.from(piped.stdout).equals(first)).toBe(true);
        noTemporaryFiles();
    });

    test('binary formats refuse to write to a terminal', () => {
        // `script` runs the command with a pseudo-terminal as its standard output.
        const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} render examples/housing-support.tandem --format pdf; echo "exit=$?"`;
        const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: REPO, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
        expect(result.error).toBeUndefined();
        expect(result.stdout).toContain('pdf is a binary format: give --out FILE, or redirect standard output to a file');
        expect(result.stdout).toContain('exit=2');
        expect(result.stdout).not.toContain('%PDF');
    });

    test('docx: --format from the extension of --out, the same bytes twice', () => {
        const out = path.join(work, 'agreement.docx');
        expect(runCli(['render', 'examples/counselling-with-interpreter.tandem', '--out', out]).status).toBe(0);
        const first = readFileSync(out);
        expect(first.subarray(0, 2).toString('latin1')).toBe('PK');
        expect(runCli(['render', 'examples/counselling-with-interpreter.tandem', '--out', out]).status).toBe(0);
        expect(readFileSync(out).equals(first)).toBe(true);
        noTemporaryFiles();
    });

    test('pdf and docx: a fresh process and a warm one (shared font layouts) write the same bytes', async () => {
        for (const format of ['pdf', 'docx'] as const) {
            const out = path.join(work, `fresh.${format}`);
            expect(runCli(['render', 'examples/family-support.tandem', '--out', out]).status).toBe(0);
            const model = buildAgreement(await exampleContract('family-support.tandem'));
            for (const other of ['housing-support', 'youth-mentoring-es']) {
                await renderAgreement(buildAgreement(await exampleContract(`${other}.tandem`)), { format });
            }
            const warm = Buffer.from(await renderAgreement(model, { format }));
            expect(warm.equals(readFileSync(out)), format).toBe(true);
        }
    });
});
