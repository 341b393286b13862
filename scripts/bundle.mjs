// Bundles the CLI into one ESM file (packages/cli/dist/tandem.js), so that starting it loads
// one module instead of hundreds: `tandem validate` on a small file must start fast.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

await build({
    entryPoints: [path.join(root, 'packages/cli/src/main.ts')],
    outfile: path.join(root, 'packages/cli/dist/tandem.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    legalComments: 'linked',
    logLevel: 'warning',
    // Some CommonJS dependencies call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __tandemCreateRequire } from 'node:module'; const require = __tandemCreateRequire(import.meta.url);" },
    // Resolve the workspace packages to their TypeScript sources: one build step, no stale dist.
    alias: {
        '@tandem/language/node': path.join(root, 'packages/language/src/node/index.ts'),
        '@tandem/language': path.join(root, 'packages/language/src/index.ts')
    }
});
