/**
 * Editing services: completion, hover, navigation, rename, symbols, semantic tokens, folding,
 * selection ranges, inlay hints.
 */
import type { Module } from 'langium';
import type { PartialLangiumLSPServices } from 'langium/lsp';
import { TandemCompletionProvider } from './tandem-completion-provider.js';
import { TandemDocumentLinkProvider } from './tandem-document-link-provider.js';
import { TandemDocumentSymbolProvider } from './tandem-document-symbol-provider.js';
import { TandemFormatter } from './tandem-formatter.js';
import { TandemHoverProvider } from './tandem-hover-provider.js';
import { TandemRenameProvider } from './tandem-rename-provider.js';
import type { TandemLspServices } from './tandem-lsp-module.js';

export const EditingModule: Module<TandemLspServices, PartialLangiumLSPServices> = {
    lsp: {
        Formatter: (services) => new TandemFormatter(services),
        CompletionProvider: (services) => new TandemCompletionProvider(services),
        HoverProvider: (services) => new TandemHoverProvider(services),
        DocumentSymbolProvider: () => new TandemDocumentSymbolProvider(),
        DocumentLinkProvider: (services) => new TandemDocumentLinkProvider(services),
        RenameProvider: (services) => new TandemRenameProvider(services)
    }
};
