// Bundles the CLI (packages/cli/dist/tandem.js) and the language server
// (packages/language-server/dist/server.js) into one ESM file each, so that starting either loads
// one module instead of hundreds: `tandem validate` on a small file must start fast. Then builds
// Tandem Studio's static app (packages/studio/dist), whose worker has the renderer's browser entry.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';
import { oneJsonRpc } from './one-json-rpc.mjs';
import { buildStudio } from '../packages/studio/scripts/build-studio.mjs';
import { browserWorkspaceAliases, workspaceAliases } from './workspace-aliases.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

const alias = workspaceAliases(root);

const common = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    legalComments: 'linked',
    logLevel: 'warning',
    // Some CommonJS dependencies call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __tandemCreateRequire } from 'node:module'; const require = __tandemCreateRequire(import.meta.url);" },
    alias
};

// The CLI is split: each command's code is a chunk loaded when that command runs, so that
// `tandem validate` does not load the renderer, batch generation or pdf-lib.
rmSync(path.join(root, 'packages/cli/dist/chunks'), { recursive: true, force: true });
await build({
    ...common,
    entryPoints: { tandem: path.join(root, 'packages/cli/src/main.ts') },
    outdir: path.join(root, 'packages/cli/dist'),
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    // The PDF and DOCX writers load these on first use (dynamic import): kept outside the
    // bundle, they cost nothing to commands that do not write PDF or DOCX.
    external: ['pdfkit', 'docx']
});

await build({
    ...common,
    entryPoints: [path.join(root, 'packages/language-server/src/main.ts')],
    outfile: path.join(root, 'packages/language-server/dist/server.js'),
    plugins: [oneJsonRpc(root)],
    // The preview renders HTML only: the PDF and DOCX writers' libraries stay outside.
    external: ['pdfkit', 'docx']
});

await buildStudio(root, { alias: browserWorkspaceAliases(root), plugins: [oneJsonRpc(root)] });
