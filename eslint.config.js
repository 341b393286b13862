// ESLint (flat config) with typescript-eslint: run by `npm run lint`, part of `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
    {
        ignores: ['**/node_modules/**', '**/dist/**', '**/generated/**', 'out/**', '.cache/**', 'test-results/**', 'bench-results/**']
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
    }
);
