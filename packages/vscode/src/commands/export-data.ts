/**
 * "Tandem: Export Calendar…" and "Tandem: Export for Case Record (FHIR)…": the contract of the
 * active editor (its unsaved text too) as an iCalendar file (`<contract>.ics`) or a FHIR R4
 * bundle (`<contract>.fhir.json`), as `tandem calendar` and `tandem export --format fhir` write
 * them, to a file chosen in a save dialog, written atomically. A contract with errors is refused
 * before the dialog, with its first error in words.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { plural } from '@tandem/language';
import { describeFsError, writeFileAtomic } from '@tandem/language/node';
import type { DataExportFormat } from '../contract-exports.js';
import { contractExportText, DATA_EXPORTS } from '../contract-exports.js';
import { checkAgreementFile } from '../local-agreements.js';
import { ruleSettings } from '../tandem-settings.js';
import { commandDocument, folderOf, pickContract, where } from './command-document.js';

export const EXPORT_CALENDAR_COMMAND = 'tandem.exportCalendar';
export const EXPORT_FHIR_COMMAND = 'tandem.exportFhir';

const TITLES: Record<DataExportFormat, string> = {
    ics: 'Export Calendar',
    fhir: 'Export for Case Record (FHIR)'
};

export async function exportContractData(format: DataExportFormat, uri?: vscode.Uri): Promise<void> {
    const kind = DATA_EXPORTS[format];
    const document = await commandDocument(uri, `to export its ${kind.what}`);
    if (!document) {
        return;
    }
    const checked = await checkAgreementFile(document.uri.fsPath, document.getText(), ruleSettings());
    const name = await pickContract(document, checked.contracts, TITLES[format], 'export');
    if (!name) {
        return;
    }
    const contract = checked.select(name);
    if (contract.errors.length > 0) {
        const first = contract.errors[0];
        void vscode.window.showErrorMessage(
            `Tandem: ${contract.contract} has ${plural(contract.errors.length, 'error')} (first: ${first.code}, ${where(first, document.uri)}: ${first.message}). Fix ${contract.errors.length === 1 ? 'it' : 'them'} to export its ${kind.what}: nothing was written.`);
        return;
    }
    const text = contractExportText(contract, format);
    const folder = folderOf(document);
    const target = await vscode.window.showSaveDialog({
        title: `${TITLES[format]}: ${contract.contract}`,
        defaultUri: folder ? vscode.Uri.file(path.join(folder, `${contract.contract}${kind.suffix}`)) : undefined,
        filters: { [kind.filter.name]: [...kind.filter.extensions] },
        saveLabel: 'Export'
    });
    if (!target) {
        return;
    }
    try {
        await writeFileAtomic(target.fsPath, text);
    } catch (error) {
        throw new Error(`Tandem: the ${kind.what} was not written: ${describeFsError(error, target.fsPath, 'write')}`, { cause: error });
    }
    const open = 'Open';
    const reveal = 'Show in Folder';
    const answer = await vscode.window.showInformationMessage(`Tandem: exported the ${kind.what} of ${contract.contract} to ${vscode.workspace.asRelativePath(target)}.`, open, reveal);
    if (answer === open) {
        await vscode.commands.executeCommand('vscode.open', target);
    } else if (answer === reveal) {
        await vscode.commands.executeCommand('revealFileInOS', target);
    }
}
