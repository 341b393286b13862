/**
 * The templates of the workspace, for the commands that start from one: each `*.tandem` file is
 * scanned for `template NAME` (outside comments and strings is not checked: a quick pick of
 * candidates, which the command then loads and checks properly).
 */
import * as vscode from 'vscode';

export interface TemplateChoice extends vscode.QuickPickItem {
    readonly template: string;
    readonly file: vscode.Uri;
}

const TEMPLATE_DECLARATION = /^\s*template\s+([A-Za-z_][A-Za-z0-9_]*)/gm;

export async function findWorkspaceTemplates(): Promise<TemplateChoice[]> {
    const files = await vscode.workspace.findFiles('**/*.tandem', '**/node_modules/**');
    const choices: TemplateChoice[] = [];
    for (const file of files.sort((a, b) => a.path.localeCompare(b.path))) {
        const text = Buffer.from(await vscode.workspace.fs.readFile(file)).toString('utf8');
        for (const match of text.matchAll(TEMPLATE_DECLARATION)) {
            choices.push({ label: match[1], description: vscode.workspace.asRelativePath(file), template: match[1], file });
        }
    }
    return choices;
}

/** Asks for a template; undefined when there is none (the user is told) or the pick is cancelled. */
export async function pickTemplate(title: string): Promise<TemplateChoice | undefined> {
    const templates = await findWorkspaceTemplates();
    if (templates.length === 0) {
        void vscode.window.showErrorMessage('Tandem: no template was found in the workspace\'s *.tandem files.');
        return undefined;
    }
    return vscode.window.showQuickPick(templates, { title, placeHolder: 'Choose a template', matchOnDescription: true });
}
