/**
 * The `tandem/preview` request: the agreement a contract renders to, as HTML with source
 * positions (`data-source-*` attributes, so that the editor can scroll the preview with the
 * text), and how many errors and warnings concern the contract (`selectAgreement`: the same
 * diagnostics and the same draft rule as `tandem render` and Export). A contract with errors is
 * rendered as a draft. The request, its parameters and result are declared in
 * `@tandem/language/protocol` (shared with the extension); documented in docs/editor.md.
 */
import type { LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { DocumentState, URI } from 'langium';
import type { CancellationToken, Connection } from 'vscode-languageserver';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { Model } from '@tandem/language';
import { AgreementNotFoundError, selectAgreement } from '@tandem/language';
import type { PreviewParams, PreviewResult, TandemLspServices } from '@tandem/language/lsp';
import { PREVIEW_REQUEST } from '@tandem/language/lsp';
import { renderContract } from '@tandem/render';

export function addPreviewHandler(connection: Connection, shared: LangiumSharedServices, Tandem: TandemLspServices): void {
    connection.onRequest(PREVIEW_REQUEST, async (params: PreviewParams | undefined, cancelToken: CancellationToken): Promise<PreviewResult> => {
        if (typeof params?.uri !== 'string') {
            throw new ResponseError(ErrorCodes.InvalidParams, 'tandem/preview needs { uri, contract?, locale? }.');
        }
        const uri = URI.parse(params.uri);
        await untilCurrent(shared, uri, cancelToken);
        const documents = shared.workspace.LangiumDocuments;
        if (!documents.hasDocument(uri)) {
            throw new ResponseError(ErrorCodes.InvalidParams, `No Tandem document ${params.uri} is open or in the workspace.`);
        }
        return shared.workspace.WorkspaceLock.read(() => preview(documents.getDocument(uri) as LangiumDocument<Model>, params, Tandem));
    });
}

/**
 * Waits until the document is validated in its current text: a preview asked for right after an
 * edit must not render the text before it (the edit's build may not have started yet).
 */
async function untilCurrent(shared: LangiumSharedServices, uri: URI, cancelToken: CancellationToken): Promise<void> {
    const builder = shared.workspace.DocumentBuilder;
    for (let attempt = 0; attempt < 500; attempt++) {
        await builder.waitUntil(DocumentState.Validated, uri, cancelToken);
        const document = shared.workspace.LangiumDocuments.getDocument(uri);
        const open = shared.workspace.TextDocuments.get(uri.toString());
        const parsedText = (document?.parseResult.value.$cstNode as { fullText?: string } | undefined)?.fullText;
        if (!document || !open || (document.state >= DocumentState.Validated && parsedText === open.getText())) {
            return;
        }
        await new Promise(resolve => setTimeout(resolve, 10));
    }
}

async function preview(document: LangiumDocument<Model>, params: PreviewParams, Tandem: TandemLspServices): Promise<PreviewResult> {
    let selected;
    try {
        selected = selectAgreement(document, { name: params.contract, unnamed: 'first', file: params.uri });
    } catch (error) {
        if (error instanceof AgreementNotFoundError) {
            throw new ResponseError(ErrorCodes.InvalidParams, (params.contract
                ? `No contract \`${params.contract}\` in ${params.uri}`
                : `${params.uri} has no contract to preview (a template is previewed through a contract from it)`) + `${error.note}.`);
        }
        throw error;
    }
    const { contract } = selected;
    if (contract.template && !contract.template.ref) {
        throw new ResponseError(ErrorCodes.InvalidParams, `Contract \`${contract.name}\` is from a template that cannot be found; fix the \`from\` first.`);
    }
    const effective = selected.effective();
    const workspace = Tandem.workspace.SettingsManager.workspaceSettings;
    // The workspace's default locale applies to contracts that name none.
    const locale = params.locale ?? (effective.locale.location ? undefined : workspace.locale);
    const bytes = await renderContract(effective, { format: 'html', sourcePositions: true, locale, paper: workspace.paper, draft: selected.draft });
    return { html: Buffer.from(bytes).toString('utf8'), errors: selected.errors.length, warnings: selected.warnings.length, contract: contract.name };
}
