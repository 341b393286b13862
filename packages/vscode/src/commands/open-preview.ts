/**
 * "Tandem: Open Preview to the Side", also run by the server's "Preview agreement" code lens
 * (`tandem.openPreview` with the document's URI and the contract's name).
 */
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../language-client.js';
import { PreviewPanel } from '../preview/preview-panel.js';
import type { PreviewSource } from '../preview/preview-source.js';

export { OPEN_PREVIEW_COMMAND } from '@tandem/language/protocol';

export async function openPreview(extensionUri: vscode.Uri, source: PreviewSource, uri?: vscode.Uri | string, contract?: string): Promise<void> {
    const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
    const document = target ? await vscode.workspace.openTextDocument(target) : vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== LANGUAGE_ID) {
        void vscode.window.showErrorMessage('Tandem: open a .tandem file to preview its agreement.');
        return;
    }
    PreviewPanel.show(extensionUri, source, document, typeof contract === 'string' ? contract : undefined);
}
