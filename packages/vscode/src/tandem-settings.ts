/**
 * The extension's view of the `tandem` settings: what the preview and the export use, and the
 * rule settings for agreements checked in the extension host.
 */
import * as vscode from 'vscode';
import type { TandemSettingsUpdate } from '@tandem/language';
import type { Paper } from '@tandem/render';

export function previewLocale(): string | undefined {
    const locale = vscode.workspace.getConfiguration('tandem').get<string>('preview.locale', '');
    return locale === '' ? undefined : locale;
}

export function exportPaper(): Paper {
    return vscode.workspace.getConfiguration('tandem').get<string>('export.paper', 'a4') === 'letter' ? 'letter' : 'a4';
}

export function ruleSettings(): TandemSettingsUpdate {
    const configuration = vscode.workspace.getConfiguration('tandem');
    return {
        readingLevel: { targetGrade: configuration.get<number>('readingLevel.targetGrade', 8) },
        judgmentalLanguage: { enabled: configuration.get<boolean>('judgmentalLanguage.enabled', true) }
    };
}
