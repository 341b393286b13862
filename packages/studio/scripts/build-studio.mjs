// Builds Tandem Studio's static app into packages/studio/dist: index.html (with the
// Content-Security-Policy), studio.css, studio.js (the page: CodeMirror and its LSP client) and
// worker.js (the language worker: Langium and the renderer), whose PDF and DOCX writers are
// chunks loaded on first use, and the fonts the PDF writer fetches then. Any web server can host
// the folder; `tandem studio` serves it with its files API. Run by scripts/bundle.mjs (so by
// `npm run build`), after `tsc -b` (the policy is read from the compiled server module).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const studioDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** The grammar's keywords, from the generated parser's `TandemKeywordNames`, for highlighting. */
function grammarKeywords(root) {
    const ast = readFileSync(path.join(root, 'packages/language/src/generated/ast.ts'), 'utf8');
    const union = /export type TandemKeywordNames =([^;]*);/.exec(ast);
    if (!union) {
        throw new Error('build-studio: no TandemKeywordNames in the generated ast.ts (run `npm run generate`)');
    }
    return [...union[1].matchAll(/"([A-Za-z][A-Za-z-]*)"/g)].map(match => match[1]);
}

/**
 * @param {string} root the repository
 * @param {{ alias: Record<string, string>, plugins: import('esbuild').Plugin[] }} options
 */
export async function buildStudio(root, { alias, plugins }) {
    const dist = path.join(studioDir, 'dist');
    rmSync(dist, { recursive: true, force: true });
    mkdirSync(dist, { recursive: true });
    const common = {
        bundle: true,
        platform: 'browser',
        format: 'esm',
        target: ['chrome115', 'firefox115', 'safari16'],
        minify: true,
        sourcemap: 'linked',
        legalComments: 'linked',
        logLevel: 'warning',
        alias,
        plugins
    };
    await build({
        ...common,
        entryPoints: { studio: path.join(studioDir, 'src/app/main.ts') },
        outdir: dist,
        define: { __TANDEM_KEYWORDS__: JSON.stringify(grammarKeywords(root)) }
    });
    await build({
        ...common,
        entryPoints: { worker: path.join(studioDir, 'src/worker/language-worker.ts') },
        outdir: dist,
        splitting: true,
        chunkNames: 'chunks/[name]-[hash]'
    });

    const { metaContentSecurityPolicy } = await import(pathToFileURL(path.join(studioDir, 'lib/content-security-policy.js')).href);
    const html = readFileSync(path.join(studioDir, 'static/index.html'), 'utf8').replace('%CONTENT_SECURITY_POLICY%', metaContentSecurityPolicy());
    writeFileSync(path.join(dist, 'index.html'), html);
    copyFileSync(path.join(studioDir, 'static/studio.css'), path.join(dist, 'studio.css'));
    const require = createRequire(import.meta.url);
    mkdirSync(path.join(dist, 'fonts'), { recursive: true });
    for (const font of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']) {
        copyFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${font}`), path.join(dist, 'fonts', font));
    }
}
