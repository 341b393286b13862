/**
 * Formatting in the editor: Langium's `Formatter` service over Tandem's formatter
 * (../formatting, shared with `tandem fmt`). Format Document, Format Selection (the lines the
 * selection touches) and format on typing `}` (the line typed). The layout is canonical, so the
 * editor's tab size and spaces-or-tabs options are not used; a document with a syntax error gets
 * no edits.
 */
import type { LangiumCoreServices, LangiumDocument } from 'langium';
import type { Formatter } from 'langium/lsp';
import type { DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentOnTypeFormattingParams, DocumentRangeFormattingParams, Range, TextEdit } from 'vscode-languageserver';
import { TandemTextFormatter } from '../formatting/tandem-text-formatter.js';

export class TandemFormatter implements Formatter {
    protected readonly textFormatter: TandemTextFormatter;

    constructor(services: LangiumCoreServices) {
        this.textFormatter = new TandemTextFormatter(services);
    }

    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): TextEdit[] {
        return this.edits(document);
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        return this.edits(document, params.range);
    }

    formatDocumentOnType(document: LangiumDocument, params: DocumentOnTypeFormattingParams): TextEdit[] {
        const line = params.position.line;
        return this.edits(document, { start: { line, character: 0 }, end: params.position });
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return { firstTriggerCharacter: '}' };
    }

    protected edits(document: LangiumDocument, range?: Range): TextEdit[] {
        const textDocument = document.textDocument;
        const text = textDocument.getText();
        const offsets = range && { start: textDocument.offsetAt(range.start), end: textDocument.offsetAt(range.end) };
        const edits = this.textFormatter.edits(text, offsets) ?? [];
        return edits.map(edit => ({
            range: { start: textDocument.positionAt(edit.offset), end: textDocument.positionAt(edit.offset + edit.length) },
            newText: edit.newText
        }));
    }
}
