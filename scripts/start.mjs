// `npm start`: after the build (run by the npm script), runs the main job on the bundled
// examples and prints where the results are. Today: validate every example, writing the report
// as text and JSON under out/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
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

console.log('\nResults:');
console.log(`  validation report  ${path.relative(process.cwd(), path.join(out, 'validation.txt')) || 'out/validation.txt'}`);
console.log(`  as JSON            ${path.relative(process.cwd(), path.join(out, 'validation.json'))}`);
process.exitCode = text.status ?? 2;
