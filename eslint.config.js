// ESLint (flat config) with typescript-eslint: run by `npm run lint`, part of `npm test`.
// It also enforces the architecture's import invariants (docs/ARCHITECTURE.md, "Invariants"):
// the language core has no file system and no editor code, and only the editor side (the
// language server, the extension) loads `@tandem/language/lsp`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const CORE_MESSAGE = 'The core of @tandem/language has no file system and no editor code: put this in src/node/ or src/lsp/ (docs/ARCHITECTURE.md, "Invariants").';
const NODE_MESSAGE = '@tandem/language/node has no editor code: put this in src/lsp/ (docs/ARCHITECTURE.md, "Invariants").';
const LSP_MESSAGE = 'render, batch, cli and the studio\'s server never load editor code (@tandem/language/lsp): use the core or ./node (docs/ARCHITECTURE.md, "Invariants").';
const RENDER_CORE_MESSAGE = 'The core of @tandem/render runs in a browser too: no Node module, no Buffer; put this in src/node/ (docs/ARCHITECTURE.md, "Invariants").';
const STUDIO_PAGE_MESSAGE = "Studio's page loads no language or renderer code and no Node module: ask the language worker (docs/ARCHITECTURE.md, \"Invariants\").";
const STUDIO_WORKER_MESSAGE = "Studio's worker runs in a browser: no Node module, @tandem/render/browser rather than @tandem/render (docs/ARCHITECTURE.md, \"Invariants\").";
const EDITOR_MODULES = ['vscode-languageserver', 'vscode-languageclient', 'vscode'];
const NODE_BUILTINS = ['assert', 'buffer', 'child_process', 'crypto', 'events', 'fs', 'fs/promises', 'http', 'https', 'module', 'net', 'os', 'path', 'process', 'stream', 'url', 'util', 'worker_threads', 'zlib'];

export default tseslint.config(
    {
        ignores: ['**/node_modules/**', '**/dist/**', 'packages/studio/lib/**', '**/generated/**', 'out/**', '.cache/**', 'test-results/**', 'bench-results/**']
    },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
        languageOptions: {
            globals: {
                process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly',
                performance: 'readonly', Buffer: 'readonly', NodeJS: 'readonly', structuredClone: 'readonly'
            }
        },
        rules: {
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
            'no-constant-condition': ['error', { checkLoops: false }],
            'eqeqeq': ['error', 'smart'],
            'prefer-const': 'error'
        }
    },
    {
        // The core of @tandem/language (everything but its ./node and ./lsp entry points).
        files: ['packages/language/src/**/*.ts'],
        ignores: ['packages/language/src/node/**', 'packages/language/src/lsp/**'],
        rules: {
            'no-restricted-imports': ['error', {
                paths: [...NODE_BUILTINS, ...EDITOR_MODULES].map(name => ({ name, message: CORE_MESSAGE })),
                patterns: [
                    { group: ['node:*', 'langium/lsp', 'langium/node', 'vscode-languageserver/*'], message: CORE_MESSAGE },
                    { regex: '^\\.\\.?/(\\.\\./)*(lsp|node)/', message: CORE_MESSAGE }
                ]
            }]
        }
    },
    {
        // @tandem/language/node: the file system, but no editor code.
        files: ['packages/language/src/node/**/*.ts'],
        rules: {
            'no-restricted-imports': ['error', {
                paths: EDITOR_MODULES.map(name => ({ name, message: NODE_MESSAGE })),
                patterns: [
                    { group: ['langium/lsp', 'vscode-languageserver/*'], message: NODE_MESSAGE },
                    { regex: '^\\.\\.?/(\\.\\./)*lsp/', message: NODE_MESSAGE }
                ]
            }]
        }
    },
    {
        // The renderer, the exports, batch, the command line and Studio's local server never load editor code.
        files: ['packages/render/src/**/*.ts', 'packages/export/src/**/*.ts', 'packages/batch/src/**/*.ts', 'packages/cli/src/**/*.ts', 'packages/studio/src/server/**/*.ts'],
        rules: {
            'no-restricted-imports': ['error', {
                paths: [{ name: '@tandem/language/lsp', message: LSP_MESSAGE }, ...EDITOR_MODULES.map(name => ({ name, message: LSP_MESSAGE }))],
                patterns: [{ group: ['@tandem/language/lsp/*', 'langium/lsp', 'vscode-languageserver/*'], message: LSP_MESSAGE }]
            }]
        }
    },
    {
        // The core of @tandem/render (everything but its Node entry point, index.ts, and src/node/)
        // runs in a browser (@tandem/render/browser): no Node modules, no Buffer, no editor code.
        files: ['packages/render/src/**/*.ts'],
        ignores: ['packages/render/src/node/**', 'packages/render/src/index.ts'],
        rules: {
            'no-restricted-imports': ['error', {
                paths: [
                    { name: '@tandem/language/lsp', message: LSP_MESSAGE }, ...EDITOR_MODULES.map(name => ({ name, message: LSP_MESSAGE })),
                    { name: '@tandem/language/node', message: RENDER_CORE_MESSAGE }, ...NODE_BUILTINS.map(name => ({ name, message: RENDER_CORE_MESSAGE }))
                ],
                patterns: [
                    { group: ['@tandem/language/lsp/*', 'langium/lsp', 'vscode-languageserver/*'], message: LSP_MESSAGE },
                    { group: ['node:*'], message: RENDER_CORE_MESSAGE },
                    { regex: '^\\.\\.?/(\\.\\./)*node/', message: RENDER_CORE_MESSAGE }
                ]
            }],
            'no-restricted-globals': ['error', { name: 'Buffer', message: RENDER_CORE_MESSAGE }]
        }
    },
    {
        // Studio's page: the editor and the page's parts; the language and the renderer are the worker's.
        files: ['packages/studio/src/app/**/*.ts', 'packages/studio/src/shared/**/*.ts'],
        rules: {
            'no-restricted-imports': ['error', {
                paths: ['@tandem/language', '@tandem/render', 'langium', ...NODE_BUILTINS].map(name => ({ name, message: STUDIO_PAGE_MESSAGE })),
                patterns: [{ group: ['node:*', 'langium/*', '@tandem/render/*', '@tandem/language/node', '@tandem/language/lsp', '@tandem/language-server/*', 'vscode-languageserver', 'vscode-languageserver/*', '../worker/*'], message: STUDIO_PAGE_MESSAGE }]
            }]
        }
    },
    {
        // Studio's language worker runs in a browser.
        files: ['packages/studio/src/worker/**/*.ts'],
        rules: {
            'no-restricted-imports': ['error', {
                paths: ['@tandem/render', '@tandem/language/node', ...NODE_BUILTINS].map(name => ({ name, message: STUDIO_WORKER_MESSAGE })),
                patterns: [{ group: ['node:*', 'vscode-languageserver/node', '../app/*'], message: STUDIO_WORKER_MESSAGE }]
            }],
            'no-restricted-globals': ['error', { name: 'Buffer', message: STUDIO_WORKER_MESSAGE }]
        }
    }
);
