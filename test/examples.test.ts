/**
 * The bundled examples are complete, clean agreements: no errors, no warnings, no infos, read
 * from disk as `tandem validate` reads them (imports included). Every ```tandem block in the
 * user docs parses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFiles, findTandemFiles } from '@tandem/language/node';
import { validate } from '../packages/language/test/helpers.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('examples/', () => {
    it('has at least six agreements and two templates in lib/', async () => {
        const { files } = await findTandemFiles([path.join(REPO, 'examples')]);
        const contracts = files.filter(file => !file.path.includes(`${path.sep}lib${path.sep}`));
        const templates = files.filter(file => file.path.includes(`${path.sep}lib${path.sep}`));
        expect(contracts.length).toBeGreaterThanOrEqual(6);
        expect(templates.length).toBeGreaterThanOrEqual(2);
        for (const template of templates) {
            expect(readFileSync(template.absolutePath, 'utf8')).toMatch(/^template /m);
        }
        const importing = contracts.filter(file => /^import "lib\//m.test(readFileSync(file.absolutePath, 'utf8')));
        expect(importing.length).toBeGreaterThanOrEqual(2);
    });

    it('every example validates with no diagnostics at all', async () => {
        const { files } = await findTandemFiles([path.join(REPO, 'examples')]);
        const { checked, problems } = await checkFiles(files);
        expect(problems).toEqual([]);
        const found = checked.flatMap(file => file.diagnostics.map(d => `${path.relative(REPO, file.path)}:${d.range.start.line + 1} ${d.code} ${d.message}`));
        expect(found).toEqual([]);
    });
});

describe('docs', () => {
    const docs = ['docs/guide.md', 'docs/language.md'];
    for (const doc of docs) {
        it(`every tandem block in ${doc} parses`, async () => {
            const text = readFileSync(path.join(REPO, doc), 'utf8');
            const blocks = [...text.matchAll(/```tandem\n([\s\S]*?)```/g)].map(match => match[1]);
            expect(blocks.length).toBeGreaterThan(0);
            for (const fragment of blocks) {
                // A fragment of members (as the guide shows them step by step) is checked inside a contract.
                const whole = /^(\s*(\/\/.*|\/\*[\s\S]*?\*\/)?\s*)*(import|contract|template)\b/.test(fragment);
                const wrapper = /^\s*param\b/m.test(fragment) ? 'template' : 'contract';
                const block = whole ? fragment : `${wrapper} Fragment {\n${fragment}\n}\n`;
                const syntax = (await validate(block)).filter(d => d.code === 'syntax').map(d => `${d.message}\n${block}`);
                expect(syntax).toEqual([]);
            }
        });
    }

    it('docs/rules pages are linked from the docs that name them', () => {
        const guide = readFileSync(path.join(REPO, 'docs/guide.md'), 'utf8');
        for (const link of guide.matchAll(/\(rules\/([a-z-]+)\.md\)/g)) {
            expect(readdirSync(path.join(REPO, 'docs/rules'))).toContain(`${link[1]}.md`);
        }
    });
});
