/**
 * Editing services: completion, hover, navigation, rename, document symbols, semantic tokens,
 * folding, selection ranges, inlay hints, code lens, document links, formatting.
 */
import type { Module } from 'langium';
import type { PartialLangiumLSPServices } from 'langium/lsp';
import { TandemCodeLensProvider } from './tandem-code-lens-provider.js';
import { TandemCompletionProvider } from './tandem-completion-provider.js';
import { TandemDocumentLinkProvider } from './tandem-document-link-provider.js';
import { TandemDocumentSymbolProvider } from './tandem-document-symbol-provider.js';
import { TandemFormatter } from './tandem-formatter.js';
import { TandemHoverProvider } from './tandem-hover-provider.js';
import { TandemInlayHintProvider } from './tandem-inlay-hint-provider.js';
import { TandemRenameProvider } from './tandem-rename-provider.js';
import { TandemSelectionRangeProvider } from './tandem-selection-range-provider.js';
import { TandemSemanticTokenProvider } from './tandem-semantic-token-provider.js';
import type { TandemLspServices } from './tandem-lsp-module.js';

/** Editing services that Langium does not define. */
export type TandemEditingAddedServices = {
    editing: {
        SelectionRangeProvider: TandemSelectionRangeProvider
    }
}

export const EditingModule: Module<TandemLspServices, PartialLangiumLSPServices & TandemEditingAddedServices> = {
    lsp: {
        Formatter: (services) => new TandemFormatter(services),
        CompletionProvider: (services) => new TandemCompletionProvider(services),
        HoverProvider: (services) => new TandemHoverProvider(services),
        DocumentSymbolProvider: () => new TandemDocumentSymbolProvider(),
        DocumentLinkProvider: (services) => new TandemDocumentLinkProvider(services),
        RenameProvider: (services) => new TandemRenameProvider(services),
        SemanticTokenProvider: (services) => new TandemSemanticTokenProvider(services),
        InlayHintProvider: () => new TandemInlayHintProvider(),
        CodeLensProvider: () => new TandemCodeLensProvider()
    },
    editing: {
        SelectionRangeProvider: () => new TandemSelectionRangeProvider()
    }
};
