/**
 * The Tandem extension: starts the language client and registers the preview and the commands.
 * Activated by a Tandem file or by one of its commands (package.json: activationEvents).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COMPARE_WITH_COMMAND, compareWith } from './commands/compare-with.js';
import { EXPORT_AGREEMENT_COMMAND, exportAgreement } from './commands/export-agreement.js';
import { EXPORT_CALENDAR_COMMAND, EXPORT_FHIR_COMMAND, exportContractData } from './commands/export-data.js';
import { GENERATE_AGREEMENTS_COMMAND, generateAgreements } from './commands/generate-agreements.js';
import { NEW_CONTRACT_FROM_TEMPLATE_COMMAND, newContractFromTemplate } from './commands/new-contract-from-template.js';
import { OPEN_PREVIEW_COMMAND, openPreview } from './commands/open-preview.js';
import { VALIDATE_WORKSPACE_COMMAND, validateWorkspace } from './commands/validate-workspace.js';
import { createLanguageClient } from './language-client.js';
import { PreviewSource } from './preview/preview-source.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const source = new PreviewSource(() => client);
    context.subscriptions.push(
        vscode.commands.registerCommand(OPEN_PREVIEW_COMMAND, (uri?: vscode.Uri | string, contract?: string) =>
            reportFailure(openPreview(context.extensionUri, source, uri, contract))),
        vscode.commands.registerCommand(EXPORT_AGREEMENT_COMMAND, (uri?: vscode.Uri) => reportFailure(exportAgreement(uri))),
        vscode.commands.registerCommand(COMPARE_WITH_COMMAND, (uri?: vscode.Uri) => reportFailure(compareWith(context.extensionUri, uri))),
        vscode.commands.registerCommand(EXPORT_CALENDAR_COMMAND, (uri?: vscode.Uri) => reportFailure(exportContractData('ics', uri))),
        vscode.commands.registerCommand(EXPORT_FHIR_COMMAND, (uri?: vscode.Uri) => reportFailure(exportContractData('fhir', uri))),
        vscode.commands.registerCommand(GENERATE_AGREEMENTS_COMMAND, () => reportFailure(generateAgreements(client))),
        vscode.commands.registerCommand(NEW_CONTRACT_FROM_TEMPLATE_COMMAND, () => reportFailure(newContractFromTemplate(client))),
        vscode.commands.registerCommand(VALIDATE_WORKSPACE_COMMAND, () => reportFailure(validateWorkspace()))
    );
    client = createLanguageClient(context);
    await client.start();
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}

/** A command that fails says so in a notification, in words, rather than in the log only. */
async function reportFailure(command: Promise<void>): Promise<void> {
    try {
        await command;
    } catch (error) {
        const message = (error as Error)?.message ?? String(error);
        void vscode.window.showErrorMessage(message.startsWith('Tandem') ? message : `Tandem: ${message}`);
    }
}
