/**
 * "Tandem: New Contract from Template…": a contract `from` a template of the workspace, with
 * the import and a binding line per parameter (@tandem/language's newContractFromTemplateText),
 * saved beside the template's file with the create-only atomic writer of `tandem new` (never over
 * an existing file) and opened.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AgreementNotFoundError, contractNameFromFile, isTandemName, newContractFromTemplateText } from '@tandem/language';
import { AgreementReadError, createFileAtomic, describeFsError, openAgreement } from '@tandem/language/node';
import { pickTemplate } from '../template-finder.js';

export const NEW_CONTRACT_FROM_TEMPLATE_COMMAND = 'tandem.newContractFromTemplate';

export async function newContractFromTemplate(client: LanguageClient | undefined): Promise<void> {
    const choice = await pickTemplate('New Contract from Template', client);
    if (!choice) {
        return;
    }
    const templateFile = choice.file.fsPath;
    const target = await vscode.window.showSaveDialog({
        title: `New contract from ${choice.template}`,
        defaultUri: vscode.Uri.file(path.join(path.dirname(templateFile), `new-${choice.template.toLowerCase()}.tandem`)),
        filters: { Tandem: ['tandem'] },
        saveLabel: 'Create'
    });
    if (!target) {
        return;
    }
    const suggested = contractNameFromFile(target.fsPath);
    const name = await vscode.window.showInputBox({
        title: 'New Contract from Template',
        prompt: 'Name of the contract (letters, digits and _; it cannot be a keyword)',
        value: isTandemName(suggested) ? suggested : 'NewContract',
        validateInput: value => isTandemName(value) ? undefined : 'A name starts with a letter or _ and has only letters, digits and _'
    });
    if (!name) {
        return;
    }

    let template;
    try {
        template = (await openAgreement(templateFile, { kind: 'template', name: choice.template })).template;
    } catch (error) {
        if (error instanceof AgreementReadError || error instanceof AgreementNotFoundError) {
            void vscode.window.showErrorMessage(`Tandem: ${error.message}.`);
            return;
        }
        throw error;
    }
    const importPath = path.relative(path.dirname(target.fsPath), templateFile).split(path.sep).join('/');
    const text = newContractFromTemplateText({ name, template, importPath });
    try {
        // Create-only and atomic, as `tandem new` writes: an existing file is never replaced.
        await createFileAtomic(target.fsPath, text);
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
            void vscode.window.showErrorMessage(`Tandem: ${vscode.workspace.asRelativePath(target)} already exists; a new contract never overwrites a file.`);
            return;
        }
        throw new Error(`Tandem: the contract was not written: ${describeFsError(error, target.fsPath, 'write')}`, { cause: error });
    }
    await vscode.window.showTextDocument(target);
}
