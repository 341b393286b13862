// `npm run package`: bundles the extension (bundle-extension.mjs) and writes the .vsix with
// @vscode/vsce, offline. Everything the extension runs is in dist/ (no node_modules in the
// package); README images stay relative (they show in VS Code's extension page; the package
// names no repository to rewrite them against). Prints the path of the .vsix.
// Usage: node scripts/package-extension.mjs [--out FILE]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const extension = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const manifest = JSON.parse(readFileSync(path.join(extension, 'package.json'), 'utf8'));
const outIndex = process.argv.indexOf('--out');
const out = outIndex > 0 ? path.resolve(process.argv[outIndex + 1]) : path.join(extension, `${manifest.name}-${manifest.version}.vsix`);

execFileSync(process.execPath, [path.join(extension, 'scripts/bundle-extension.mjs')], { stdio: 'inherit' });

const require = createRequire(import.meta.url);
const vsce = path.join(path.dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--no-rewrite-relative-links', '--allow-missing-repository', '--out', out], {
    cwd: extension, stdio: ['ignore', 'inherit', 'inherit']
});
console.log(out);
