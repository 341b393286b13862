/**
 * Test helpers: parse and validate Tandem text in memory, and look diagnostics up by code.
 */
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Model, TandemSettingsUpdate } from '@tandem/language';
import { createTandemServices } from '@tandem/language';

export interface ValidatedDocuments {
    documents: Array<LangiumDocument<Model>>;
    diagnostics: Diagnostic[][];
}

/** Validates several in-memory files together; `files` maps a path (e.g. `/ws/a.tandem`) to its text. */
export async function validateFiles(files: Record<string, string>, settings?: TandemSettingsUpdate): Promise<ValidatedDocuments> {
    const { shared, Tandem } = createTandemServices();
    if (settings) {
        Tandem.settings.SettingsProvider.update(settings);
    }
    const documents = Object.entries(files).map(([path, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.file(path));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return { documents, diagnostics: documents.map(document => document.diagnostics ?? []) };
}

/** Validates one file and returns its diagnostics. */
export async function validate(text: string, settings?: TandemSettingsUpdate): Promise<Diagnostic[]> {
    const { diagnostics } = await validateFiles({ '/ws/test.tandem': text }, settings);
    return diagnostics[0];
}

export function codes(diagnostics: readonly Diagnostic[]): string[] {
    return diagnostics.map(diagnostic => String(diagnostic.code));
}

export function withCode(diagnostics: readonly Diagnostic[], code: string): Diagnostic[] {
    return diagnostics.filter(diagnostic => diagnostic.code === code);
}

/** `line:column` (1-based) of a diagnostic's start, for readable assertions. */
export function at(diagnostic: Diagnostic): string {
    return `${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}`;
}

/** The text a diagnostic's range covers. */
export function coveredText(text: string, diagnostic: Diagnostic): string {
    const lines = text.split(/\r?\n/);
    const { start, end } = diagnostic.range;
    if (start.line === end.line) {
        return lines[start.line].slice(start.character, end.character);
    }
    return [lines[start.line].slice(start.character), ...lines.slice(start.line + 1, end.line), lines[end.line].slice(0, end.character)].join('\n');
}
