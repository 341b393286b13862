// One benchmark process for batch generation: runs a batch in this process (workers are
// threads of it, so maxRSS covers them) and prints one JSON line. Run with --expose-gc, it also
// gives the live heap after the batch (what is still held once the garbage is collected).
//   node batch-run.mjs <template-file> <template> <data> <out> <format> <jobs>
import * as path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { fileURLToPath } from 'node:url';
import { BatchRun } from '../../packages/batch/dist/index.js';

const [file, template, data, out, format, jobs] = process.argv.slice(2);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const workerEntry = { url: new URL(`file://${path.join(root, 'packages/cli/dist/tandem.js')}`), workerData: { tandemRenderWorker: true } };

const start = performance.now();
const result = await new BatchRun({ file, template, data, out, format, jobs: Number(jobs), workerEntry }).run();
const ms = performance.now() - start;
globalThis.gc?.();
const liveHeapMB = globalThis.gc ? getHeapStatistics().used_heap_size / 2 ** 20 : undefined;
process.stdout.write(`${JSON.stringify({ ms, written: result.written, failed: result.failed, maxRssMB: process.resourceUsage().maxRSS / 1024, liveHeapMB })}\n`);
