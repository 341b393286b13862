/**
 * The `tandem/preview` request: the agreement a contract renders to, as HTML with source
 * positions (`data-source-*` attributes, so that the editor can scroll the preview with the
 * text), and how many errors and warnings concern the contract (`selectAgreement`: the same
 * diagnostics and the same draft rule as `tandem render` and Export). A contract with errors is
 * rendered as a draft. The request, its parameters and result are declared in
 * `@tandem/language/protocol` (shared with the extension); documented in docs/editor.md.
 *
 * `renderOpenContract` is the one way an editor renders an open contract, in any format: the
 * preview uses it for HTML, and Studio's worker (packages/studio) for its downloads. It imports
 * nothing of Node, so that it runs in a browser's worker too.
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
import type { RenderFormat } from '@tandem/render';
import { renderContract } from '@tandem/render';

export function addPreviewHandler(connection: Connection, shared: LangiumSharedServices, Tandem: TandemLspServices): void {
    connection.onRequest(PREVIEW_REQUEST, async (params: PreviewParams | undefined, cancelToken: CancellationToken): Promise<PreviewResult> => {
        if (typeof params?.uri !== 'string') {
            throw new ResponseError(ErrorCodes.InvalidParams, 'tandem/preview needs { uri, contract?, locale? }.');
        }
        const rendered = await renderOpenContract(shared, Tandem, params, { format: 'html', sourcePositions: true }, cancelToken);
        return { html: new TextDecoder().decode(rendered.bytes), errors: rendered.errors, warnings: rendered.warnings, contract: rendered.contract };
    });
}

export interface RenderedOpenContract {
    readonly bytes: Uint8Array;
    /** Errors and warnings that concern the contract (with errors, it is rendered as a draft). */
    readonly errors: number;
    readonly warnings: number;
    /** The name of the contract rendered. */
    readonly contract: string;
}

/**
 * Renders a contract of a document the server has, once the document is validated in its
 * current text: in the locale asked for, else the contract's own, else the workspace's
 * (`tandem.json`); on the workspace's paper; a draft when errors concern it.
 */
export async function renderOpenContract(shared: LangiumSharedServices, Tandem: TandemLspServices, params: PreviewParams,
    output: { readonly format: RenderFormat, readonly sourcePositions?: boolean }, cancelToken: CancellationToken): Promise<RenderedOpenContract> {
    const uri = URI.parse(params.uri);
    await untilCurrent(shared, uri, cancelToken);
    const documents = shared.workspace.LangiumDocuments;
    if (!documents.hasDocument(uri)) {
        throw new ResponseError(ErrorCodes.InvalidParams, `No Tandem document ${params.uri} is open or in the workspace.`);
    }
    return shared.workspace.WorkspaceLock.read(() => render(documents.getDocument(uri) as LangiumDocument<Model>, params, output, Tandem));
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

async function render(document: LangiumDocument<Model>, params: PreviewParams, output: { readonly format: RenderFormat, readonly sourcePositions?: boolean },
    Tandem: TandemLspServices): Promise<RenderedOpenContract> {
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
    const bytes = await renderContract(effective, { format: output.format, sourcePositions: output.sourcePositions, locale, paper: workspace.paper, draft: selected.draft });
    return { bytes, errors: selected.errors.length, warnings: selected.warnings.length, contract: contract.name };
}
