/**
 * `tandem validate` as a user runs it: the built command in a child process.
 */
import { describe, expect, it } from 'vitest';
import { availableNodes, runCli } from './run-cli.js';

const FIXTURES = 'test/fixtures/validate';

describe('tandem validate', () => {
    it('exits 0 with no errors and prints a summary', () => {
        const result = runCli(['validate', `${FIXTURES}/valid.tandem`]);
        expect(result.stderr).toBe('');
        expect(result.stdout.trim()).toBe('0 errors, 0 warnings in 1 file');
        expect(result.status).toBe(0);
    });

    it('exits 0 when there are only warnings', () => {
        const result = runCli(['validate', `${FIXTURES}/nested/deeper/warning-only.tandem`]);
        expect(result.stdout).toContain('warning  missing-termination');
        expect(result.status).toBe(0);
    });

    it('prints file:line:column  severity  code  message, grouped by file, and exits 1 with errors', () => {
        const result = runCli(['validate', FIXTURES]);
        expect(result.status).toBe(1);
        const lines = result.stdout.trimEnd().split('\n');
        expect(lines).toEqual([
            `${FIXTURES}/nested/deeper/warning-only.tandem:1:10  warning  missing-termination  ${lines[0].split('missing-termination  ')[1]}`,
            '',
            `${FIXTURES}/problems.tandem:4:16  warning  worker-without-tasks  ${lines[2].split('worker-without-tasks  ')[1]}`,
            `${FIXTURES}/problems.tandem:6:35  error  invalid-date  \`2027-02-30\` is not a date: February 2027 has 28 days.`,
            `${FIXTURES}/problems.tandem:7:10  warning  unmeasurable-goal  ${lines[4].split('unmeasurable-goal  ')[1]}`,
            `${FIXTURES}/problems.tandem:9:41  error  unresolved-reference  No party named \`Samuel\` in this contract or template.`,
            '',
            '2 errors, 3 warnings in 3 files'
        ]);
    });

    it('searches folders recursively for *.tandem only', () => {
        const result = runCli(['validate', `${FIXTURES}/nested`]);
        expect(result.stdout).toContain('warning-only.tandem');
        expect(result.stdout).not.toContain('readme.txt');
        expect(result.stdout).toContain('in 1 file');
    });

    it('--format json prints one array in the documented shape, field by field', () => {
        const result = runCli(['validate', `${FIXTURES}/problems.tandem`, '--format', 'json']);
        expect(result.status).toBe(1);
        const diagnostics = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
        expect(diagnostics).toHaveLength(4);
        for (const diagnostic of diagnostics) {
            expect(Object.keys(diagnostic)).toEqual(['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message']);
        }
        expect(diagnostics[1]).toEqual({
            file: `${FIXTURES}/problems.tandem`,
            line: 6,
            column: 35,
            endLine: 6,
            endColumn: 45,
            severity: 'error',
            code: 'invalid-date',
            message: '`2027-02-30` is not a date: February 2027 has 28 days.'
        });
        expect(diagnostics[3]).toMatchObject({ line: 9, column: 41, endLine: 9, endColumn: 47, severity: 'error', code: 'unresolved-reference' });
        expect(diagnostics[0]).toMatchObject({ line: 4, column: 16, severity: 'warning', code: 'worker-without-tasks' });
        expect(diagnostics[2]).toMatchObject({ line: 7, column: 10, endColumn: 17, severity: 'warning', code: 'unmeasurable-goal' });
    });

    it('--format json prints [] for a clean file, and the file as given on the command line', () => {
        expect(JSON.parse(runCli(['validate', `./${FIXTURES}/valid.tandem`, '--format', 'json']).stdout)).toEqual([]);
        const relative = JSON.parse(runCli(['validate', `./${FIXTURES}/problems.tandem`, '--format', 'json']).stdout);
        expect(relative[0].file).toBe(`./${FIXTURES}/problems.tandem`);
    });

    it('a missing path: a clear message, exit 2, and the other files are still checked', () => {
        const result = runCli(['validate', `${FIXTURES}/nope.tandem`, `${FIXTURES}/problems.tandem`]);
        expect(result.status).toBe(2);
        expect(result.stderr).toContain(`no such file or folder: ${FIXTURES}/nope.tandem`);
        expect(result.stdout).toContain('problems.tandem:6:35');
    });

    it('--reading-grade sets the target grade of reading-level', () => {
        const hard = `${FIXTURES}/../reading/hard.tandem`;
        const strict = runCli(['validate', hard, '--format', 'json', '--reading-grade', '8']);
        expect(JSON.parse(strict.stdout).map((d: { code: string }) => d.code)).toContain('reading-level');
        const lenient = runCli(['validate', hard, '--format', 'json', '--reading-grade', '30']);
        expect(JSON.parse(lenient.stdout).map((d: { code: string }) => d.code)).not.toContain('reading-level');
        expect(runCli(['validate', hard, '--reading-grade', 'high']).status).toBe(2);
    });

    it('bad usage is exit 2 with the usage and a "did you mean"', () => {
        const unknownCommand = runCli(['valdate', FIXTURES]);
        expect(unknownCommand.status).toBe(2);
        expect(unknownCommand.stderr).toMatch(/unknown command 'valdate'/);
        expect(unknownCommand.stderr).toMatch(/Did you mean validate\?/);
        const unknownOption = runCli(['validate', FIXTURES, '--formt', 'json']);
        expect(unknownOption.status).toBe(2);
        expect(unknownOption.stderr).toMatch(/Did you mean --format\?/);
        const badChoice = runCli(['validate', FIXTURES, '--format', 'xml']);
        expect(badChoice.status).toBe(2);
        expect(badChoice.stderr).toMatch(/text, json/);
        expect(runCli(['validate']).status).toBe(2);
        expect(runCli([]).status).toBe(2);
    });

    it('--help, <command> --help and --version', () => {
        const help = runCli(['--help']);
        expect(help.status).toBe(0);
        expect(help.stdout).toContain('validate');
        const validateHelp = runCli(['validate', '--help']);
        expect(validateHelp.status).toBe(0);
        expect(validateHelp.stdout).toContain('--reading-grade');
        const version = runCli(['--version']);
        expect(version.status).toBe(0);
        expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    });

    it('colours only on a terminal: no escape codes when piped', () => {
        const result = runCli(['validate', FIXTURES]);
        expect(result.stdout).not.toContain('\u001b[');
    });
});

describe('tandem validate on every Node.js this machine has (20, 22, 24)', () => {
    const nodes = availableNodes();

    it('finds Node 20 and 22 beside the Node running the tests', () => {
        expect([...nodes.keys()]).toEqual(expect.arrayContaining([20, 22]));
    });

    for (const [major, node] of nodes) {
        it(`runs on Node ${major}`, () => {
            const result = runCli(['validate', FIXTURES, '--format', 'json'], { node });
            expect(result.stderr).toBe('');
            expect(result.status).toBe(1);
            expect(JSON.parse(result.stdout)).toHaveLength(5);
        });
    }
});

describe('tandem validate and the locales', () => {
    it('unknown-locale accepts exactly the locales that have a message file in the renderer', async () => {
        const { availableLocales } = await import('@tandem/render');
        const { mkdtempSync, writeFileSync } = await import('node:fs');
        const { tmpdir } = await import('node:os');
        const pathModule = await import('node:path');
        const dir = mkdtempSync(pathModule.join(tmpdir(), 'tandem-locale-'));
        const locales = availableLocales();
        expect(locales).toEqual(expect.arrayContaining(['en', 'es']));
        for (const code of [...locales, 'fr']) {
            writeFileSync(pathModule.join(dir, `${code}.tandem`), `contract X { locale ${code} }\n`);
        }
        const diagnostics = JSON.parse(runCli(['validate', dir, '--format', 'json']).stdout) as Array<{ file: string; code: string; message: string }>;
        const unknown = diagnostics.filter(d => d.code === 'unknown-locale');
        expect(unknown.map(d => pathModule.basename(d.file))).toEqual(['fr.tandem']);
        expect(unknown[0].message).toContain(locales.map(code => `\`${code}\``).join(', '));
    });
});

describe('the command line names the renderer\'s formats', () => {
    it('render --help lists exactly RENDER_FORMATS', async () => {
        const { RENDER_FORMATS } = await import('@tandem/render');
        const help = runCli(['render', '--help']).stdout.replace(/\s+/g, ' ');
        expect(help).toContain(`choices: ${RENDER_FORMATS.map(format => `"${format}"`).join(', ')}`);
    });
});
