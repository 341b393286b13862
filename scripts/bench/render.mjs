// The renderer benchmark (issue: the readable agreement): 1,000 agreements per format in one
// process, taking the example contracts in turn (English and Spanish, with and without
// templates; agreement model built and written each time), in ms per agreement against the
// targets; where chromium is installed, the same HTML printed to PDF by chromium (a warm page)
// as the baseline for the pdf writer.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEffectiveContract, isContract } from '../../packages/language/dist/index.js';
import { checkFiles } from '../../packages/language/dist/node/index.js';
import { buildAgreement, renderAgreement, writeHtml } from '../../packages/render/dist/index.js';
import { row } from './util.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXAMPLES = path.join(root, 'examples');
const CHROMIUM = '/usr/bin/chromium';

/** ms per agreement; targets from the issue. */
const TARGETS = { html: 2, md: 2, txt: 2, docx: 10, pdf: 15 };

/** The first contract of each example file. */
async function loadContracts() {
    const files = readdirSync(EXAMPLES).filter(name => name.endsWith('.tandem')).sort()
        .map(name => ({ path: path.join(EXAMPLES, name), absolutePath: path.join(EXAMPLES, name) }));
    const { checked } = await checkFiles(files);
    return checked.map(file => file.document.parseResult.value.declarations.find(isContract)).filter(Boolean).map(buildEffectiveContract);
}

async function timeFormat(contracts, format, count) {
    const warmUp = Math.min(50, count);
    for (let i = 0; i < warmUp; i++) {
        await renderAgreement(buildAgreement(contracts[i % contracts.length]), { format });
    }
    const start = performance.now();
    for (let i = 0; i < count; i++) {
        await renderAgreement(buildAgreement(contracts[i % contracts.length]), { format });
    }
    return (performance.now() - start) / count;
}

async function timeChromium(pages, count) {
    const { chromium } = await import('playwright-core');
    const profile = mkdtempSync(path.join(tmpdir(), 'tandem-bench-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
    });
    try {
        const page = await context.newPage();
        await page.setContent(pages[0], { waitUntil: 'load' });
        await page.pdf({ preferCSSPageSize: true });
        const start = performance.now();
        for (let i = 0; i < count; i++) {
            await page.setContent(pages[i % pages.length], { waitUntil: 'load' });
            await page.pdf({ preferCSSPageSize: true, printBackground: true });
        }
        return (performance.now() - start) / count;
    } finally {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
    }
}

export async function benchRender({ count = 1000, chromiumCount = 24 } = {}) {
    const contracts = await loadContracts();
    console.log(`\nRender: ${count.toLocaleString('en')} agreements per format in one process (the ${contracts.length} example contracts in turn, model built each time)`);
    const results = {};
    for (const format of ['html', 'md', 'txt', 'docx', 'pdf']) {
        const ms = await timeFormat(contracts, format, count);
        results[format] = { msPerAgreement: ms, targetMs: TARGETS[format] };
        console.log(row(`${format}, per agreement`, `${ms.toFixed(2)} ms`, `<= ${TARGETS[format]} ms`, ms <= TARGETS[format]));
    }
    if (existsSync(CHROMIUM)) {
        const ms = await timeChromium(contracts.map(contract => writeHtml(buildAgreement(contract))), chromiumCount);
        const ratio = ms / results.pdf.msPerAgreement;
        results.chromiumPdf = { msPerAgreement: ms, count: chromiumCount, ratioToPdfkit: ratio };
        console.log(row('chromium print-to-PDF (baseline)', `${ms.toFixed(1)} ms`, `${ratio.toFixed(1)}× pdfkit's time`));
    } else {
        console.log(row('chromium print-to-PDF (baseline)', 'not installed', 'scripts/setup-test-env.sh'));
    }
    return results;
}

// Run on its own: node scripts/bench/render.mjs [count]
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    await benchRender({ count: Number(process.argv[2] ?? 1000) });
}
