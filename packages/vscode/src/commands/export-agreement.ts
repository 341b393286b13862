/**
 * "Tandem: Export Agreement…": renders a contract of the active editor (its unsaved text too)
 * in a format the user picks, to a file chosen in a save dialog, written atomically. A contract
 * with errors is exported only as a draft, after asking.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { plural } from '@tandem/language';
import type { RenderFormat } from '@tandem/render';
import { RENDER_FORMATS } from '@tandem/render';
import { describeFsError, writeFileAtomic } from '@tandem/language/node';
import { LANGUAGE_ID } from '../language-client.js';
import type { AgreementProblem } from '../local-agreements.js';
import { checkAgreementFile } from '../local-agreements.js';
import { exportPaper, previewLocale, ruleSettings } from '../tandem-settings.js';

export const EXPORT_AGREEMENT_COMMAND = 'tandem.exportAgreement';

const FORMAT_LABELS: Record<string, string> = {
    html: 'HTML — one self-contained page, prints on A4 or Letter',
    md: 'Markdown',
    txt: 'Plain text',
    pdf: 'PDF — tagged, fonts embedded',
    docx: 'Word document'
};

export async function exportAgreement(uri?: vscode.Uri): Promise<void> {
    const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== LANGUAGE_ID) {
        void vscode.window.showErrorMessage('Tandem: open a .tandem file to export its agreement.');
        return;
    }
    const checked = await checkAgreementFile(document.uri.fsPath, document.getText(), ruleSettings());
    if (checked.contracts.length === 0) {
        void vscode.window.showErrorMessage(`Tandem: ${path.basename(document.uri.fsPath)} has no contract to export (a template is exported through a contract from it).`);
        return;
    }
    const contract = checked.contracts.length === 1
        ? checked.contracts[0]
        : await vscode.window.showQuickPick(checked.contracts, { title: 'Export Agreement', placeHolder: 'Which contract?' });
    if (!contract) {
        return;
    }
    const picked = await vscode.window.showQuickPick(
        RENDER_FORMATS.map(format => ({ label: format, description: FORMAT_LABELS[format] ?? '', format })),
        { title: `Export ${contract}`, placeHolder: 'Format' });
    if (!picked) {
        return;
    }
    const format: RenderFormat = picked.format;
    const folder = document.uri.scheme === 'file' ? path.dirname(document.uri.fsPath) : vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    const target = await vscode.window.showSaveDialog({
        title: `Export ${contract} as ${format.toUpperCase()}`,
        defaultUri: folder ? vscode.Uri.file(path.join(folder, `${contract}.${format}`)) : undefined,
        filters: { [format.toUpperCase()]: [format] },
        saveLabel: 'Export'
    });
    if (!target) {
        return;
    }

    const locale = previewLocale();
    const first = await checked.render({ contract, format, locale, paper: exportPaper() });
    if (first.errors.length > 0) {
        const draft = 'Export a Draft';
        const answer = await vscode.window.showWarningMessage(
            `${contract} has ${plural(first.errors.length, 'error')} (first: ${first.errors[0].code}, ${where(first.errors[0], document.uri)}: ${first.errors[0].message}). Its agreement can only be exported as a draft, marked DRAFT on every page.`,
            { modal: true }, draft);
        if (answer !== draft) {
            return;
        }
    }
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Exporting ${contract} as ${format.toUpperCase()}…` }, async () => {
        try {
            await writeFileAtomic(target.fsPath, first.bytes);
        } catch (error) {
            throw new Error(`Tandem: the agreement was not written: ${describeFsError(error, target.fsPath, 'write')}`, { cause: error });
        }
    });
    const open = 'Open';
    const reveal = 'Show in Folder';
    const answer = await vscode.window.showInformationMessage(`Tandem: exported ${contract} to ${vscode.workspace.asRelativePath(target)}.`, open, reveal);
    if (answer === open) {
        await vscode.commands.executeCommand('vscode.open', target);
    } else if (answer === reveal) {
        await vscode.commands.executeCommand('revealFileInOS', target);
    }
}

/** "line 12", or "lib/housing.tandem line 4" for an error of the contract's template in another file. */
function where(problem: AgreementProblem, documentUri: vscode.Uri): string {
    const line = `line ${problem.line + 1}`;
    return problem.uri === documentUri.toString() ? line : `${vscode.workspace.asRelativePath(vscode.Uri.parse(problem.uri))} ${line}`;
}
