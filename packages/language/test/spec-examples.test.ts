/**
 * Every ```tandem block of LANGUAGE.md (beside the repository, in ../shared) parses and
 * validates with no errors or warnings.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validate } from './helpers.js';

export const LANGUAGE_MD = new URL('../../../../shared/LANGUAGE.md', import.meta.url);

export function tandemBlocks(markdown: string): string[] {
    return [...markdown.matchAll(/```tandem\n([\s\S]*?)```/g)].map(match => match[1]);
}

describe('LANGUAGE.md examples', () => {
    const blocks = tandemBlocks(readFileSync(LANGUAGE_MD, 'utf8'));

    it('has examples to check', () => {
        expect(blocks.length).toBeGreaterThanOrEqual(2);
    });

    blocks.forEach((block, index) => {
        it(`example ${index + 1} validates with no errors or warnings`, async () => {
            const diagnostics = await validate(block);
            const problems = diagnostics.filter(d => d.severity === 1 || d.severity === 2)
                .map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}: ${d.message}`);
            expect(problems).toEqual([]);
        });
    });
});
