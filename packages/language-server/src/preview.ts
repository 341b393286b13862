/**
 * The `tandem/preview` request: the agreement a contract renders to, as HTML with source
 * positions (`data-source-*` attributes, so that the editor can scroll the preview with the
 * text), and how many errors and warnings concern the contract (`selectAgreement`: the same
 * diagnostics and the same draft rule as `tandem render` and Export). A contract with errors is
 * rendered as a draft. Documented in docs/editor.md.
 *
 *   tandem/preview { uri, contract?, locale? } → { html, errors, warnings, contract }
 */
import type { LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { DocumentState, URI } from 'langium';
import type { CancellationToken, Connection } from 'vscode-languageserver';
import { ErrorCodes, RequestType, ResponseError } from 'vscode-languageserver';
import type { Model } from '@tandem/language';
import { AgreementNotFoundError, selectAgreement } from '@tandem/language';
import type { TandemLspServices } from '@tandem/language/lsp';
import { renderContract } from '@tandem/render';

export interface PreviewParams {
    /** The document's URI. */
    readonly uri: string;
    /** The contract's name; the first contract of the document when absent. */
    readonly contract?: string;
    /** Overrides the contract's locale (e.g. `es`). */
    readonly locale?: string;
}

export interface PreviewResult {
    /** The rendered agreement: one self-contained HTML file, with `data-source-*` attributes. */
    readonly html: string;
    /** Errors and warnings that concern the contract (with errors, it is rendered as a draft). */
    readonly errors: number;
    readonly warnings: number;
    /** The name of the contract rendered. */
    readonly contract: string;
}

export const PreviewRequest = new RequestType<PreviewParams, PreviewResult, void>('tandem/preview');

export function addPreviewHandler(connection: Connection, shared: LangiumSharedServices, Tandem: TandemLspServices): void {
    connection.onRequest(PreviewRequest, async (params, cancelToken) => {
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
