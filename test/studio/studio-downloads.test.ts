/**
 * Studio's downloads are the CLI's agreement, byte for byte: "Download PDF", "Download DOCX" and
 * "Download HTML" render in the browser's worker with @tandem/render and must equal `tandem
 * render --format pdf|docx|html` (and `--locale es` when the Language is changed). The PDF
 * writer and its fonts load only when a PDF is first asked for.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import type { StudioSession } from './studio-session.js';
import { openStudio } from './studio-session.js';

let studio: StudioSession;

beforeAll(async () => {
    studio = await openStudio();
});

/** The PDF writer's code (pdfkit and Tandem's writer) and the fonts, among the requests. */
function pdfRequests(): string[] {
    return studio.requests.filter(url => /\/fonts\/|\/chunks\/(pdf|pdfkit)[.-]/.test(url));
}

afterAll(async () => {
    await studio?.close();
});

async function download(name: string): Promise<Buffer> {
    const { page } = studio;
    const [file] = await Promise.all([
        page.waitForEvent('download', { timeout: 30_000 }),
        page.getByRole('button', { name, exact: true }).click()
    ]);
    return readFileSync((await file.path())!);
}

function cliRender(file: string, format: string, extra: string[] = []): Buffer {
    const out = path.join(tmpdir(), `tandem-studio-cli-${process.pid}-${Date.now()}.${format}`);
    const result = runCli(['render', path.join(studio.folder, file), '--format', format, '--out', out, ...extra]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    return readFileSync(out);
}

async function openFile(name: string): Promise<void> {
    await studio.page.getByRole('navigation', { name: 'Files' }).getByRole('button', { name }).click();
    await expect.poll(() => studio.page.locator('#editor-file').textContent()).toBe(name);
}

describe('Tandem Studio: downloads', () => {
    it('loads no PDF writer and no font before a PDF is asked for', async () => {
        await openFile('housing-support.tandem');
        await expect.poll(() => studio.page.frameLocator('iframe[title="Agreement preview"]').locator('body').innerText()).toContain('Housing');
        expect(studio.requests).toContain('/worker.js');
        expect(pdfRequests()).toEqual([]);
        // The DOCX writer is not loaded either.
        expect(studio.requests.filter(url => /\/chunks\/docx-/.test(url))).toEqual([]);
    });

    it('downloads the same PDF, DOCX and HTML as `tandem render`', async () => {
        await openFile('housing-support.tandem');
        const pdf = await download('Download PDF');
        expect(pdfRequests()).toEqual(expect.arrayContaining(['/fonts/DejaVuSans.ttf', '/fonts/DejaVuSans-Bold.ttf']));
        expect(pdfRequests().some(url => url.includes('/chunks/pdfkit'))).toBe(true);
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(pdf.equals(cliRender('housing-support.tandem', 'pdf'))).toBe(true);
        expect((await download('Download DOCX')).equals(cliRender('housing-support.tandem', 'docx'))).toBe(true);
        expect((await download('Download HTML')).equals(cliRender('housing-support.tandem', 'html'))).toBe(true);
    });

    it('downloads the agreement in the language chosen, as `tandem render --locale es`', async () => {
        await openFile('from-template-housing.tandem');
        await studio.page.getByRole('combobox', { name: 'Language' }).selectOption('es');
        expect((await download('Download PDF')).equals(cliRender('from-template-housing.tandem', 'pdf', ['--locale', 'es']))).toBe(true);
        expect((await download('Download HTML')).equals(cliRender('from-template-housing.tandem', 'html', ['--locale', 'es']))).toBe(true);
        await studio.page.getByRole('combobox', { name: 'Language' }).selectOption('en');
    });

    it('downloads a Spanish contract as the CLI renders it', async () => {
        await openFile('youth-mentoring-es.tandem');
        expect((await download('Download DOCX')).equals(cliRender('youth-mentoring-es.tandem', 'docx'))).toBe(true);
    });

    it('raised no page errors and no Content-Security-Policy violations', () => {
        expect(studio.problems).toEqual([]);
    });
});
