/**
 * One protocol (`@tandem/language/protocol`): the server's code lens, the extension's manifest and
 * its preview use the same `tandem.openPreview` command and `tandem/preview` request, declared once.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { OPEN_PREVIEW_COMMAND, PREVIEW_REQUEST } from '@tandem/language/protocol';
import { REPO } from '../cli/run-cli.js';

const source = (file: string) => readFileSync(path.join(REPO, file), 'utf8');

describe('the tandem protocol is declared once', () => {
    test('the extension contributes the command the code lens runs', () => {
        const manifest = JSON.parse(source('packages/vscode/package.json')) as { contributes: { commands: Array<{ command: string }> } };
        expect(manifest.contributes.commands.map(entry => entry.command)).toContain(OPEN_PREVIEW_COMMAND);
        expect(PREVIEW_REQUEST).toBe('tandem/preview');
    });

    test('no source but the protocol module spells the command or the request', () => {
        const files = [
            'packages/language/src/lsp/tandem-code-lens-provider.ts',
            'packages/language-server/src/preview.ts',
            'packages/vscode/src/preview/preview-source.ts',
            'packages/vscode/src/commands/open-preview.ts',
            'packages/vscode/src/extension.ts'
        ];
        for (const file of files) {
            const code = source(file).replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
            expect(code, file).not.toContain(`'${OPEN_PREVIEW_COMMAND}'`);
            expect(code, file).not.toContain(`'${PREVIEW_REQUEST}'`);
            expect(code, file).toMatch(/@tandem\/language\/(protocol|lsp)|\.\/protocol\.js|\.\/commands\/open-preview\.js/);
        }
    });
});
