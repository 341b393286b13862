// The workspace packages as bundlers see them: each `@tandem/*` import resolves to its
// TypeScript sources, so one build step bundles them and no package's stale dist is used.
// Shared by scripts/bundle.mjs (CLI, language server, Studio) and packages/vscode/scripts/bundle-extension.mjs.
import * as path from 'node:path';

export function workspaceAliases(root) {
    return {
        '@tandem/language/node': path.join(root, 'packages/language/src/node/index.ts'),
        '@tandem/language/lsp': path.join(root, 'packages/language/src/lsp/index.ts'),
        '@tandem/language/default-locale': path.join(root, 'packages/language/src/model/default-locale.ts'),
        '@tandem/language/protocol': path.join(root, 'packages/language/src/lsp/protocol.ts'),
        '@tandem/language': path.join(root, 'packages/language/src/index.ts'),
        '@tandem/render/browser': path.join(root, 'packages/render/src/browser.ts'),
        '@tandem/render': path.join(root, 'packages/render/src/index.ts'),
        '@tandem/language-server/preview': path.join(root, 'packages/language-server/src/preview.ts'),
        '@tandem/batch/render-worker': path.join(root, 'packages/batch/src/render-worker.ts'),
        '@tandem/batch': path.join(root, 'packages/batch/src/index.ts'),
        '@tandem/export': path.join(root, 'packages/export/src/index.ts'),
        '@tandem/studio/server': path.join(root, 'packages/studio/src/server/index.ts')
    };
}

/**
 * The same for a bundle that runs in a browser (Studio's worker): `@tandem/render` is the
 * renderer's browser entry point, whatever imports it (the language server's preview included).
 */
export function browserWorkspaceAliases(root) {
    return { ...workspaceAliases(root), '@tandem/render': path.join(root, 'packages/render/src/browser.ts') };
}
