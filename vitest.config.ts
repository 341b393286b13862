import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const src = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
    resolve: {
        alias: [
            { find: /^@tandem\/language\/lsp$/, replacement: src('./packages/language/src/lsp/index.ts') },
            { find: /^@tandem\/language\/default-locale$/, replacement: src('./packages/language/src/model/default-locale.ts') },
            { find: /^@tandem\/language\/protocol$/, replacement: src('./packages/language/src/lsp/protocol.ts') },
            { find: /^@tandem\/batch\/render-worker$/, replacement: src('./packages/batch/src/render-worker.ts') },
            { find: /^@tandem\/batch$/, replacement: src('./packages/batch/src/index.ts') },
            { find: /^@tandem\/language-server\/preview$/, replacement: src('./packages/language-server/src/preview.ts') },
            { find: /^@tandem\/studio\/server$/, replacement: src('./packages/studio/src/server/index.ts') },
            { find: /^@tandem\/export$/, replacement: src('./packages/export/src/index.ts') },
            { find: /^@tandem\/language\/node$/, replacement: src('./packages/language/src/node/index.ts') },
            { find: /^@tandem\/language$/, replacement: src('./packages/language/src/index.ts') },
            { find: /^@tandem\/render\/browser$/, replacement: src('./packages/render/src/browser.ts') },
            { find: /^@tandem\/render$/, replacement: src('./packages/render/src/index.ts') }
        ]
    },
    test: {
        include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
        // Installs Debian's chromium (scripts/setup-test-env.sh) when it is missing.
        globalSetup: ['test/setup/chromium.ts'],
        testTimeout: 60_000,
        hookTimeout: 120_000
    }
});
