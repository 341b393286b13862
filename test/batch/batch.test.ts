/**
 * `tandem batch` as a print job runs it: bundled rows, bad rows, missing and extra columns,
 * hostile names, a dry run, JSON reports, and a batch stopped by a signal.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { CLI, REPO, runCli } from '../cli/run-cli.js';

const TEMPLATE = path.join(REPO, 'examples/lib/housing-template.tandem');
const HEADER = 'clientName,clientPhone,workerName,start,housingBy,searchDue';
const GOOD = 'Jane Doe,555-0101,Sam Lee,2026-12-01,2027-02-01,2026-12-20';

let dir: string;

beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'tandem-batch-'));
});

function batch(data: string, extra: string[] = [], format = 'html') {
    return runCli(['batch', TEMPLATE, '--template', 'HousingSupport', '--data', data, '--out', path.join(dir, 'out'), '--format', format, '--quiet', ...extra]);
}

function csv(name: string, rows: string[]): string {
    const file = path.join(dir, name);
    writeFileSync(file, `${rows.join('\n')}\n`);
    return file;
}

function manifest() {
    return JSON.parse(readFileSync(path.join(dir, 'out/manifest.json'), 'utf8')) as {
        rows: Array<{ row: number; line?: number; file?: string; status: string; diagnostics: Array<{ column?: string; code: string }> }>;
        summary: { written: number; failed: number; skipped: number };
        warnings: Array<{ column?: string }>;
    };
}

function outputFiles(): string[] {
    return readdirSync(path.join(dir, 'out')).sort();
}

describe('tandem batch', () => {
    it('writes one agreement per bundled row, the same from CSV and from JSON', () => {
        const fromCsv = runCli(['batch', TEMPLATE, '--template', 'HousingSupport', '--data', 'examples/data/housing-rows.csv', '--out', path.join(dir, 'csv'), '--format', 'txt', '--quiet']);
        const fromJson = runCli(['batch', TEMPLATE, '--template', 'HousingSupport', '--data', 'examples/data/housing-rows.json', '--out', path.join(dir, 'json'), '--format', 'txt', '--quiet']);
        expect(fromCsv.status).toBe(0);
        expect(fromJson.status).toBe(0);
        const files = readdirSync(path.join(dir, 'csv')).filter(file => file.endsWith('.txt')).sort();
        expect(files).toHaveLength(50);
        expect(files[0]).toBe('row-00001.txt');
        for (const file of files) {
            expect(readFileSync(path.join(dir, 'json', file), 'utf8')).toBe(readFileSync(path.join(dir, 'csv', file), 'utf8'));
        }
        expect(fromCsv.stderr).toMatch(/Wrote 50 agreements/);
    });

    it('reports each bad row with its row, line and column, and still writes the good rows', () => {
        const data = csv('rows.csv', [
            `${HEADER},length`,
            `${GOOD},`,
            'Omar,555-0102,Sam Lee,2026-12-32,2027-02-01,2026-12-20,',
            'Ana,555-0103,Sam Lee,2026-12-01,2027-02-01,2026-12-20,twelve',
            ',555-0104,Sam Lee,2026-12-01,2027-02-01,2026-12-20,',
            `${GOOD},10`,
            ',,,,,,' // a spreadsheet's blank row: no row, counted as skipped
        ]);
        const result = batch(data);
        expect(result.status).toBe(1);
        expect(result.stderr).toContain('rows.csv:3: row 2, column start: error invalid-date');
        expect(result.stderr).toContain('rows.csv:4: row 3, column length: error param-type-mismatch');
        expect(result.stderr).toContain('rows.csv:5: row 4, column clientName: error missing-binding');
        expect(outputFiles()).toEqual(['manifest.json', 'row-00001.html', 'row-00005.html']);
        const { rows, summary } = manifest();
        expect(rows.map(row => row.status)).toEqual(['written', 'failed', 'failed', 'failed', 'written']);
        expect(rows[1]).toMatchObject({ row: 2, line: 3, diagnostics: [{ column: 'start', code: 'invalid-date' }] });
        expect(summary).toMatchObject({ written: 2, failed: 3, skipped: 1 });
        expect(result.stderr).toContain('3 rows failed, 1 empty row skipped');
    });

    it('a required parameter with no column is one error before any row, and nothing is written', () => {
        const data = csv('rows.csv', ['clientName,clientPhone,workerName,housingBy,searchDue', 'Jane,555,Sam,2027-02-01,2026-12-20']);
        const result = batch(data);
        expect(result.status).toBe(1);
        expect(result.stderr.match(/missing-binding/g)).toHaveLength(1);
        expect(result.stderr).toContain('`start`');
        expect(existsSync(path.join(dir, 'out'))).toBe(false);
    });

    it('a column that names no parameter is a warning once, not per row', () => {
        const data = csv('rows.csv', [`${HEADER},favouriteColour`, `${GOOD},blue`, `${GOOD},green`]);
        const result = batch(data);
        expect(result.status).toBe(0);
        expect(result.stderr.match(/favouriteColour/g)).toHaveLength(1);
        expect(manifest().warnings).toEqual([expect.objectContaining({ column: 'favouriteColour' })]);
    });

    it('names files safely from --name, never outside --out, and distinct', () => {
        const long = 'x'.repeat(300);
        const data = csv('rows.csv', [
            `${HEADER},fileName`,
            `${GOOD},../../etc/x`,
            `${GOOD},/abs`,
            `${GOOD},con`,
            `${GOOD},`,
            `${GOOD},${long}`,
            `${GOOD},Jane Doe`,
            `${GOOD},jane doe`
        ]);
        const result = batch(data, ['--name', 'fileName']);
        expect(result.status).toBe(0);
        expect(outputFiles()).toEqual(['Jane Doe.html', '_con.html', 'abs.html', 'etc-x.html', 'jane doe-2.html', 'manifest.json', 'row-00004.html', `${'x'.repeat(120)}.html`].sort());
        expect(existsSync(path.join(dir, 'etc'))).toBe(false);
        expect(result.stderr).toContain('row 7, column fileName: written as jane doe-2.html');
    });

    it('--dry-run checks every row and writes only the manifest', () => {
        const data = csv('rows.csv', [HEADER, GOOD, 'Omar,555,Sam,2026-12-32,2027-02-01,2026-12-20']);
        const result = batch(data, ['--dry-run']);
        expect(result.status).toBe(1);
        expect(outputFiles()).toEqual(['manifest.json']);
        expect(manifest().rows.map(row => row.status)).toEqual(['valid', 'failed']);
    });

    it('--report json writes one JSON object per problem, then a summary, on standard error', () => {
        const data = csv('rows.csv', [HEADER, GOOD, 'Omar,555,Sam,2026-12-32,2027-02-01,2026-12-20']);
        const result = batch(data, ['--report', 'json']);
        const lines = result.stderr.trim().split('\n').map(line => JSON.parse(line));
        expect(lines[0]).toEqual({ row: 2, line: 3, column: 'start', severity: 'error', code: 'invalid-date', message: expect.any(String) });
        expect(lines[1].summary).toMatchObject({ written: 1, failed: 1 });
    });

    it('renders on worker threads with --jobs 2 (pdf, docx), the same bytes as with --jobs 1', () => {
        // Names outside Latin-1 on some rows: those PDFs get font subsets of their own.
        const rows = [HEADER, ...Array.from({ length: 9 }, (_, i) => `${i % 3 === 0 ? 'Łucja' : 'Client'} ${i},555-0101,Sam Lee,2026-12-01,2027-02-01,2026-12-20`)];
        const data = csv('rows.csv', rows);
        for (const format of ['pdf', 'docx']) {
            const one = path.join(dir, `one-${format}`);
            const two = path.join(dir, `two-${format}`);
            expect(runCli(['batch', TEMPLATE, '--template', 'HousingSupport', '--data', data, '--out', one, '--format', format, '--jobs', '1', '--quiet']).status).toBe(0);
            expect(runCli(['batch', TEMPLATE, '--template', 'HousingSupport', '--data', data, '--out', two, '--format', format, '--jobs', '2', '--quiet']).status).toBe(0);
            const files = readdirSync(one).filter(file => file.endsWith(`.${format}`));
            expect(files).toHaveLength(9);
            for (const file of files) {
                expect(readFileSync(path.join(two, file)).equals(readFileSync(path.join(one, file))), file).toBe(true);
            }
        }
    });

    it('a render worker loads the renderer, not the language core (the bundled CLI)', () => {
        const chunks = path.join(REPO, 'packages/cli/dist/chunks');
        // A chunk's code with everything it imports statically.
        const closure = (file: string, seen = new Set<string>()): string => {
            if (seen.has(file)) {
                return '';
            }
            seen.add(file);
            const code = readFileSync(path.join(chunks, file), 'utf8');
            const imported = [...code.matchAll(/^import\s*(?:[^'"]*from\s*)?["']\.\/([^"']+)["']/gm)].map(match => match[1]);
            return code + imported.map(next => closure(next, seen)).join('');
        };
        const entry = (prefix: string) => readdirSync(chunks).find(file => file.startsWith(prefix) && file.endsWith('.js'))!;
        const worker = closure(entry('render-worker-'));
        expect(worker).toContain('serveRenderRequests');
        expect(worker).toContain('renderAgreement');
        expect(worker).not.toContain('LangiumParser');
        // The batch command itself does load it: the check above can tell.
        expect(closure(entry('batch-'))).toContain('LangiumParser');
    });

    it('a batch stopped by SIGTERM leaves only complete files and no temporary ones; the next run removes what a killed run left', async () => {
        const rows = [HEADER, ...Array.from({ length: 3000 }, (_, i) => `Client ${i},555-0101,Sam Lee,2026-12-01,2027-02-01,2026-12-20`)];
        const data = csv('rows.csv', rows);
        const out = path.join(dir, 'out');
        const child = spawn(process.execPath, [CLI, 'batch', TEMPLATE, '--template', 'HousingSupport', '--data', data, '--out', out, '--format', 'html', '--quiet', '--jobs', '1'], { stdio: 'ignore' });
        await new Promise(resolve => setTimeout(resolve, 250));
        for (let waited = 0; waited < 20_000 && (!existsSync(out) || readdirSync(out).filter(f => f.endsWith('.html')).length < 5); waited += 50) {
            await new Promise(resolve => setTimeout(resolve, 50));
        }
        child.kill('SIGTERM');
        const code = await new Promise<number | null>(resolve => child.on('exit', resolve));
        expect(code).toBe(143);
        const files = readdirSync(out);
        expect(files.filter(file => file.endsWith('.tandem-partial'))).toEqual([]);
        const written = files.filter(file => file.endsWith('.html'));
        expect(written.length).toBeGreaterThan(0);
        expect(written.length).toBeLessThan(3000);
        for (const file of written) {
            expect(readFileSync(path.join(out, file), 'utf8').trimEnd().endsWith('</html>')).toBe(true);
        }
        const stopped = manifest();
        expect(stopped.summary).toMatchObject({ interrupted: true });

        // What a SIGKILL can leave: a hidden temporary file. The next run removes it.
        mkdirSync(out, { recursive: true });
        writeFileSync(path.join(out, '.row-00001.html.abcd1234.tandem-partial'), 'half');
        expect(batch(csv('one.csv', [HEADER, GOOD])).status).toBe(0);
        expect(readdirSync(out).filter(file => file.endsWith('.tandem-partial'))).toEqual([]);
    });

    it('bad usage: a template that is not there, or data that cannot be read, is exit 2', () => {
        expect(runCli(['batch', TEMPLATE, '--template', 'Nope', '--data', 'examples/data/housing-rows.csv', '--out', path.join(dir, 'out')]).stderr).toContain('HousingSupport');
        expect(runCli(['batch', TEMPLATE, '--template', 'Nope', '--data', 'examples/data/housing-rows.csv', '--out', path.join(dir, 'out')]).status).toBe(2);
        expect(batch(path.join(dir, 'missing.csv')).status).toBe(2);
        expect(runCli(['batch', TEMPLATE, '--template', 'HousingSupport', '--out', dir]).status).toBe(2);
    });
});

describe('tandem batch --combine', () => {
    it('also writes combined.pdf: every agreement, each starting on a new page, in row order', async () => {
        const { PDFDocument } = await import('pdf-lib');
        const data = csv('rows.csv', [HEADER, ...['Ana', 'Ben', 'Cleo'].map(name => `${name},555-0101,Sam Lee,2026-12-01,2027-02-01,2026-12-20`)]);
        const result = batch(data, ['--combine', '--name', 'clientName'], 'pdf');
        expect(result.status).toBe(0);
        expect(outputFiles()).toEqual(['Ana.pdf', 'Ben.pdf', 'Cleo.pdf', 'combined.pdf', 'manifest.json']);
        const pages = async (file: string) => (await PDFDocument.load(readFileSync(path.join(dir, 'out', file)))).getPageCount();
        const each = [await pages('Ana.pdf'), await pages('Ben.pdf'), await pages('Cleo.pdf')];
        expect(await pages('combined.pdf')).toBe(each[0] + each[1] + each[2]);
    });
});

describe('tandem batch on a terminal', () => {
    /** Runs a command under a pseudo-terminal (util-linux `script`), as a person at a terminal would. */
    function onTerminal(args: string[]): string {
        const command = [process.execPath, CLI, ...args].map(arg => `'${arg.replace(/'/g, `'\\''`)}'`).join(' ');
        return execFileSync('script', ['-qefc', command, '/dev/null'], { encoding: 'utf8', env: { ...process.env, TERM: 'xterm' } });
    }

    it('shows a progress bar (done/total, rate, time left) on a terminal, and none with --quiet or without a terminal', () => {
        const data = csv('rows.csv', [HEADER, ...Array.from({ length: 40 }, (_, i) => `Client ${i},555-0101,Sam Lee,2026-12-01,2027-02-01,2026-12-20`)]);
        const shown = onTerminal(['batch', TEMPLATE, '--template', 'HousingSupport', '--data', data, '--out', path.join(dir, 'a'), '--format', 'txt']);
        expect(shown).toMatch(/\/40 rows \| [\d.]+\/s \| ETA/);
        expect(shown).toContain('Wrote 40 agreements');
        const quiet = onTerminal(['batch', TEMPLATE, '--template', 'HousingSupport', '--data', data, '--out', path.join(dir, 'b'), '--format', 'txt', '--quiet']);
        expect(quiet).not.toMatch(/rows \|/);
        const piped = runCli(['batch', TEMPLATE, '--template', 'HousingSupport', '--data', data, '--out', path.join(dir, 'c'), '--format', 'txt']);
        expect(piped.stderr).not.toMatch(/rows \|/);
        expect(piped.stderr).toContain('Wrote 40 agreements');
    });
});
