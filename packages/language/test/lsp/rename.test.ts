/**
 * Rename across files: parties, goals, tasks and parameters (with their placeholders and the
 * bindings in contracts from the template); bad new names are refused with a message.
 */
import { describe, expect, test } from 'vitest';
import { URI } from 'langium';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { ResponseError } from 'vscode-languageserver';
import { buildFiles, CONTRACT, createLspServices, offsetOf, TEMPLATE } from './lsp-helpers.js';

/** Applies a workspace edit's changes to the texts (path → text). */
function apply(texts: Record<string, string>, edit: WorkspaceEdit | undefined): Record<string, string> {
    const result = { ...texts };
    for (const [uri, edits] of Object.entries(edit?.changes ?? {})) {
        const path = URI.parse(uri).path;
        result[path] = applyEdits(result[path], edits);
    }
    return result;
}

function applyEdits(text: string, edits: TextEdit[]): string {
    const lines = text.split('\n');
    const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
    const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
    let out = text;
    for (const edit of sorted) {
        out = out.slice(0, offset(edit.range.start)) + edit.newText + out.slice(offset(edit.range.end));
    }
    return out;
}

const OTHER = 'import "lib.tandem"\ncontract Omar from Housing {\n    clientName = "Omar {{start}}"\n    start = 2026-12-02\n}\n';

async function setUp() {
    const services = createLspServices();
    const files = { '/ws/lib.tandem': TEMPLATE, '/ws/jane.tandem': CONTRACT, '/ws/omar.tandem': OTHER };
    await buildFiles(services, files);
    const documentOf = (path: string) => services.shared.workspace.LangiumDocuments.getDocument(URI.file(path))!;
    const rename = (path: string, offset: number, newName: string) => {
        const document = documentOf(path);
        return services.Tandem.lsp.RenameProvider!.rename(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset), newName
        });
    };
    const prepare = (path: string, offset: number) => {
        const document = documentOf(path);
        return services.Tandem.lsp.RenameProvider!.prepareRename(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset)
        });
    };
    return { files, rename, prepare };
}

async function refusal(promise: Promise<unknown>): Promise<string> {
    try {
        await promise;
    } catch (error) {
        expect(error).toBeInstanceOf(ResponseError);
        return (error as ResponseError<void>).message;
    }
    throw new Error('the rename was not refused');
}

describe('rename', () => {
    test('a template\'s party, from a contract in another file: every reference in every file', async () => {
        const { files, rename } = await setUp();
        const after = apply(files, await rename('/ws/jane.tandem', offsetOf(CONTRACT, 'owner Client', 7), 'Tenant'));
        expect(after['/ws/lib.tandem']).toContain('client Tenant "{{clientName}}"');
        expect(after['/ws/lib.tandem']).toContain('owner Tenant  for Home');
        expect(after['/ws/lib.tandem']).toContain('sign Tenant, Worker');
        expect(after['/ws/jane.tandem']).toContain('owner Tenant, Worker');
    });

    test('a goal and a task', async () => {
        const { files, rename } = await setUp();
        const goal = apply(files, await rename('/ws/lib.tandem', offsetOf(TEMPLATE, 'Home', 1), 'Shelter'));
        expect(goal['/ws/lib.tandem'].match(/Shelter/g)).toHaveLength(3);
        const task = apply(files, await rename('/ws/lib.tandem', offsetOf(TEMPLATE, 'Search', 1), 'Look'));
        expect(task['/ws/lib.tandem']).toContain('task Look "Search listings"');
    });

    test('a parameter: its placeholders and the bindings in contracts that use the template', async () => {
        const { files, rename } = await setUp();
        const after = apply(files, await rename('/ws/lib.tandem', offsetOf(TEMPLATE, 'clientName', 1), 'fullName'));
        expect(after['/ws/lib.tandem']).toContain('param fullName: text');
        expect(after['/ws/lib.tandem']).toContain('client Client "{{fullName}}"');
        expect(after['/ws/jane.tandem']).toContain('fullName = "Jane Doe"');
        expect(after['/ws/omar.tandem']).toContain('fullName = "Omar {{start}}"');

        const start = apply(files, await rename('/ws/omar.tandem', offsetOf(OTHER, 'start =', 1), 'firstDay'));
        expect(start['/ws/omar.tandem']).toContain('"Omar {{firstDay}}"');
        expect(start['/ws/omar.tandem']).toContain('firstDay = 2026-12-02');
        expect(start['/ws/lib.tandem']).toContain('from firstDay for length weeks');
        expect(start['/ws/jane.tandem']).toContain('firstDay = 2026-12-01');
    });

    test('refused: not a name, a keyword, a name taken in the namespace', async () => {
        const { rename } = await setUp();
        expect(await refusal(rename('/ws/lib.tandem', offsetOf(TEMPLATE, 'Home', 1), 'New home'))).toMatch(/is not a name/);
        expect(await refusal(rename('/ws/lib.tandem', offsetOf(TEMPLATE, 'Home', 1), '2nd'))).toMatch(/is not a name/);
        expect(await refusal(rename('/ws/lib.tandem', offsetOf(TEMPLATE, 'Home', 1), 'weekly'))).toMatch(/`weekly` is a keyword .* `Weekly` can be/);
        expect(await refusal(rename('/ws/lib.tandem', offsetOf(TEMPLATE, 'Home', 1), 'Search'))).toMatch(/already the name of a task/);
        // The template shares its namespace with the contracts from it.
        expect(await refusal(rename('/ws/lib.tandem', offsetOf(TEMPLATE, 'Home', 1), 'Income'))).toMatch(/already the name of a goal in contract `Jane`/);
        expect(await refusal(rename('/ws/jane.tandem', offsetOf(CONTRACT, 'Income', 1), 'start'))).toMatch(/already the name of a parameter in template `Housing`/);
    });

    test('prepareRename: the name\'s range for declarations and references; contracts are not renamed here', async () => {
        const { prepare } = await setUp();
        expect(await prepare('/ws/jane.tandem', offsetOf(CONTRACT, 'Client,', 2))).toEqual({
            start: { line: 6, character: 43 }, end: { line: 6, character: 49 }
        });
        expect(await refusal(Promise.resolve().then(() => prepare('/ws/jane.tandem', offsetOf(CONTRACT, 'Jane from', 1))))).toMatch(/Only parties, goals, tasks and parameters/);
    });
});
