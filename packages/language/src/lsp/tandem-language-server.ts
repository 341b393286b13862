/**
 * Starting the language server: Langium's handlers plus Tandem's own — selection ranges (which
 * Langium does not serve) and the capabilities they add to the `initialize` answer.
 */
import type { LangiumSharedServices } from 'langium/lsp';
import { DefaultLanguageServer, startLanguageServer } from 'langium/lsp';
import { DocumentState, URI } from 'langium';
import type { InitializeParams, InitializeResult } from 'vscode-languageserver';
import type { TandemLspServices } from './tandem-lsp-module.js';

export class TandemLanguageServer extends DefaultLanguageServer {
    protected override buildInitializeResult(params: InitializeParams): InitializeResult {
        const result = super.buildInitializeResult(params);
        result.capabilities.selectionRangeProvider = true;
        return result;
    }
}

/** Registers Tandem's handlers on the connection, then starts Langium's language server. */
export function startTandemLanguageServer(shared: LangiumSharedServices, Tandem: TandemLspServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) {
        throw new Error('Starting a language server requires a connection.');
    }
    const documents = shared.workspace.LangiumDocuments;
    connection.onSelectionRanges(async params => {
        const uri = URI.parse(params.textDocument.uri);
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Parsed, uri);
        const document = documents.hasDocument(uri) ? documents.getDocument(uri)! : undefined;
        return document ? Tandem.editing.SelectionRangeProvider.getSelectionRanges(document, params.positions) : [];
    });
    startLanguageServer(shared);
}
