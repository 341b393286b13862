// `npm start`: after the build (run by the npm script), runs the main job on the bundled
// examples and prints where the results are: validate every example, writing the report as
// text and JSON under out/, then render every example contract (examples/*.tandem, not
// examples/lib) in every format under out/agreements/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cli = path.join(root, 'packages/cli/bin/tandem.js');
const out = path.join(root, 'out');
mkdirSync(out, { recursive: true });

function tandem(args) {
    const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    if (result.error) {
        throw result.error;
    }
    return result;
}

console.log('Validating the examples: tandem validate examples\n');
const text = tandem(['validate', 'examples']);
process.stdout.write(text.stdout);
process.stderr.write(text.stderr);
writeFileSync(path.join(out, 'validation.txt'), text.stdout);
const json = tandem(['validate', 'examples', '--format', 'json']);
writeFileSync(path.join(out, 'validation.json'), json.stdout);

const FORMATS = ['html', 'md', 'txt', 'pdf', 'docx'];
const agreements = path.join(out, 'agreements');
mkdirSync(agreements, { recursive: true });
const examples = readdirSync(path.join(root, 'examples')).filter(name => name.endsWith('.tandem')).sort();
console.log(`\nRendering ${examples.length} example contracts as ${FORMATS.join(', ')}: tandem render examples/<name>.tandem --out out/agreements/<name>.<format>`);
let renderFailures = 0;
for (const example of examples) {
    const base = example.replace(/\.tandem$/, '');
    for (const format of FORMATS) {
        const target = path.join(agreements, `${base}.${format}`);
        const result = tandem(['render', path.join('examples', example), '--format', format, '--out', target]);
        if (result.status !== 0) {
            renderFailures++;
            process.stderr.write(`  failed: ${example} as ${format} (exit ${result.status})\n${result.stderr}`);
        }
    }
}

// Batch generation: every bundled data file through its template, one agreement per row.
const BATCHES = [
    { template: 'HousingSupport', file: 'examples/lib/housing-template.tandem', data: 'examples/data/housing-rows.csv' },
    { template: 'HousingSupport', file: 'examples/lib/housing-template.tandem', data: 'examples/data/housing-rows.json' },
    { template: 'Counselling', file: 'examples/lib/counselling-template.tandem', data: 'examples/data/counselling-rows.csv' },
    { template: 'Counselling', file: 'examples/lib/counselling-template.tandem', data: 'examples/data/counselling-rows.json' }
];
const BATCH_FORMAT = 'html';
const batches = path.join(out, 'batch');
let batchFailures = 0;
console.log(`\nGenerating agreements from data: tandem batch <template file> --template NAME --data <rows> --out out/batch/<rows> --format ${BATCH_FORMAT}`);
for (const batch of BATCHES) {
    const target = path.join(batches, path.basename(batch.data).replace('.', '-'));
    const result = tandem(['batch', batch.file, '--template', batch.template, '--data', batch.data, '--out', path.relative(root, target), '--format', BATCH_FORMAT, '--quiet']);
    process.stderr.write(`  ${batch.data}: ${result.stderr.trim().split('\n').pop()}\n`);
    if (result.status !== 0) {
        batchFailures++;
        process.stderr.write(result.stderr);
    }
}

console.log('\nResults:');
console.log(`  validation report  ${path.relative(process.cwd(), path.join(out, 'validation.txt')) || 'out/validation.txt'}`);
console.log(`  as JSON            ${path.relative(process.cwd(), path.join(out, 'validation.json'))}`);
console.log(`  agreements         ${path.relative(process.cwd(), agreements)}/ (${examples.length} contracts × ${FORMATS.length} formats: ${FORMATS.join(', ')}; open the .html files in a browser)`);
console.log(`  batch              ${path.relative(process.cwd(), batches)}/ (one folder per data file, each with its manifest.json)`);
console.log(`  Tandem Studio      ${path.relative(process.cwd(), path.join(root, 'packages/studio/dist'))}/ (the browser app, to host on any web server); \`npx tandem studio examples\` opens the examples in it`);
process.exitCode = renderFailures > 0 || batchFailures > 0 ? 1 : text.status ?? 2;
