/**
 * tandem.json: parsed and checked with clear messages (invalid JSON, unknown keys, wrong values),
 * found by walking up, turned into the settings the rules read.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { findWorkspaceSettingsFile, lineAndColumn, parseWorkspaceSettings, toSettingsUpdate } from '@tandem/language/node';

describe('tandem.json', () => {
    test('every key, valid', () => {
        const { settings, problems } = parseWorkspaceSettings(JSON.stringify({
            readingLevel: { targetGrade: 10 },
            judgmentalLanguage: { enabled: false, extraTerms: [{ term: 'difficult', suggestion: 'describe what happened' }] },
            locale: 'es',
            paper: 'letter'
        }));
        expect(problems).toEqual([]);
        expect(settings).toEqual({
            readingLevel: { targetGrade: 10 },
            judgmentalLanguage: { enabled: false, extraTerms: [{ term: 'difficult', suggestion: 'describe what happened' }] },
            locale: 'es',
            paper: 'letter'
        });
        expect(toSettingsUpdate(settings)).toEqual({
            readingLevel: { targetGrade: 10 },
            judgmentalLanguage: { enabled: false, extraTerms: [{ term: 'difficult', suggestion: 'describe what happened' }] }
        });
    });

    test('invalid JSON: one problem where the parser stopped', () => {
        const text = '{\n  "readingLevel": { "targetGrade": 8 },\n  oops\n}';
        const { problems } = parseWorkspaceSettings(text);
        expect(problems).toHaveLength(1);
        expect(problems[0].message).toMatch(/^tandem.json is not valid JSON/);
        expect(lineAndColumn(text, problems[0].offset).line).toBe(3);
    });

    test('unknown keys and wrong values are named, the valid parts still apply', () => {
        const text = '{\n  "readingGrade": 9,\n  "readingLevel": { "targetGrade": -1, "grade": 3 },\n  "judgmentalLanguage": { "enabled": "yes" },\n  "locale": "fr",\n  "paper": "A4"\n}';
        const { settings, problems } = parseWorkspaceSettings(text);
        expect(problems.map(problem => [lineAndColumn(text, problem.offset).line, problem.message])).toEqual([
            [2, 'Unknown setting `readingGrade`; tandem.json knows `readingLevel`, `judgmentalLanguage`, `locale`, `paper`.'],
            [3, 'Unknown setting `readingLevel.grade`; `readingLevel` knows `targetGrade` and `minimumInflesz`.'],
            [3, '`readingLevel.targetGrade` must be a number above 0, e.g. 8.'],
            [4, '`judgmentalLanguage.enabled` must be true or false.'],
            [5, '`locale` must be one of "en", "es".'],
            [6, '`paper` must be "a4" or "letter".']
        ]);
        expect(settings).toEqual({ judgmentalLanguage: {} });
        const terms = parseWorkspaceSettings('{ "judgmentalLanguage": { "extraTerms": [{ "term": "x" }] } }');
        expect(terms.problems[0].message).toMatch(/must be a list of \{ "term": "…", "suggestion": "…" \}.* Entry 1 is not/);
    });

    test('readingLevel.minimumInflesz (0.2): the lowest INFLESZ score for Spanish, from 0 to 100', () => {
        const good = parseWorkspaceSettings('{ "readingLevel": { "minimumInflesz": 65 } }');
        expect(good.problems).toEqual([]);
        expect(toSettingsUpdate(good.settings)).toEqual({ readingLevel: { minimumInflesz: 65 }, judgmentalLanguage: undefined });
        const both = parseWorkspaceSettings('{ "readingLevel": { "targetGrade": 6, "minimumInflesz": 60 } }');
        expect(both.settings).toEqual({ readingLevel: { targetGrade: 6, minimumInflesz: 60 } });
        const bad = parseWorkspaceSettings('{ "readingLevel": { "minimumInflesz": "high" } }');
        expect(bad.problems.map(problem => problem.message)).toEqual(['`readingLevel.minimumInflesz` must be a number from 0 to 100, e.g. 55.']);
        expect(bad.settings).toEqual({});
    });

    test('found in the folder or the nearest folder above', () => {
        const root = mkdtempSync(path.join(os.tmpdir(), 'tandem-settings-'));
        try {
            mkdirSync(path.join(root, 'a/b'), { recursive: true });
            writeFileSync(path.join(root, 'tandem.json'), '{}');
            expect(findWorkspaceSettingsFile(path.join(root, 'a/b'))).toBe(path.join(root, 'tandem.json'));
            expect(findWorkspaceSettingsFile(path.join(root, 'a/b/missing.tandem'))).toBe(path.join(root, 'tandem.json'));
        } finally {
            rmSync(root, { recursive: true, force: true });
        }
    });
});
