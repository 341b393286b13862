/**
 * Where the preview's HTML comes from: the language server's `tandem/preview` request
 * (`@tandem/language/protocol`), or, while the server is not running (starting, or stopped after
 * crashes), the renderer in the extension host (with source positions, so that clicking the
 * preview jumps to the source). Both choose the contract and decide draft or final with
 * `selectAgreement`, so they agree (docs/decisions.md, "Preview fallback").
 */
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { PreviewParams, PreviewResult } from '@tandem/language/protocol';
import { PREVIEW_REQUEST } from '@tandem/language/protocol';
import { checkAgreementFile } from '../local-agreements.js';
import { ruleSettings } from '../tandem-settings.js';

export interface PreviewContent {
    /** The rendered agreement: a whole HTML document, its user text escaped by the renderer. */
    readonly html: string;
    readonly errors: number;
    readonly warnings: number;
    readonly contract: string;
    readonly templateUri?: string;
}

export class PreviewSource {
    constructor(private readonly client: () => LanguageClient | undefined) { }

    async render(document: vscode.TextDocument, contract: string | undefined, locale: string | undefined): Promise<PreviewContent> {
        const client = this.client();
        if (client?.isRunning()) {
            const params: PreviewParams = { uri: document.uri.toString(), contract, locale };
            const answer = await client.sendRequest<PreviewResult>(PREVIEW_REQUEST, params);
            return { html: answer.html, errors: answer.errors, warnings: answer.warnings, contract: answer.contract };
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
