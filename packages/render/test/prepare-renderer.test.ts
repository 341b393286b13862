/**
 * prepareRenderer: what render workers call as they start, so that the first agreement does not
 * wait for pdfkit to load and parse the fonts.
 */
import { expect, test } from 'vitest';
import { prepareRenderer } from '@tandem/render';
import { fontSource } from '../src/writers/pdfkit-tuning.js';

test('pdf: the fonts are loaded and parsed before the first document (nothing before, the parsed font after)', async () => {
    expect(() => fontSource('regular')).toThrow(/not been loaded/);
    expect(() => fontSource('bold')).toThrow(/not been loaded/);
    await prepareRenderer('pdf');
    expect(typeof fontSource('regular')).toBe('object');
    expect(typeof fontSource('bold')).toBe('object');
});

test('text formats and docx need nothing loaded first, and preparing them does not fail', async () => {
    for (const format of ['html', 'md', 'txt', 'docx'] as const) {
        await expect(prepareRenderer(format)).resolves.toBeUndefined();
    }
});
