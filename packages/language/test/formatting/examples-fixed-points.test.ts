/**
 * The canonical layout accepts the way Tandem is written in LANGUAGE.md and in the bundled
 * examples: each of them is a fixed point of the formatter.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatTandemText } from '../../src/formatting/tandem-text-formatter.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const LANGUAGE_MD = path.resolve(REPO, '../shared/LANGUAGE.md');

function tandemBlocks(markdown: string): string[] {
    return [...markdown.matchAll(/```tandem\r?\n([\s\S]*?)```/g)].map(match => match[1]);
}

function tandemFiles(folder: string): string[] {
    return fs.readdirSync(folder, { withFileTypes: true, recursive: true })
        .filter(entry => entry.isFile() && entry.name.endsWith('.tandem'))
        .map(entry => path.join(entry.parentPath, entry.name))
        .sort();
}

describe('fixed points of the formatter', () => {
    const blocks = tandemBlocks(fs.readFileSync(LANGUAGE_MD, 'utf8'));

    it('LANGUAGE.md has both of its tandem examples', () => {
        expect(blocks).toHaveLength(2);
    });

    it.each(blocks.map((block, index) => [index + 1, block]))('LANGUAGE.md example %i is unchanged', (_index, block) => {
        expect(formatTandemText(block as string)).toBe(block);
    });

    it.each(tandemFiles(path.join(REPO, 'examples')).map(file => [path.relative(REPO, file), file]))('%s is unchanged', (_name, file) => {
        const text = fs.readFileSync(file, 'utf8');
        expect(formatTandemText(text)).toBe(text);
    });
});
