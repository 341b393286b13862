/**
 * The language server reads the workspace's `.tandem` files as the command line does: a file
 * that is not valid UTF-8 (saved as Windows-1252) is one located `syntax` error naming the
 * problem, not text with U+FFFD; a UTF-16 file with a byte-order mark is read as such. A real
 * server process on a real folder.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { fileUri, startServer } from './server-process.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'tandem-lsp-encodings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CONTRACT = `contract Ana "Acuerdo" {
    parties { client Ana "José Muñoz"  worker Leo "Leo Gil" }
    duration { from 2026-12-01 to 2027-02-28 }
    goal G "Encontrar casa" { measure "Un contrato" }
    task T "Buscar" { owner Ana  for G }
    task U "Llamar" { owner Leo  for G }
    confidentiality { limit safety }
    termination { when goals-met }
    sign Ana, Leo
}
`;

test('a Windows-1252 file is one syntax error at its first bad byte; a UTF-16 file reads as its text', async () => {
    const latin1 = path.join(dir, 'latin1.tandem');
    writeFileSync(latin1, Buffer.from(CONTRACT, 'latin1'));
    const utf16 = path.join(dir, 'utf16.tandem');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CONTRACT.replace('contract Ana', 'contract Beto'), 'utf16le')]));
    const server = await startServer({ rootPath: dir });
    try {
        await expect.poll(() => server.diagnostics.get(fileUri(latin1)), { timeout: 20_000 }).toBeDefined();
        const bad = server.diagnostics.get(fileUri(latin1))!;
        expect(bad).toHaveLength(1);
        expect(bad[0]).toMatchObject({ code: 'syntax', severity: 1, range: { start: { line: 1, character: 29 } } });
        expect(bad[0].message).toContain('not valid UTF-8 (byte 0xE9)');
        await expect.poll(() => server.diagnostics.get(fileUri(utf16)), { timeout: 20_000 }).toBeDefined();
        expect(server.diagnostics.get(fileUri(utf16))!.filter(diagnostic => diagnostic.code === 'syntax')).toEqual([]);
        // Opened by an editor that decoded it its own way, the file is checked as the editor's text.
        const opened = await server.open(fileUri(latin1), CONTRACT);
        expect(opened.filter(diagnostic => diagnostic.code === 'syntax')).toEqual([]);
    } finally {
        await server.stop();
    }
}, 60_000);
