/**
 * "Tandem: Compare with…": what changed between an older version of the active editor's
 * agreement and its text now (unsaved edits too), as the "what changed in your agreement" page
 * of `tandem diff`, beside the editor (preview/changes-panel.ts). The older version is the
 * file's version in git's HEAD, when it is there (read with `git show`, ../git-head.ts), or a
 * .tandem file picked in an open dialog; without git, or for a file git does not track, the
 * dialog opens at once.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { describeFsError, readTandemSource } from '@tandem/language/node';
import { headVersion } from '../git-head.js';
import { checkAgreementFile } from '../local-agreements.js';
import type { OlderVersion } from '../preview/changes-panel.js';
import { ChangesPanel } from '../preview/changes-panel.js';
import { ruleSettings } from '../tandem-settings.js';
import { commandDocument, folderOf, pickContract } from './command-document.js';

export const COMPARE_WITH_COMMAND = 'tandem.compareWith';

export async function compareWith(extensionUri: vscode.Uri, uri?: vscode.Uri): Promise<void> {
    const document = await commandDocument(uri, 'to compare its agreement with an older version');
    if (!document) {
        return;
    }
    const checked = await checkAgreementFile(document.uri.fsPath, document.getText(), ruleSettings());
    const contract = await pickContract(document, checked.contracts, 'Compare with', 'compare');
    if (!contract) {
        return;
    }
    const older = await pickOlderVersion(document);
    if (!older) {
        return;
    }
    // One contract in the file: the old version's only contract is it, even renamed.
    ChangesPanel.show(extensionUri, document, older, checked.contracts.length === 1 ? undefined : contract);
}

async function pickOlderVersion(document: vscode.TextDocument): Promise<OlderVersion | undefined> {
    const head = document.uri.scheme === 'file' ? await headVersion(document.uri.fsPath) : undefined;
    if (head) {
        const picked = await vscode.window.showQuickPick([
            { label: 'The version in git’s HEAD', description: head.commit, head: true },
            { label: 'A file…', description: 'an older version of the agreement', head: false }
        ], { title: `Compare ${path.basename(document.uri.fsPath)} with`, placeHolder: 'Which older version?' });
        if (!picked) {
            return undefined;
        }
        if (picked.head) {
            return { label: `HEAD (${head.commit})`, path: document.uri.fsPath, text: head.text };
        }
    }
    const folder = folderOf(document);
    const files = await vscode.window.showOpenDialog({
        title: `Compare ${path.basename(document.uri.fsPath)} with an older version`,
        canSelectMany: false,
        defaultUri: folder ? vscode.Uri.file(folder) : undefined,
        filters: { Tandem: ['tandem'] },
        openLabel: 'Compare'
    });
    const file = files?.[0];
    if (!file) {
        return undefined;
    }
    let text: string;
    try {
        text = (await readTandemSource(file.fsPath)).text;
    } catch (error) {
        throw new Error(`Tandem: ${describeFsError(error, file.fsPath)}`, { cause: error });
    }
    return { label: vscode.workspace.asRelativePath(file), path: file.fsPath, text };
}
