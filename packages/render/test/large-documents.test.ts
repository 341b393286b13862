/**
 * Very large agreements: text formats write them (no RangeError from spreading hundreds of
 * thousands of lines, no quadratic cutting of a word of a million characters); PDF and DOCX
 * refuse an agreement beyond their bound with a message, before any layout.
 */
import { describe, expect, it } from 'vitest';
import type { Agreement, AgreementListItem } from '@tandem/render';
import { AgreementTooLargeError, buildAgreement, PAGED_FORMAT_LIMITS, renderAgreement, writeText } from '@tandem/render';
import { exampleContract } from './helpers.js';

async function withExtraGoals(count: number, text = 'Find a safe home near the school and the bus stop, with room for two'): Promise<Agreement> {
    const agreement = buildAgreement(await exampleContract('housing-support.tandem'));
    const items: AgreementListItem[] = Array.from({ length: count }, (_, i) => ({ paragraphs: [`${text} (${i})`], details: [`Measure ${i}: Jane signs a lease.`] }));
    return {
        ...agreement,
        sections: agreement.sections.map(section => section.id === 'goals'
            ? { ...section, blocks: [...section.blocks, { kind: 'list', ordered: true, items }] }
            : section)
    };
}

describe('very large agreements', () => {
    it('txt writes 200,000 list entries (over 400,000 lines)', async () => {
        const agreement = await withExtraGoals(200_000);
        const text = writeText(agreement);
        expect(text.split('\n').length).toBeGreaterThan(400_000);
        expect(text).toContain('(199999)');
    });

    it('txt cuts a word of a million characters in linear time', async () => {
        const agreement = await withExtraGoals(1, 'x'.repeat(1_000_000));
        const started = performance.now();
        const text = writeText(agreement);
        expect(performance.now() - started).toBeLessThan(5_000);
        const lines = text.split('\n').filter(line => line.includes('xxx'));
        expect(lines.length).toBeGreaterThan(13_000);
        expect(lines.every(line => line.length <= 72)).toBe(true);
        expect(lines.join('').replace(/[^x]/g, '').length).toBe(1_000_000);
    });

    it('pdf and docx refuse an agreement beyond their bound, saying what to do', async () => {
        const agreement = await withExtraGoals(PAGED_FORMAT_LIMITS.pieces);
        for (const format of ['pdf', 'docx'] as const) {
            const error = await renderAgreement(agreement, { format }).then(() => undefined, (thrown: unknown) => thrown);
            expect(error).toBeInstanceOf(AgreementTooLargeError);
            expect((error as Error).message).toMatch(new RegExp(`^the agreement is too long for ${format} \\(about 800 pages at most\\): it has [\\d,]+ paragraphs and list entries \\(at most 10,000\\); render it as html, md or txt$`));
        }
        const long = await withExtraGoals(1, 'word '.repeat(450_000));
        await expect(renderAgreement(long, { format: 'pdf' })).rejects.toThrow(/[\d,]+ characters \(at most 2,000,000\)/);
    });
});
