// The batch benchmark (issue: batch generation): 1,000 rows to each format with --jobs 1 and
// --jobs 2 (agreements per second, the speed-up of 2 jobs over 1 measured in the same run, peak
// RSS), and 100,000 JSONL rows to txt against 1,000 to show that memory stays flat.
// Shared 2-core machines are noisy (the same run varies by a third): --jobs 1 and --jobs 2 are
// run in turn, round after round; times are the best of the rounds (the slowest is printed too),
// and the speed-up is the median of each round's ratio, whose runs are next to each other in time.
// The machine's own ceiling for the speed-up is measured in the same rounds: the same 1,000 rows
// as two separate --jobs 1 batches of 500, run at once in two processes that share nothing. Two
// such processes rendering PDFs or DOCX on two cores do not run twice as fast as one (they
// contend for memory and caches, and a lone batch already uses a second core for garbage
// collection, compilation and file writes), so --jobs 2 is shown against that ceiling too.
import { spawn } from 'node:child_process';
import { createWriteStream, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RENDER_FORMATS } from '../../packages/render/dist/index.js';
import { median, row, runNode } from './util.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const TEMPLATE_FILE = path.join(root, 'examples/lib/housing-template.tandem');
const HEADER = ['clientName', 'clientPhone', 'workerName', 'start', 'housingBy', 'searchDue'];

function rowValues(i) {
    return [`Client ${i}`, `555-01${String(i % 100).padStart(2, '0')}`, 'Sam Lee', '2026-12-01', '2027-02-01', '2026-12-20'];
}

/** Rounds for pdf and docx (the speed-up) and for html (figures only). */
const ROUNDS = 5;
const TEXT_ROUNDS = 3;

function batchArgs(data, out, format, jobs) {
    return [path.join(here, 'batch-run.mjs'), TEMPLATE_FILE, 'HousingSupport', data, out, format, String(jobs)];
}

function run(data, out, format, jobs, nodeOptions = []) {
    const result = runNode([...nodeOptions, ...batchArgs(data, out, format, jobs)]);
    rmSync(out, { recursive: true, force: true });
    return JSON.parse(result.stdout);
}

/** Separate --jobs 1 batches at once, one process each: the time of the slowest. */
async function runApart(datas, out, format) {
    const results = await Promise.all(datas.map((data, i) => new Promise((resolve, reject) => {
        const child = spawn(process.execPath, batchArgs(data, `${out}-${i}`, format, 1), { stdio: ['ignore', 'pipe', 'inherit'] });
        let stdout = '';
        child.stdout.on('data', chunk => { stdout += chunk; });
        child.on('error', reject);
        child.on('close', status => (status === 0 ? resolve(JSON.parse(stdout)) : reject(new Error(`batch-run exited with ${status}`))));
    })));
    datas.forEach((_, i) => rmSync(`${out}-${i}`, { recursive: true, force: true }));
    return { ms: Math.max(...results.map(result => result.ms)), written: results.reduce((sum, result) => sum + result.written, 0) };
}

function writeCsv(file, from, to) {
    writeFileSync(file, `${[HEADER.join(','), ...Array.from({ length: to - from }, (_, i) => rowValues(from + i).join(','))].join('\n')}\n`);
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
    writeCsv(csv, 0, 1000);
    const halves = [path.join(workDir, 'rows-1-500.csv'), path.join(workDir, 'rows-501-1000.csv')];
    writeCsv(halves[0], 0, 500);
    writeCsv(halves[1], 500, 1000);
    const formats = ['html', 'pdf', 'docx'].filter(format => RENDER_FORMATS.includes(format));
    console.log(`\nBatch: 1,000 rows of examples/data-like values through template HousingSupport (formats: ${formats.join(', ')})`);
    const results = {};
    for (const format of formats) {
        const needsSpeedUp = format === 'pdf' || format === 'docx';
        const rounds = needsSpeedUp ? ROUNDS : TEXT_ROUNDS;
        const ones = [];
        const twos = [];
        const aparts = [];
        for (let round = 0; round < rounds; round++) {
            ones.push(run(csv, path.join(workDir, `out-${format}-1`), format, 1));
            twos.push(run(csv, path.join(workDir, `out-${format}-2`), format, 2));
            if (needsSpeedUp) {
                aparts.push(await runApart(halves, path.join(workDir, `out-${format}-apart`), format));
            }
        }
        const best = runs => runs.reduce((a, b) => (b.ms < a.ms ? b : a));
        const slowest = runs => Math.max(...runs.map(r => r.ms));
        // Each round's --jobs 1 against the runs next to it in time: the machine's drift cancels.
        const ratios = others => ones.map((one, i) => one.ms / others[i].ms);
        const range = values => `median of ${values.length}, ${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}`;
        const one = best(ones);
        const two = best(twos);
        const speedUps = ratios(twos);
        const speedUp = median(speedUps);
        results[format] = { jobs1: one, jobs2: two, speedUp, speedUps, rounds, jobs1Ms: ones.map(r => r.ms), jobs2Ms: twos.map(r => r.ms) };
        const spread = runs => `best of ${rounds}, slowest ${(slowest(runs) / 1000).toFixed(1)} s`;
        console.log(row(`${format}, --jobs 1`, `${(1000 / (one.ms / 1000)).toFixed(0)} /s`, `${(one.ms / 1000).toFixed(2)} s, ${one.maxRssMB.toFixed(0)} MB (${spread(ones)})`));
        console.log(row(`${format}, --jobs 2`, `${(1000 / (two.ms / 1000)).toFixed(0)} /s`, `${(two.ms / 1000).toFixed(2)} s, ${two.maxRssMB.toFixed(0)} MB (${spread(twos)})`));
        if (needsSpeedUp) {
            const apart = best(aparts);
            const ceilings = ratios(aparts);
            const ceiling = median(ceilings);
            results[format].apart = { ms: apart.ms, ceiling, ceilings, apartMs: aparts.map(r => r.ms) };
            console.log(row(`${format}, 2 × 500 rows, 2 processes`, `${(1000 / (apart.ms / 1000)).toFixed(0)} /s`, `${(apart.ms / 1000).toFixed(2)} s (${spread(aparts)})`));
            console.log(row(`${format}, this machine's ceiling`, `${ceiling.toFixed(2)}×`, `2 processes over 1 (${range(ceilings)})`));
        }
        console.log(row(`${format}, speed-up of --jobs 2 over 1`, `${speedUp.toFixed(2)}×`, needsSpeedUp ? `>= 1.6× (${range(speedUps)})` : '(text: main thread)', needsSpeedUp ? speedUp >= 1.6 : undefined));
        if (needsSpeedUp) {
            console.log(row(`${format}, --jobs 2 against the ceiling`, `${(speedUp / results[format].apart.ceiling).toFixed(2)}`, '(1: as fast as 2 processes)'));
        }
        if (format === 'pdf') {
            console.log(row('1,000 PDFs with --jobs 2', `${(two.ms / 1000).toFixed(2)} s`, '< 10 s', two.ms < 10_000));
        }
    }

    // The same rows, 1,000 and `large` of them: peak RSS, and the live heap once the batch is done.
    const jsonl = path.join(workDir, `rows-${large}.jsonl`);
    const jsonlSmall = path.join(workDir, 'rows-1000.jsonl');
    await writeJsonl(jsonl, large);
    await writeJsonl(jsonlSmall, 1000);
    const small = run(jsonlSmall, path.join(workDir, 'out-txt-small'), 'txt', 1, ['--expose-gc']);
    const big = run(jsonl, path.join(workDir, 'out-txt-big'), 'txt', 1, ['--expose-gc']);
    rmSync(jsonl, { force: true });
    console.log(row(`${large.toLocaleString('en')} JSONL rows to txt`, `${(large / (big.ms / 1000)).toFixed(0)} /s`, `${(big.ms / 1000).toFixed(1)} s`));
    console.log(row('peak RSS, 1,000 rows (baseline)', `${small.maxRssMB.toFixed(0)} MB`, ''));
    console.log(row(`peak RSS, ${large.toLocaleString('en')} rows`, `${big.maxRssMB.toFixed(0)} MB`, '< 300 MB', big.maxRssMB < 300));
    console.log(row('live heap after, 1,000 rows', `${small.liveHeapMB.toFixed(1)} MB`, '(baseline)'));
    console.log(row(`live heap after, ${large.toLocaleString('en')} rows`, `${big.liveHeapMB.toFixed(1)} MB`, `${(big.liveHeapMB / small.liveHeapMB).toFixed(2)}× (flat: about 1)`));
    results.jsonl = { rows: large, big, small };
    return results;
}
