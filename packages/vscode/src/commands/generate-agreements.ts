/**
 * "Tandem: Generate Agreements from Data…": a template and a file of rows (CSV, JSON, JSONL)
 * become one agreement per row, written by @tandem/batch's BatchRun in the extension host (one
 * job: no worker threads), with progress and cancel; manifest.json is opened when it is done.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { BatchResult } from '@tandem/batch';
import { BatchRun, BatchSetupError } from '@tandem/batch';
import type { RenderFormat } from '@tandem/render';
import { RENDER_FORMATS } from '@tandem/render';
import { exportPaper, previewLocale } from '../tandem-settings.js';
import { pickTemplate } from '../template-finder.js';

export const GENERATE_AGREEMENTS_COMMAND = 'tandem.generateAgreements';

export async function generateAgreements(client: LanguageClient | undefined): Promise<void> {
    const template = await pickTemplate('Generate Agreements from Data', client);
    if (!template) {
        return;
    }
    const data = await vscode.window.showOpenDialog({
        title: `Rows of data for ${template.template}`,
        canSelectMany: false,
        defaultUri: vscode.Uri.file(path.dirname(template.file.fsPath)),
        filters: { 'Rows of data': ['csv', 'json', 'jsonl'] },
        openLabel: 'Use These Rows'
    });
    if (!data?.[0]) {
        return;
    }
    const dataFile = data[0].fsPath;
    const picked = await vscode.window.showQuickPick(
        RENDER_FORMATS.map(format => ({ label: format, picked: format === 'pdf', format })),
        { title: 'Generate Agreements from Data', placeHolder: 'Format of the agreements' });
    if (!picked) {
        return;
    }
    const format: RenderFormat = picked.format;
    const suggested = path.join(path.dirname(dataFile), `${path.basename(dataFile, path.extname(dataFile))}-agreements`);
    const out = await vscode.window.showInputBox({
        title: 'Generate Agreements from Data',
        prompt: 'Folder for the agreements and manifest.json (created if needed)',
        value: suggested,
        validateInput: value => value.trim() === '' ? 'Give a folder' : undefined
    });
    if (!out) {
        return;
    }

    const result = await vscode.window.withProgress({
        location: vscode.ProgressLocation.Notification,
        title: `Tandem: agreements from ${path.basename(dataFile)}`,
        cancellable: true
    }, async (progress, token): Promise<BatchResult | undefined> => {
        const setupErrors: string[] = [];
        const run = new BatchRun({
            file: template.file.fsPath, template: template.template, data: dataFile, out: path.resolve(out.trim()),
            format, locale: previewLocale(), paper: exportPaper(), jobs: 1
        }, {
            onSetupProblem: problem => {
                if (problem.severity === 'error') {
                    setupErrors.push(problem.message);
                }
            },
            onProgress: rows => progress.report({ message: `${rows} ${rows === 1 ? 'row' : 'rows'} done` })
        });
        token.onCancellationRequested(() => run.stop());
        try {
            const done = await run.run();
            if (done.setupFailed) {
                void vscode.window.showErrorMessage(`Tandem: nothing was written. ${setupErrors.join(' ')}`);
                return undefined;
            }
            return done;
        } catch (error) {
            const message = error instanceof BatchSetupError ? error.message : `the batch stopped: ${(error as Error).message}`;
            void vscode.window.showErrorMessage(`Tandem: ${message}`);
            return undefined;
        }
    });
    if (!result?.manifest) {
        return;
    }
    await vscode.window.showTextDocument(vscode.Uri.file(result.manifest), { preview: false });
    const summary = `${result.written} written, ${result.failed} failed${result.interrupted ? ' (stopped: the rows after them were not read)' : ''}`;
    if (result.failed > 0) {
        void vscode.window.showWarningMessage(`Tandem: ${summary}; manifest.json lists each failed row and why.`);
    } else {
        void vscode.window.showInformationMessage(`Tandem: ${summary}.`);
    }
}
