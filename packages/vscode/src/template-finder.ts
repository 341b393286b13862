/**
 * The templates of the workspace, for the commands that start from one (Generate Agreements from
 * Data, New Contract from Template): the language server's workspace symbols of the template kind
 * (`TEMPLATE_SYMBOL_KIND` of `@tandem/language/protocol`), so a template is found exactly where
 * the parser finds one — not in a comment or a string — and only files on disk are offered.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { WorkspaceSymbolRequest } from 'vscode-languageclient/node';
import { TEMPLATE_SYMBOL_KIND } from '@tandem/language/protocol';

export interface TemplateChoice extends vscode.QuickPickItem {
    readonly template: string;
    readonly file: vscode.Uri;
}

/** The workspace's templates, by file then in file order; undefined when the server is not running. */
export async function findWorkspaceTemplates(client: LanguageClient | undefined): Promise<TemplateChoice[] | undefined> {
    if (!client?.isRunning()) {
        return undefined;
    }
    const symbols = await client.sendRequest(WorkspaceSymbolRequest.type, { query: '' }) ?? [];
    const choices: TemplateChoice[] = [];
    for (const symbol of symbols) {
        if (symbol.kind !== TEMPLATE_SYMBOL_KIND || symbol.containerName) {
            continue;
        }
        const file = vscode.Uri.parse(symbol.location.uri);
        if (file.scheme !== 'file') {
            continue;
        }
        choices.push({ label: symbol.name, description: vscode.workspace.asRelativePath(file), template: symbol.name, file });
    }
    // Stable: templates of one file stay in the order the server gives (their order in the file).
    return choices.sort((a, b) => a.file.path.localeCompare(b.file.path));
}

/** Asks for a template; undefined when there is none (the user is told) or the pick is cancelled. */
export async function pickTemplate(title: string, client: LanguageClient | undefined): Promise<TemplateChoice | undefined> {
    const templates = await findWorkspaceTemplates(client);
    if (templates === undefined) {
        void vscode.window.showErrorMessage('Tandem: the language server is not running yet; try again in a moment.');
        return undefined;
    }
    if (templates.length === 0) {
        void vscode.window.showErrorMessage('Tandem: no template was found in the workspace\'s *.tandem files.');
        return undefined;
    }
    return vscode.window.showQuickPick(templates, { title, placeHolder: 'Choose a template', matchOnDescription: true });
}
