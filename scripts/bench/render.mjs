// The renderer benchmark (issue: the readable agreement): 1,000 agreements per format in one
// process, from the effective contract of examples/housing-support.tandem (agreement model built
// and written each time), in ms per agreement against the targets; where chromium is installed,
// the same HTML printed to PDF by chromium (a warm page) as the baseline for the pdf writer.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEffectiveContract, isContract } from '../../packages/language/dist/index.js';
import { checkFiles } from '../../packages/language/dist/node/index.js';
import { buildAgreement, renderAgreement, writeHtml } from '../../packages/render/dist/index.js';
import { row } from './util.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXAMPLE = path.join(root, 'examples/housing-support.tandem');
const CHROMIUM = '/usr/bin/chromium';

/** ms per agreement; targets from the issue. */
const TARGETS = { html: 2, md: 2, txt: 2, docx: 10, pdf: 15 };

async function loadContract() {
    const { checked } = await checkFiles([{ path: EXAMPLE, absolutePath: EXAMPLE }]);
    return buildEffectiveContract(checked[0].document.parseResult.value.declarations.find(isContract));
}

async function timeFormat(contract, format, count) {
    const warmUp = Math.min(50, count);
    for (let i = 0; i < warmUp; i++) {
        await renderAgreement(buildAgreement(contract), { format });
    }
    const start = performance.now();
    for (let i = 0; i < count; i++) {
        await renderAgreement(buildAgreement(contract), { format });
    }
    return (performance.now() - start) / count;
}

async function timeChromium(html, count) {
    const { chromium } = await import('playwright-core');
    const profile = mkdtempSync(path.join(tmpdir(), 'tandem-bench-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
    });
    try {
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        await page.pdf({ preferCSSPageSize: true });
        const start = performance.now();
        for (let i = 0; i < count; i++) {
            await page.setContent(html, { waitUntil: 'load' });
            await page.pdf({ preferCSSPageSize: true, printBackground: true });
        }
        return (performance.now() - start) / count;
    } finally {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
    }
}

export async function benchRender({ count = 1000, chromiumCount = 20 } = {}) {
    const contract = await loadContract();
    console.log(`\nRender: ${count.toLocaleString('en')} agreements per format in one process (examples/housing-support.tandem, model built each time)`);
    const results = {};
    for (const format of ['html', 'md', 'txt', 'docx', 'pdf']) {
        const ms = await timeFormat(contract, format, count);
        results[format] = { msPerAgreement: ms, targetMs: TARGETS[format] };
        console.log(row(`${format}, per agreement`, `${ms.toFixed(2)} ms`, `<= ${TARGETS[format]} ms`, ms <= TARGETS[format]));
    }
    if (existsSync(CHROMIUM)) {
        const ms = await timeChromium(writeHtml(buildAgreement(contract)), chromiumCount);
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
