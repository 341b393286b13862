/**
 * Inlay hints (end of a `for N weeks` period, sessions the frequency fits, binding types) and
 * code lens (preview command, goals and tasks count).
 */
import { describe, expect, test } from 'vitest';
import { URI } from 'langium';
import { OPEN_PREVIEW_COMMAND } from '@tandem/language/lsp';
import { periodEnd, sessionsThatFit } from '@tandem/language';
import { buildFiles, CONTRACT, createLspServices, TEMPLATE } from './lsp-helpers.js';

const WHOLE = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };

describe('inlay hints', () => {
    test('the end of the period, the sessions that fit, the type of each binding', async () => {
        const services = createLspServices();
        const text = `contract A {
    duration {
        from 2026-12-01 for 10 weeks
        meet fortnightly for 5 sessions
    }
}
template T {
    param start: date = 2027-01-31
    param n: number = 1
    duration { from start for n month  meet weekly }
}
`;
        await buildFiles(services, { '/ws/a.tandem': text, '/ws/lib.tandem': TEMPLATE, '/ws/jane.tandem': CONTRACT });
        const hintsOf = async (path: string) => {
            const document = services.shared.workspace.LangiumDocuments.getDocument(URI.file(path))!;
            const hints = await services.Tandem.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: document.uri.toString() }, range: WHOLE });
            return (hints ?? []).map(hint => `${hint.position.line}:${hint.position.character} ${hint.label}`);
        };
        expect(periodEnd('2026-12-01', 10, 'weeks')).toBe('2027-02-09');
        expect(sessionsThatFit('fortnightly', '2026-12-01', '2027-02-09')).toBe(5);
        expect(await hintsOf('/ws/a.tandem')).toEqual([
            '2:36 ends 2027-02-09',
            '3:24 fits 5 sessions',
            '9:37 ends 2027-02-28',
            '9:50 fits 4 sessions'
        ]);
        expect(await hintsOf('/ws/jane.tandem')).toEqual(['3:14 : text', '4:9 : date']);
    });

    test('(0.2) the date of the first meeting: the first of its days on or after the start', async () => {
        const services = createLspServices();
        // 2026-12-01 is a Tuesday: the first Thursday is 3 December; a Tuesday meeting starts that day.
        const text = `contract A {
    duration {
        from 2026-12-01 to 2027-02-28
        meet twice-weekly on monday, thursday 10:00 for 50 minutes
    }
}
contract B {
    duration { from 2026-12-01 to 2027-02-28  meet weekly on tuesday }
}
contract C {
    duration { from 2026-12-01 to 2026-12-02  meet "when we can" on saturday }
}
`;
        await buildFiles(services, { '/ws/a.tandem': text });
        const document = services.shared.workspace.LangiumDocuments.getDocument(URI.file('/ws/a.tandem'))!;
        const hints = (await services.Tandem.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: document.uri.toString() }, range: WHOLE }) ?? [])
            .map(hint => `${hint.position.line}:${hint.position.character} ${hint.label}`);
        // C's Saturday falls after its period: no hint.
        expect(hints).toEqual([
            '3:45 first 2026-12-03',
            '3:25 fits 26 sessions',
            '7:68 first 2026-12-01',
            '7:57 fits 13 sessions'
        ]);
    });
});

describe('code lens', () => {
    test('each contract: preview command with URI and name, and its goals and tasks count', async () => {
        const services = createLspServices();
        const text = `${CONTRACT}\ncontract B {\n    goal G "g"\n}\n`;
        await buildFiles(services, { '/ws/lib.tandem': TEMPLATE, '/ws/jane.tandem': text });
        const document = services.shared.workspace.LangiumDocuments.getDocument(URI.file('/ws/jane.tandem'))!;
        const lenses = await services.Tandem.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
        expect(lenses?.map(lens => [lens.range.start.line, lens.command?.title, lens.command?.command, lens.command?.arguments])).toEqual([
            [2, 'Preview agreement', OPEN_PREVIEW_COMMAND, [document.uri.toString(), 'Jane']],
            [2, '2 goals · 3 tasks', '', undefined],
            [9, 'Preview agreement', OPEN_PREVIEW_COMMAND, [document.uri.toString(), 'B']],
            [9, '1 goal · 0 tasks', '', undefined]
        ]);
        const templateDocument = services.shared.workspace.LangiumDocuments.getDocument(URI.file('/ws/lib.tandem'))!;
        expect(await services.Tandem.lsp.CodeLensProvider!.provideCodeLens(templateDocument, { textDocument: { uri: templateDocument.uri.toString() } })).toEqual([]);
    });
});
