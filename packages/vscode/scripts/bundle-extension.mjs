// Bundles the extension for VS Code's extension host (Node 20, CommonJS): dist/extension.cjs
// (the client, with @tandem/language, @tandem/render, @tandem/batch and @tandem/export for export,
// batch, calendar, FHIR, Compare with… and the preview's fallback) and dist/server.cjs (the language server of packages/language-server), and
// copies beside them what they read at run time: the renderer's message files (locales/) and the
// DejaVu fonts the PDF writer embeds (fonts/). The @tandem/* packages resolve to their sources,
// as in scripts/bundle.mjs.
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { oneJsonRpc } from '../../../scripts/one-json-rpc.mjs';
import { workspaceAliases } from '../../../scripts/workspace-aliases.mjs';

const extension = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const root = path.dirname(path.dirname(extension));
const require = createRequire(import.meta.url);

const alias = workspaceAliases(root);

/** The renderer finds its fonts through node_modules; in the extension they are in fonts/. */
let fontsRedirected = false;
const bundledFonts = {
    name: 'tandem-bundled-fonts',
    setup(builder) {
        builder.onResolve({ filter: /^\.\/fonts\.js$/ }, args => {
            if (!path.dirname(args.importer).endsWith(path.join('render', 'src', 'node'))) {
                return undefined;
            }
            fontsRedirected = true;
            return { path: path.join(extension, 'src/bundled-fonts.ts') };
        });
    }
};

const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
    mainFields: ['module', 'main'],
    conditions: ['node', 'import'],
    // ESM sources read files next to themselves through import.meta.url (the renderer's
    // `../../locales`): in the bundle they see themselves as dist/tandem/module.cjs, so that
    // `../../locales` is the extension's locales/ folder.
    define: { 'import.meta.url': '__tandemImportMetaUrl' },
    banner: { js: "const __tandemImportMetaUrl = require('node:url').pathToFileURL(require('node:path').join(__dirname, 'tandem', 'module.cjs')).href;" },
    alias,
    plugins: [bundledFonts]
};

rmSync(path.join(extension, 'dist'), { recursive: true, force: true });

await build({
    ...common,
    entryPoints: [path.join(extension, 'src/extension.ts')],
    outfile: path.join(extension, 'dist/extension.cjs'),
    external: ['vscode'],
    plugins: [bundledFonts, oneJsonRpc(root, 'vscode-languageclient')]
});
if (!fontsRedirected) {
    // The PDF writer would look for its fonts in node_modules, which the extension does not ship.
    throw new Error('bundle-extension: the renderer no longer imports ./fonts.js from its node/ folder; update the tandem-bundled-fonts plugin');
}

await build({
    ...common,
    entryPoints: [path.join(root, 'packages/language-server/src/main.ts')],
    outfile: path.join(extension, 'dist/server.cjs'),
    plugins: [bundledFonts, oneJsonRpc(root)]
});

rmSync(path.join(extension, 'locales'), { recursive: true, force: true });
cpSync(path.join(root, 'packages/render/locales'), path.join(extension, 'locales'), { recursive: true });
const fonts = path.dirname(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf', { paths: [path.join(root, 'packages/render')] }));
mkdirSync(path.join(extension, 'fonts'), { recursive: true });
for (const file of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']) {
    cpSync(path.join(fonts, file), path.join(extension, 'fonts', file));
}
cpSync(path.join(fonts, '..', 'LICENSE'), path.join(extension, 'fonts', 'LICENSE'));
cpSync(path.join(root, 'syntaxes'), path.join(extension, 'syntaxes'), { recursive: true });
