// `npm run bench`: every benchmark suite, each printing its figures against its targets and a
// baseline measured in the same run. Results are also written to bench-results/latest.json.
import { mkdirSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchBatch } from './batch.mjs';
import { benchLanguage } from './language.mjs';
import { benchLsp } from './lsp.mjs';
import { benchRender } from './render.mjs';
import { benchStudio } from './studio.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const workDir = mkdtempSync(path.join(os.tmpdir(), 'tandem-bench-'));
const results = {};
try {
    results.language = await benchLanguage({ workDir });
    results.batch = await benchBatch({ workDir });
    results.render = await benchRender();
    results.lsp = await benchLsp({ workDir });
    results.studio = await benchStudio();
} finally {
    rmSync(workDir, { recursive: true, force: true });
}
mkdirSync(path.join(root, 'bench-results'), { recursive: true });
writeFileSync(path.join(root, 'bench-results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nResults written to bench-results/latest.json');
