/**
 * The editor's formatting service: the same layout as `tandem fmt`, as LSP text edits, for the
 * document, a selection and on typing `}`; no edits for a document with a syntax error.
 */
import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { formatTandemText } from '../../src/formatting/tandem-text-formatter.js';
import { createTandemLspServices } from '../../src/lsp/tandem-lsp-module.js';

const { shared, Tandem } = createTandemLspServices(EmptyFileSystem);
const formatter = Tandem.lsp.Formatter!;
const options = { tabSize: 2, insertSpaces: false };
let count = 0;

function documentOf(text: string) {
    return shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/ws/format-${count++}.tandem`));
}

function apply(text: string, edits: TextEdit[]): string {
    return TextDocument.applyEdits(TextDocument.create('file:///x.tandem', 'tandem', 1, text), edits);
}

const MESSY = [
    'contract X {',
    '  agency    "A"',
    '      locale en',
    'goal G "g"   {   measure "m" }',
    '        sign C }'
].join('\n');

describe('TandemFormatter (LSP)', () => {
    it('is the registered Formatter and formats the document as tandem fmt does, whatever the editor options', async () => {
        const document = documentOf(MESSY);
        const edits = await formatter.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options });
        expect(edits.length).toBeGreaterThan(0);
        expect(apply(MESSY, edits)).toBe(formatTandemText(MESSY));
        expect(apply(MESSY, edits)).toContain('\n    goal G "g" { measure "m" }\n');
    });

    it('formats only the lines of a selection', async () => {
        const document = documentOf(MESSY);
        const range = { start: { line: 2, character: 3 }, end: { line: 2, character: 5 } };
        const edits = await formatter.formatDocumentRange(document, { textDocument: { uri: document.uri.toString() }, options, range });
        expect(apply(MESSY, edits)).toBe(MESSY.replace('      locale en', '    locale en'));
    });

    it('formats the line where `}` was typed', async () => {
        expect(formatter.formatOnTypeOptions?.firstTriggerCharacter).toBe('}');
        const text = 'contract X {\n    goal G "g" {measure "m"   }\n}\n';
        const document = documentOf(text);
        const edits = await formatter.formatDocumentOnType(document, { textDocument: { uri: document.uri.toString() }, options, ch: '}', position: { line: 1, character: 30 } });
        expect(apply(text, edits)).toBe('contract X {\n    goal G "g" { measure "m" }\n}\n');
    });

    it('returns no edits for a document with a syntax error, nor for a formatted one', async () => {
        const broken = documentOf('contract X {\n      agency\n}');
        expect(await formatter.formatDocument(broken, { textDocument: { uri: broken.uri.toString() }, options })).toEqual([]);
        const formatted = documentOf(formatTandemText(MESSY)!);
        expect(await formatter.formatDocument(formatted, { textDocument: { uri: formatted.uri.toString() }, options })).toEqual([]);
    });
});
