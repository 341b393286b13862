/**
 * Quick fixes (code actions) for Tandem's diagnostics: ./tandem-code-action-provider.ts maps each
 * code to its fixes (./quick-fixes).
 */
import type { Module } from 'langium';
import type { PartialLangiumLSPServices } from 'langium/lsp';
import { TandemCodeActionProvider } from './tandem-code-action-provider.js';
import type { TandemLspServices } from './tandem-lsp-module.js';

export const QuickFixModule: Module<TandemLspServices, PartialLangiumLSPServices> = {
    lsp: {
        CodeActionProvider: (services) => new TandemCodeActionProvider(services)
    }
};
