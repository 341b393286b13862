/**
 * The rendered HTML in a real browser: Debian's chromium, headless, driven by playwright-core.
 * No axe-core violations (English, Spanish, a draft), readable on a phone (no sideways
 * scrolling), and printed to PDF it is A4 (or Letter) with no signature line cut by a page
 * break.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Agreement } from '@tandem/render';
import { buildAgreement, writeHtml } from '@tandem/render';
import { contractFromText, exampleContract } from '../../packages/render/test/helpers.js';
import { readPdf } from '../../packages/render/test/pdf-reader.js';
import { CHROMIUM } from '../setup/chromium.js';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let profile: string;
let browser: BrowserContext;

beforeAll(async () => {
    profile = mkdtempSync(path.join(tmpdir(), 'tandem-chromium-'));
    browser = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
    });
});

afterAll(async () => {
    await browser?.close();
    rmSync(profile, { recursive: true, force: true });
});

async function axeViolations(html: string): Promise<Array<{ id: string; help: string; nodes: number }>> {
    const page = await browser.newPage();
    try {
        await page.setContent(html, { waitUntil: 'load' });
        await page.addScriptTag({ content: AXE });
        const result = await page.evaluate(async () => {
            const axe = (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; help: string; nodes: unknown[] }> }> } }).axe;
            return axe.run();
        });
        return result.violations.map(v => ({ id: v.id, help: v.help, nodes: v.nodes.length }));
    } finally {
        await page.close();
    }
}

async function printToPdf(html: string): Promise<Uint8Array> {
    const page = await browser.newPage();
    try {
        await page.setContent(html, { waitUntil: 'load' });
        return await page.pdf({ preferCSSPageSize: true, printBackground: true });
    } finally {
        await page.close();
    }
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

/** Every signer's name and both of their sign-line labels are on one page. */
function signersOnOnePage(agreement: Agreement, pages: readonly string[]): void {
    const signatures = agreement.sections.find(section => section.id === 'signatures')!;
    const block = signatures.blocks.find(b => b.kind === 'signatures');
    if (block?.kind !== 'signatures') {
        throw new Error('no signatures');
    }
    const { signature, date } = agreement.signatureLabels;
    for (const signer of block.signers) {
        const heading = `${signer.name}, ${signer.role}`;
        const page = pages.map(squash).find(text => text.includes(heading));
        expect(page, `${heading} is printed`).toBeDefined();
        const after = page!.slice(page!.indexOf(heading));
        expect(after, `the sign lines of ${signer.name} are on the page of the name`).toMatch(new RegExp(`${signature}\\s*${date}`));
    }
}

describe('the HTML in chromium', () => {
    for (const [example, draft] of [['housing-support', false], ['youth-mentoring-es', false], ['counselling-with-interpreter', true]] as const) {
        test(`${example}${draft ? ' (draft)' : ''}: no axe-core violations`, async () => {
            const html = writeHtml(buildAgreement(await exampleContract(`${example}.tandem`), { draft }));
            expect(await axeViolations(html)).toEqual([]);
        });
    }

    test('readable on a phone: no sideways scrolling at 360 px', async () => {
        const html = writeHtml(buildAgreement(await exampleContract('housing-support.tandem')));
        const page = await browser.newPage();
        try {
            await page.setViewportSize({ width: 360, height: 740 });
            await page.setContent(html, { waitUntil: 'load' });
            const { scrollWidth, fontSize } = await page.evaluate(() => ({
                scrollWidth: document.documentElement.scrollWidth,
                fontSize: parseFloat(getComputedStyle(document.body).fontSize)
            }));
            expect(scrollWidth).toBeLessThanOrEqual(360);
            expect(fontSize).toBeGreaterThanOrEqual(16);
        } finally {
            await page.close();
        }
    });

    test('printed: A4 pages by default, Letter on request', async () => {
        const model = buildAgreement(await exampleContract('youth-mentoring-es.tandem'));
        const a4 = await readPdfPageSize(await printToPdf(writeHtml(model)));
        expect(a4.width).toBeCloseTo(595.3, 0);
        expect(a4.height).toBeCloseTo(841.9, 0);
        const letter = await readPdfPageSize(await printToPdf(writeHtml(model, { paper: 'letter' })));
        expect(letter.width).toBeCloseTo(612, 0);
        expect(letter.height).toBeCloseTo(792, 0);
    });

    test('printed: no signature line is cut across a page break, wherever the block falls', async () => {
        // Longer and longer boundaries push the signatures down across the page breaks.
        const printedPages = new Set<number>();
        for (let extra = 0; extra < 10; extra++) {
            const boundaries = Array.from({ length: 6 + extra * 2 }, (_, i) => `"Ground rule number ${i + 1}: we keep to what we agreed."`).join('\n');
            const contract = await contractFromText(`
contract C "Support agreement" {
    parties {
        client Ann "Ann Lee"
        guardian Bea "Bea Lee" title "Mother"
        worker Sam "Sam Roe" title "Case manager"
        supervisor Dee "Dee Fox" title "Supervisor"
        interpreter Ian "Ian Moe" speaks "Portuguese"
    }
    duration { from 2026-12-01 for 12 weeks  meet weekly for 10 sessions }
    goal G "Find a job" { measure "Ann starts a job" }
    task T "Send two applications a week" { owner Ann  for G }
    confidentiality { limit safety  limit abuse }
    boundaries { ${boundaries} }
    termination { when goals-met }
    sign Ann, Bea, Sam, Dee, Ian
}`);
            const model = buildAgreement(contract);
            const pdf = await readPdf(await printToPdf(writeHtml(model)));
            printedPages.add(pdf.pages.length);
            signersOnOnePage(model, pdf.pages);
        }
        // The signatures really moved across at least one page break.
        expect(printedPages.size).toBeGreaterThan(1);
    });
});

async function readPdfPageSize(bytes: Uint8Array): Promise<{ width: number; height: number }> {
    const text = Buffer.from(bytes).toString('latin1');
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
    if (!box) {
        throw new Error('no MediaBox');
    }
    return { width: Number(box[1]), height: Number(box[2]) };
}
