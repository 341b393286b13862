/**
 * The formatter: the canonical layout of docs/formatting.md, comments and strings kept, meaning
 * kept (same tokens, same diagnostics), idempotence, range formatting, syntax errors untouched.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createTandemServices } from '@tandem/language';
import { applyFormattingEdits, firstSyntaxProblem, formatTandemText, TandemTextFormatter } from '../../src/formatting/tandem-text-formatter.js';
import { validate } from '../helpers.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const services = createTandemServices().Tandem;
const formatter = new TandemTextFormatter(services);

/** Tokens and comments, without whitespace: what the formatter must never change. */
function tokens(text: string): string[] {
    const lexed = services.parser.Lexer.tokenize(text);
    return [...lexed.tokens, ...lexed.hidden].sort((a, b) => a.startOffset - b.startOffset).map(token => token.image.trimEnd());
}

function lines(...text: string[]): string {
    return `${text.join('\n')}\n`;
}

describe('the canonical layout', () => {
    it('indents four spaces per block, one member per line, and joins the tokens of a member with one space', () => {
        const input = [
            'contract   X "t"{',
            '\tagency    "A"',
            '  locale en parties {',
            '   client C "c"   title "T"',
            '        worker W "w" }',
            'task T "t" {',
            '  owner C ,W',
            ' for G',
            ' due',
            '  2027-01-01 }',
            '     sign C ,W }'
        ].join('\n');
        expect(formatTandemText(input)).toBe(lines(
            'contract X "t" {',
            '    agency "A"',
            '    locale en',
            '    parties {',
            '        client C "c" title "T"',
            '        worker W "w"',
            '    }',
            '    task T "t" {',
            '        owner C, W',
            '        for G',
            '        due 2027-01-01',
            '    }',
            '    sign C, W',
            '}'
        ));
    });

    it('keeps a block written on one line on one line: one space inside the braces, two between items', () => {
        const input = lines(
            'template T {',
            '    param  start :date',
            '    param length:number=12 "weeks"',
            '    duration {from start for length weeks meet weekly}',
            '    task S "s" {   owner Client,Worker   for Housing }',
            '    goal H "h" {measure "m"}',
            '    confidentiality { limit safety limit abuse   }',
            '    boundaries {}',
            '    termination {  }',
            '}'
        );
        expect(formatTandemText(input)).toBe(lines(
            'template T {',
            '    param start: date',
            '    param length: number = 12 "weeks"',
            '    duration { from start for length weeks  meet weekly }',
            '    task S "s" { owner Client, Worker  for Housing }',
            '    goal H "h" { measure "m" }',
            '    confidentiality { limit safety  limit abuse }',
            '    boundaries {}',
            '    termination {}',
            '}'
        ));
    });

    it('keeps at most one blank line between members, none after `{` or before `}`, none at the start', () => {
        const input = [
            '',
            '',
            'contract X {',
            '',
            '    agency "A"',
            '',
            '',
            '',
            '    locale en',
            '    parties {',
            '',
            '        client C "c"',
            '',
            '    }',
            '',
            '}',
            '',
            '',
            ''
        ].join('\n');
        expect(formatTandemText(input)).toBe(lines(
            'contract X {',
            '    agency "A"',
            '',
            '    locale en',
            '    parties {',
            '        client C "c"',
            '    }',
            '}'
        ));
    });

    it('removes a blank line after a comment on the line of `{`, as after the `{` itself', () => {
        expect(formatTandemText('contract X { // why\n\n    agency "A"\n}\n')).toBe('contract X { // why\n    agency "A"\n}\n');
    });

    it('puts each import and declaration on a line of its own, keeping the blank lines written between them', () => {
        expect(formatTandemText('import "a.tandem" import "b.tandem"\n\n\ncontract X {} contract Y {}')).toBe(lines(
            'import "a.tandem"',
            'import "b.tandem"',
            '',
            'contract X {}',
            'contract Y {}'
        ));
    });

    it('keeps line, block and trailing comments where they are, indented with what follows them', () => {
        const input = [
            '// header',
            '/* block',
            '   comment */',
            'contract X { // on the brace',
            '        // before agency',
            '  agency "A"    // trailing   ',
            '   /* inline */ locale en',
            '  task T "t" {',
            '     owner C // why',
            '          for G',
            '    // last in task',
            ' }',
            '  sign /* who */ C',
            '      // before the end',
            '}',
            '// at the end'
        ].join('\n');
        expect(formatTandemText(input)).toBe(lines(
            '// header',
            '/* block',
            '   comment */',
            'contract X { // on the brace',
            '    // before agency',
            '    agency "A" // trailing',
            '    /* inline */ locale en',
            '    task T "t" {',
            '        owner C // why',
            '        for G',
            '        // last in task',
            '    }',
            '    sign /* who */ C',
            '    // before the end',
            '}',
            '// at the end'
        ));
    });

    it('breaks a member after a comment inside it and indents what follows one level deeper', () => {
        const input = lines(
            'contract X {',
            '    confidentiality {',
            '        share "notes" // only notes',
            '        with "Court" for "x"',
            '        share "a" /* c */',
            '  with "B"',
            '    }',
            '}'
        );
        expect(formatTandemText(input)).toBe(lines(
            'contract X {',
            '    confidentiality {',
            '        share "notes" // only notes',
            '            with "Court" for "x"',
            '        share "a" /* c */',
            '            with "B"',
            '    }',
            '}'
        ));
    });

    it('puts a `{` that follows a comment on the next line in line with its `}`', () => {
        const input = 'contract X {\n    task T "t" // why\n    {\n  owner C\n    }\n}\n';
        expect(formatTandemText(input)).toBe('contract X {\n    task T "t" // why\n    {\n        owner C\n    }\n}\n');
    });

    it('never changes a string, a multi-line one included', () => {
        const input = 'contract X {\n  boundaries {\n"first line\n   second   line\n\n  new paragraph"   "C:\\temp \\" ok"\n }\n}';
        expect(formatTandemText(input)).toBe('contract X {\n    boundaries {\n        "first line\n   second   line\n\n  new paragraph"\n        "C:\\temp \\" ok"\n    }\n}\n');
    });

    it('ends the file with one line break and keeps CRLF files CRLF', () => {
        expect(formatTandemText('contract X {}')).toBe('contract X {}\n');
        expect(formatTandemText('contract X {\r\n  agency "A"\r\n\r\n\r\n  locale en }\r\n\r\n')).toBe('contract X {\r\n    agency "A"\r\n\r\n    locale en\r\n}\r\n');
    });

    it('formats an empty file (or only whitespace) to the empty text', () => {
        expect(formatTandemText('')).toBe('');
        expect(formatTandemText('  \n\n')).toBe('');
        expect(formatTandemText('// only a comment')).toBe('// only a comment\n');
    });

    it('leaves a file with a syntax error alone: no edits', () => {
        expect(formatter.edits('contract X {\n  agency\n}')).toBeUndefined();
        expect(formatter.format('contract X { agency "A"')).toBeUndefined();
        expect(formatter.format('contract X { agency "unterminated }')).toBeUndefined();
        expect(formatTandemText('contract client {}')).toBeUndefined();
    });
});

describe('range formatting', () => {
    const input = [
        'contract X {',
        '  agency    "A"',
        '      locale en',
        'goal G "g"   {   measure "m" }',
        '        sign C',
        '}'
    ].join('\n');

    it('formats only the lines the range touches', () => {
        const start = input.indexOf('locale');
        const end = input.indexOf('goal') + 4;
        const edits = formatter.edits(input, { start, end })!;
        expect(applyFormattingEdits(input, edits)).toBe([
            'contract X {',
            '  agency    "A"',
            '    locale en',
            '    goal G "g" { measure "m" }',
            '        sign C',
            '}'
        ].join('\n'));
    });

    it('formats the whole file when the range covers it, as format does', () => {
        const edits = formatter.edits(input, { start: 0, end: input.length })!;
        expect(applyFormattingEdits(input, edits)).toBe(formatter.format(input));
    });

    it('returns no edits for a range that is already canonical, and none for a text with a syntax error', () => {
        const canonical = formatter.format(input)!;
        expect(formatter.edits(canonical, { start: 0, end: canonical.length })).toEqual([]);
        expect(formatter.edits('contract {', { start: 0, end: 3 })).toBeUndefined();
    });
});

describe('the formatter keeps the meaning and is idempotent', () => {
    const examples = fs.readdirSync(path.join(REPO, 'examples'), { recursive: true, encoding: 'utf8' })
        .filter(name => name.endsWith('.tandem'))
        .sort()
        .map(name => fs.readFileSync(path.join(REPO, 'examples', name), 'utf8'));

    /** Deterministic pseudo-random numbers (a linear congruential generator). */
    function random(seed: number): () => number {
        let state = seed;
        return () => {
            state = (state * 1103515245 + 12345) % 2147483648;
            return state / 2147483648;
        };
    }

    /** The same tokens and comments with the whitespace between them scrambled. */
    function scramble(text: string, seed: number): string {
        const next = random(seed);
        const lexed = services.parser.Lexer.tokenize(text);
        const all = [...lexed.tokens, ...lexed.hidden].sort((a, b) => a.startOffset - b.startOffset);
        const choices = [' ', '  ', '\n', '\n\n\n', '\t', ' \n  ', '\r\n'];
        let result = '';
        for (const token of all) {
            const previous = result.length === 0 ? '' : result[result.length - 1];
            const afterLineComment = /\/\/[^\n]*$/.test(result.slice(result.lastIndexOf('\n') + 1));
            const gap = choices[Math.floor(next() * choices.length)];
            result += (afterLineComment ? '\n' : previous === '' ? '' : gap) + token.image.trimEnd();
        }
        return result;
    }

    it('keeps every token and comment, and is idempotent, with comments inserted anywhere', () => {
        const next = random(7);
        const gaps = [' ', '\n', '\n\n', ' /* c */ ', ' // x\n', '\n/* a\n  b */\n', '\t'];
        for (const text of examples) {
            for (let round = 0; round < 5; round++) {
                const lexed = services.parser.Lexer.tokenize(text);
                let commented = '';
                for (const token of [...lexed.tokens, ...lexed.hidden].sort((a, b) => a.startOffset - b.startOffset)) {
                    const afterLineComment = /\/\/[^\n]*$/.test(commented.slice(commented.lastIndexOf('\n') + 1));
                    const gap = gaps[Math.floor(next() * gaps.length)];
                    commented += (commented === '' ? '' : afterLineComment && !gap.includes('\n') ? '\n' : gap) + token.image.trimEnd();
                }
                const formatted = formatTandemText(commented);
                expect(formatted).toBeDefined();
                expect(tokens(formatted!)).toEqual(tokens(commented));
                expect(formatTandemText(formatted!)).toBe(formatted);
            }
        }
    });

    it.each(examples.map((text, index) => [index, text]))('example %i, whitespace scrambled: same tokens, same diagnostics, idempotent', async (index, text) => {
        for (const seed of [1, 2, 3]) {
            const scrambled = scramble(text as string, seed * 100 + (index as number));
            const formatted = formatTandemText(scrambled);
            expect(formatted).toBeDefined();
            expect(tokens(formatted!)).toEqual(tokens(scrambled));
            expect(formatTandemText(formatted!)).toBe(formatted);
            const before = (await validate(scrambled)).map(d => `${d.code} ${d.message}`);
            const after = (await validate(formatted!)).map(d => `${d.code} ${d.message}`);
            expect(after).toEqual(before);
        }
    });
});

describe('the first syntax problem (what `tandem fmt` reports)', () => {
    it('is the one `validate` reports first, also when the file ends inside a string', async () => {
        const services = createTandemServices().Tandem;
        for (const text of ['contract A {\n    agency "x"\n    purpose "unclosed', 'contract A {\n    agency "unclosed\n}\n', 'contract A {']) {
            const problem = firstSyntaxProblem(services, text);
            const first = (await validate(text)).sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)[0];
            const before = text.slice(0, problem!.offset);
            expect(problem!.offset, text).toBeGreaterThanOrEqual(0);
            expect([before.split('\n').length - 1, problem!.offset - (before.lastIndexOf('\n') + 1)], text).toEqual([first.range.start.line, first.range.start.character]);
        }
    });
});
