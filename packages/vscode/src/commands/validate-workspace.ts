/**
 * "Tandem: Validate Workspace": opens every `*.tandem` file of the workspace as a document, so
 * that the language server checks each one and its diagnostics fill the Problems panel, then
 * shows the panel and sums up what it found.
 */
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../language-client.js';

export const VALIDATE_WORKSPACE_COMMAND = 'tandem.validateWorkspace';

/** How long to wait for the server's diagnostics after the last file is opened. */
const SETTLE_MS = 1500;

export async function validateWorkspace(): Promise<void> {
    const files = await vscode.workspace.findFiles('**/*.tandem', '**/node_modules/**');
    if (files.length === 0) {
        void vscode.window.showInformationMessage('Tandem: the workspace has no .tandem files.');
        return;
    }
    const cancelled = await vscode.window.withProgress({
        location: vscode.ProgressLocation.Notification, title: 'Tandem: validating the workspace', cancellable: true
    }, async (progress, token) => {
        for (const [index, file] of files.entries()) {
            if (token.isCancellationRequested) {
                return true;
            }
            progress.report({ message: `${index + 1} of ${files.length}: ${vscode.workspace.asRelativePath(file)}`, increment: 100 / files.length });
            const document = await vscode.workspace.openTextDocument(file);
            if (document.languageId !== LANGUAGE_ID) {
                await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
            }
        }
        await new Promise(resolve => setTimeout(resolve, SETTLE_MS));
        return false;
    });
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    const counts = { errors: 0, warnings: 0 };
    for (const file of files) {
        for (const diagnostic of vscode.languages.getDiagnostics(file)) {
            if (diagnostic.severity === vscode.DiagnosticSeverity.Error) {
                counts.errors++;
            } else if (diagnostic.severity === vscode.DiagnosticSeverity.Warning) {
                counts.warnings++;
            }
        }
    }
    const summary = `${files.length} ${files.length === 1 ? 'file' : 'files'}: ${counts.errors} ${counts.errors === 1 ? 'error' : 'errors'}, ${counts.warnings} ${counts.warnings === 1 ? 'warning' : 'warnings'}`;
    const message = `Tandem: ${cancelled ? 'validation cancelled; so far ' : ''}${summary}.`;
    if (counts.errors > 0) {
        void vscode.window.showWarningMessage(message);
    } else {
        void vscode.window.showInformationMessage(message);
    }
}
