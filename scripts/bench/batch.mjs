// The batch benchmark (issue: batch generation): 1,000 rows to each format with --jobs 1 and
// --jobs 2 (agreements per second, the speed-up of 2 jobs over 1 measured in the same run, peak
// RSS), and 100,000 JSONL rows to txt against 1,000 to show that memory stays flat.
// Shared 2-core machines are noisy (the same run varies by a third): --jobs 1 and --jobs 2 are
// run in turn ROUNDS times and the best time of each is compared; the slowest is printed too.
import { createWriteStream, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RENDER_FORMATS } from '../../packages/render/dist/index.js';
import { row, runNode } from './util.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const TEMPLATE_FILE = path.join(root, 'examples/lib/housing-template.tandem');
const HEADER = ['clientName', 'clientPhone', 'workerName', 'start', 'housingBy', 'searchDue'];

function rowValues(i) {
    return [`Client ${i}`, `555-01${String(i % 100).padStart(2, '0')}`, 'Sam Lee', '2026-12-01', '2027-02-01', '2026-12-20'];
}

const ROUNDS = 3;

function run(data, out, format, jobs) {
    const result = runNode([path.join(here, 'batch-run.mjs'), TEMPLATE_FILE, 'HousingSupport', data, out, format, String(jobs)]);
    rmSync(out, { recursive: true, force: true });
    return JSON.parse(result.stdout);
}

async function writeJsonl(file, count) {
    const stream = createWriteStream(file);
    for (let i = 0; i < count; i++) {
        const line = `${JSON.stringify(Object.fromEntries(HEADER.map((key, k) => [key, rowValues(i)[k]])))}\n`;
        if (!stream.write(line)) {
            await new Promise(resolve => stream.once('drain', resolve));
        }
    }
    await new Promise(resolve => stream.end(resolve));
}

export async function benchBatch({ workDir, large = 100_000 }) {
    const csv = path.join(workDir, 'rows-1000.csv');
    writeFileSync(csv, `${[HEADER.join(','), ...Array.from({ length: 1000 }, (_, i) => rowValues(i).join(','))].join('\n')}\n`);
    const formats = ['html', 'pdf', 'docx'].filter(format => RENDER_FORMATS.includes(format));
    console.log(`\nBatch: 1,000 rows of examples/data-like values through template HousingSupport (formats: ${formats.join(', ')})`);
    const results = {};
    for (const format of formats) {
        const ones = [];
        const twos = [];
        for (let round = 0; round < ROUNDS; round++) {
            ones.push(run(csv, path.join(workDir, `out-${format}-1`), format, 1));
            twos.push(run(csv, path.join(workDir, `out-${format}-2`), format, 2));
        }
        const best = runs => runs.reduce((a, b) => (b.ms < a.ms ? b : a));
        const slowest = runs => Math.max(...runs.map(r => r.ms));
        const one = best(ones);
        const two = best(twos);
        const speedUp = one.ms / two.ms;
        results[format] = { jobs1: one, jobs2: two, speedUp, rounds: ROUNDS, jobs1Ms: ones.map(r => r.ms), jobs2Ms: twos.map(r => r.ms) };
        const spread = runs => `best of ${ROUNDS}, slowest ${(slowest(runs) / 1000).toFixed(1)} s`;
        console.log(row(`${format}, --jobs 1`, `${(1000 / (one.ms / 1000)).toFixed(0)} /s`, `${(one.ms / 1000).toFixed(2)} s, ${one.maxRssMB.toFixed(0)} MB (${spread(ones)})`));
        const needsSpeedUp = format === 'pdf' || format === 'docx';
        console.log(row(`${format}, --jobs 2`, `${(1000 / (two.ms / 1000)).toFixed(0)} /s`, `${(two.ms / 1000).toFixed(2)} s, ${two.maxRssMB.toFixed(0)} MB (${spread(twos)})`));
        console.log(row(`${format}, speed-up of --jobs 2 over 1`, `${speedUp.toFixed(2)}×`, needsSpeedUp ? '>= 1.6×' : '(text: main thread)', needsSpeedUp ? speedUp >= 1.6 : undefined));
        if (format === 'pdf') {
            console.log(row('1,000 PDFs with --jobs 2', `${(two.ms / 1000).toFixed(2)} s`, '< 10 s', two.ms < 10_000));
        }
    }

    const jsonl = path.join(workDir, `rows-${large}.jsonl`);
    await writeJsonl(jsonl, large);
    const small = run(csv, path.join(workDir, 'out-txt-small'), 'txt', 1);
    const big = run(jsonl, path.join(workDir, 'out-txt-big'), 'txt', 1);
    rmSync(jsonl, { force: true });
    console.log(row(`${large.toLocaleString('en')} JSONL rows to txt`, `${(large / (big.ms / 1000)).toFixed(0)} /s`, `${(big.ms / 1000).toFixed(1)} s`));
    console.log(row('peak RSS, 1,000 rows (baseline)', `${small.maxRssMB.toFixed(0)} MB`, ''));
    console.log(row(`peak RSS, ${large.toLocaleString('en')} rows`, `${big.maxRssMB.toFixed(0)} MB`, '< 300 MB', big.maxRssMB < 300));
    console.log(row('memory ratio big / baseline', (big.maxRssMB / small.maxRssMB).toFixed(2), '(flat: about 1)'));
    results.jsonl = { rows: large, big, small };
    return results;
}
