/**
 * Related information (where the cause of a problem is written) is attached when the problem is
 * found (packages/language/src/validation/problem-placement.ts), so `tandem validate --format
 * json` and the editor carry the same related locations: a value of the wrong type points at the
 * parameter's declaration, a binding that names no parameter at the template, an effective
 * problem placed on `from` at the template's line.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TEMPLATE } from '../../packages/language/test/lsp/lsp-helpers.js';
import { runCli } from './run-cli.js';
import type { ServerProcess } from '../lsp/server-process.js';
import { fileUri, startServer } from '../lsp/server-process.js';

interface Related { file: string; line: number; column: number; endLine: number; endColumn: number; message: string }
interface JsonDiagnostic { file: string; line: number; column: number; code: string; related?: Related[] }

const CONTRACT = [
    'import "lib.tandem"', '',
    'contract Jane from Housing {',
    '    clientName = "Jane Doe"',
    '    start = "soon"',
    '    length = 12',
    '    nickname = "JD"',
    '    goal Income "Apply for benefits" { measure "Application sent" by start }',
    '}', ''
].join('\n');

let dir: string;
let server: ServerProcess;

beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tandem-related-'));
    writeFileSync(path.join(dir, 'lib.tandem'), TEMPLATE.replace('param length: number = 12', 'param length: number = 12\n    param note: text = "none"'));
    writeFileSync(path.join(dir, 'jane.tandem'), CONTRACT);
    server = await startServer({ rootPath: dir });
});
afterAll(async () => {
    await server?.stop();
});

/** A related location as "file:line:column message", 1-based, whatever the source. */
const fromJson = (entry: Related) => `${path.basename(entry.file)}:${entry.line}:${entry.column} ${entry.message}`;
const fromLsp = (entry: NonNullable<Diagnostic['relatedInformation']>[number]) =>
    `${path.basename(fileURLToPath(entry.location.uri))}:${entry.location.range.start.line + 1}:${entry.location.range.start.character + 1} ${entry.message}`;

describe('related information', () => {
    test('validate --format json and the editor carry the same related locations', async () => {
        const result = runCli(['validate', 'jane.tandem', '--format', 'json'], { cwd: dir });
        const json = (JSON.parse(result.stdout) as JsonDiagnostic[]).filter(diagnostic => diagnostic.file === 'jane.tandem');
        const mismatch = json.find(diagnostic => diagnostic.code === 'param-type-mismatch')!;
        expect(mismatch.related).toEqual([{ file: 'lib.tandem', line: 3, column: 5, endLine: 3, endColumn: 34, message: '`start` is declared here as a date parameter' }]);
        const unknown = json.find(diagnostic => diagnostic.code === 'unresolved-reference')!;
        expect(unknown.related?.[0]).toMatchObject({ file: 'lib.tandem', line: 1, message: 'The parameters of template `Housing`' });

        const uri = fileUri(path.join(dir, 'jane.tandem'));
        await server.open(fileUri(path.join(dir, 'lib.tandem')), readFileSync(path.join(dir, 'lib.tandem'), 'utf8')).catch(() => undefined);
        const editor = await server.open(uri, CONTRACT);
        const key = (line: number, column: number, code: unknown) => `${line}:${column}:${String(code)}`;
        const editorRelated = new Map(editor.map(diagnostic => [
            key(diagnostic.range.start.line + 1, diagnostic.range.start.character + 1, diagnostic.code),
            (diagnostic.relatedInformation ?? []).map(fromLsp)
        ]));
        const withRelated = json.filter(diagnostic => diagnostic.related);
        expect(withRelated.length).toBeGreaterThanOrEqual(2);
        for (const diagnostic of json) {
            expect(editorRelated.get(key(diagnostic.line, diagnostic.column, diagnostic.code)), `${diagnostic.code} at ${diagnostic.line}:${diagnostic.column}`)
                .toEqual((diagnostic.related ?? []).map(fromJson));
        }
    });

    test('diagnostics without related information keep the documented shape', () => {
        const result = runCli(['validate', 'lib.tandem', '--format', 'json'], { cwd: dir });
        for (const diagnostic of JSON.parse(result.stdout) as Array<Record<string, unknown>>) {
            expect(Object.keys(diagnostic)).toEqual(['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message']);
        }
    });
});
