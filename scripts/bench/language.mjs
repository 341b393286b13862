// The language core benchmark (issue: language core): a workspace of 1,000 contracts, parse-only
// against full validation in the same run, peak memory, and `tandem validate` on one small file
// as a whole process.
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';
import { generateWorkspace } from './workspace.mjs';
import { median, row, runNode } from './util.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const RUNS = 7;

export async function benchLanguage({ workDir }) {
    const dir = path.join(workDir, 'workspace');
    const { files, lines } = generateWorkspace(dir);
    console.log(`\nLanguage core: ${files.length} files (1,000 contracts, templates and imports), ${lines} lines; median of ${RUNS} runs after a warm-up`);

    const run = (mode, iterations) => JSON.parse(runNode(['--expose-gc', path.join(here, 'language-run.mjs'), dir, mode, String(iterations)]).stdout);
    // Warm-up plus RUNS timed iterations, parse and full in turn in one process; memory from a fresh
    // process doing one full build. The ratio is the median of each iteration's full / parse (the
    // two runs next to each other in time), so that the machine's drift cancels out.
    const timed = run('both', RUNS + 1);
    const memory = run('full', 1);
    const parseMs = median(timed.parseTimes.slice(1));
    const fullMs = median(timed.fullTimes.slice(1));
    const full = timed;
    const linesPerSecond = Math.round(lines / (fullMs / 1000));
    const ratios = timed.fullTimes.slice(1).map((ms, i) => ms / timed.parseTimes[i + 1]);
    const ratio = median(ratios);

    const cli = path.join(root, 'packages/cli/bin/tandem.js');
    const small = path.join(root, 'test/fixtures/validate/valid.tandem');
    const wall = [];
    for (let i = 0; i < RUNS + 1; i++) {
        const start = performance.now();
        const result = spawnSync(process.execPath, [cli, 'validate', small], { encoding: 'utf8' });
        wall.push(performance.now() - start);
        if (result.status !== 0) {
            throw new Error(`tandem validate failed: ${result.stderr}${result.stdout}`);
        }
    }
    const wallMs = median(wall.slice(1));

    console.log(row('parse only', `${parseMs.toFixed(0)} ms`, '(baseline)'));
    console.log(row('full validation (parse+link+validate)', `${fullMs.toFixed(0)} ms`, ''));
    console.log(row('full validation lines/s', linesPerSecond.toLocaleString('en'), '>= 30,000', linesPerSecond >= 30_000));
    console.log(row('ratio full / parse-only', ratio.toFixed(2), `<= 2.0 (median of ${ratios.length} pairs, ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`, ratio <= 2.0));
    console.log(row('peak RSS (one full validation)', `${memory.maxRssMB.toFixed(0)} MB`, '< 300 MB', memory.maxRssMB < 300));
    console.log(row('tandem validate, one small file', `${wallMs.toFixed(0)} ms`, '< 400 ms', wallMs < 400));
    console.log(`  (errors and warnings in the workspace: ${full.diagnostics}; node ${process.version}, ${os.cpus().length} cores)`);
    return {
        lines, parseMs, fullMs, linesPerSecond, ratio, peakRssMB: memory.maxRssMB, smallFileMs: wallMs,
        ok: linesPerSecond >= 30_000 && ratio <= 2.0 && memory.maxRssMB < 300 && wallMs < 400
    };
}
