/**
 * What the commands on one contract of a Tandem editor share (Compare with…, Export Calendar…,
 * Export for Case Record (FHIR)…): the document (the one given by a menu, else the active
 * editor's), and the contract, asked for when the file has several.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../language-client.js';
import type { AgreementProblem } from '../local-agreements.js';

/** The Tandem document of the command, or `undefined` after saying that one is needed ("to compare its agreement"). */
export async function commandDocument(uri: vscode.Uri | undefined, purpose: string): Promise<vscode.TextDocument | undefined> {
    const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== LANGUAGE_ID) {
        void vscode.window.showErrorMessage(`Tandem: open a .tandem file ${purpose}.`);
        return undefined;
    }
    return document;
}

/** The file's only contract, or the one picked; `undefined` when there is none (said) or the pick was cancelled. */
export async function pickContract(document: vscode.TextDocument, contracts: readonly string[], title: string, verb: string): Promise<string | undefined> {
    if (contracts.length === 0) {
        void vscode.window.showErrorMessage(`Tandem: ${path.basename(document.uri.fsPath)} has no contract to ${verb} (a template is used through a contract from it).`);
        return undefined;
    }
    return contracts.length === 1 ? contracts[0] : vscode.window.showQuickPick(contracts, { title, placeHolder: 'Which contract?' });
}

/** "line 12", or "lib/housing.tandem line 4" for a problem of the contract's template in another file. */
export function where(problem: AgreementProblem, documentUri: vscode.Uri): string {
    const line = `line ${problem.line + 1}`;
    return problem.uri === documentUri.toString() ? line : `${vscode.workspace.asRelativePath(vscode.Uri.parse(problem.uri))} ${line}`;
}

/** The folder for a save or open dialog: the file's own, else the first workspace folder's. */
export function folderOf(document: vscode.TextDocument): string | undefined {
    return document.uri.scheme === 'file' ? path.dirname(document.uri.fsPath) : vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
}
