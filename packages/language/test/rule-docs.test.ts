/**
 * docs/rules: one page per code in the table, headers generated from the table, and each page's
 * Example block fires its code (on the line marked `// <- code`) while its How-to-fix block does not.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_DIAGNOSTIC_CODES } from '@tandem/language';
import { codes, validate, withCode } from './helpers.js';

const RULES = new URL('../../../docs/rules/', import.meta.url);
const SCRIPT = new URL('../../../scripts/rule-docs.mjs', import.meta.url);
const BUILT_TABLE = new URL('../dist/diagnostics/codes.js', import.meta.url);

function section(page: string, heading: string): string {
    const start = page.indexOf(`## ${heading}\n`);
    expect(start, `section ${heading}`).toBeGreaterThanOrEqual(0);
    const rest = page.slice(start + heading.length + 4);
    const end = rest.search(/\n## /);
    return end < 0 ? rest : rest.slice(0, end);
}

function tandemBlock(text: string): string {
    const match = /```tandem\n([\s\S]*?)```/.exec(text);
    expect(match).not.toBeNull();
    return match![1];
}

describe('docs/rules', () => {
    it('has exactly one page per code, plus the index', () => {
        const pages = readdirSync(RULES).filter(name => name.endsWith('.md') && name !== 'README.md').map(name => name.slice(0, -3)).sort();
        expect(pages).toEqual([...ALL_DIAGNOSTIC_CODES].sort());
        expect(existsSync(new URL('README.md', RULES))).toBe(true);
    });

    it('headers and index are generated from the code table (scripts/rule-docs.mjs --check)', () => {
        if (!existsSync(BUILT_TABLE)) {
            throw new Error('run `npm run build` first');
        }
        expect(() => execFileSync(process.execPath, [SCRIPT.pathname, '--check'], { encoding: 'utf8' })).not.toThrow();
    });

    for (const code of ALL_DIAGNOSTIC_CODES) {
        it(`${code}: the example fires it on the marked line, the fix does not`, async () => {
            const page = readFileSync(new URL(`${code}.md`, RULES), 'utf8');
            const example = tandemBlock(section(page, 'Example'));
            const fixed = tandemBlock(section(page, 'How to fix'));
            const fired = withCode(await validate(example), code);
            expect(fired.length, `${code} in its example`).toBeGreaterThanOrEqual(1);
            const markedLine = example.split('\n').findIndex(line => line.includes(`// <- ${code}`));
            if (markedLine >= 0) {
                expect(fired.map(d => d.range.start.line)).toContain(markedLine);
            }
            expect(codes(await validate(fixed))).not.toContain(code);
        });
    }
});
