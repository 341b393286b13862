/**
 * Where the preview's HTML comes from: the language server's `tandem/preview` request
 * ({ uri, contract?, locale? } → { html, errors, warnings, contract }), or, while the server
 * does not answer it, the renderer in the extension host (with source positions, so that
 * clicking the preview jumps to the source).
 */
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { checkAgreementFile } from '../local-agreements.js';
import { ruleSettings } from '../tandem-settings.js';

export const PREVIEW_REQUEST = 'tandem/preview';

export interface PreviewRequestParams {
    readonly uri: string;
    readonly contract?: string;
    readonly locale?: string;
}

export interface PreviewContent {
    /** The rendered agreement: a whole HTML document, its user text escaped by the renderer. */
    readonly html: string;
    readonly errors: number;
    readonly warnings: number;
    readonly contract: string;
    readonly templateUri?: string;
}

/** LSP's "method not found": the server has no preview. */
const METHOD_NOT_FOUND = -32601;

export class PreviewSource {
    private serverHasPreview: boolean;

    constructor(private readonly client: () => LanguageClient | undefined) {
        this.serverHasPreview = true;
    }

    async render(document: vscode.TextDocument, contract: string | undefined, locale: string | undefined): Promise<PreviewContent> {
        const client = this.client();
        if (this.serverHasPreview && client?.isRunning()) {
            try {
                const params: PreviewRequestParams = { uri: document.uri.toString(), contract, locale };
                const answer = await client.sendRequest<{ html: string; errors: unknown; warnings: unknown; contract: string }>(PREVIEW_REQUEST, params);
                return { html: answer.html, errors: count(answer.errors), warnings: count(answer.warnings), contract: answer.contract };
            } catch (error) {
                if ((error as { code?: number }).code !== METHOD_NOT_FOUND) {
                    throw error;
                }
                this.serverHasPreview = false;
            }
        }
        return this.renderLocally(document, contract, locale);
    }

    private async renderLocally(document: vscode.TextDocument, contract: string | undefined, locale: string | undefined): Promise<PreviewContent> {
        const checked = await checkAgreementFile(document.uri.fsPath, document.getText(), ruleSettings());
        const rendered = await checked.render({ contract, locale, format: 'html', sourcePositions: true });
        return {
            html: Buffer.from(rendered.bytes).toString('utf8'),
            errors: rendered.errors.length,
            warnings: rendered.warnings.length,
            contract: rendered.contract,
            templateUri: rendered.templateUri
        };
    }
}

/** The server may answer with a count or with the list of diagnostics. */
function count(value: unknown): number {
    return Array.isArray(value) ? value.length : typeof value === 'number' ? value : 0;
}
