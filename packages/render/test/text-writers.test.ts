/**
 * The text writers (txt, md, html): golden files of two examples, escaping of user text,
 * drafts, source positions and byte-identical output.
 *
 * To review and accept a change of wording: UPDATE_GOLDEN=1 npx vitest run packages/render,
 * then read the diff of test/golden/ before committing it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { RenderFormat } from '@tandem/render';
import { buildAgreement, renderContract, TEXT_WIDTH, writeHtml, writeMarkdown, writeText } from '@tandem/render';
import { contractFromText, exampleContract } from './helpers.js';

const GOLDEN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'golden');

const EXAMPLES = ['housing-support', 'youth-mentoring-es'];
const TEXT_FORMATS: RenderFormat[] = ['txt', 'md', 'html'];

describe('golden files', () => {
    for (const example of EXAMPLES) {
        for (const format of TEXT_FORMATS) {
            test(`${example}.${format}`, async () => {
                const actual = Buffer.from(await renderContract(await exampleContract(`${example}.tandem`), { format })).toString('utf8');
                const file = path.join(GOLDEN, `${example}.${format}`);
                if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
                    mkdirSync(GOLDEN, { recursive: true });
                    writeFileSync(file, actual);
                    expect(process.env.UPDATE_GOLDEN, `wrote the missing golden file ${file}: review it and run again`).toBeTruthy();
                }
                expect(actual).toBe(readFileSync(file, 'utf8'));
            });
        }
    }
});

const HOSTILE = `
contract C "<script>alert('x')</script> & \\"quoted\\" </style>" {
    agency "A & B <b>bold</b>"
    parties {
        client Jo "Jo *star* _under_ #hash |pipe| <tag> [link](x) \`code\`" contact "555-0101"
        worker Sam "Sam 'Lee'" title "</style><script>x()</script>"
    }
    duration { from 2026-12-01 for 4 weeks  at "1. Main St & 2nd" }
    goal G "# not a heading" { measure "- not a list" }
    task T "+ not a list either" { owner Jo  for G }
    confidentiality { limit "a <img src=x onerror=alert(1)> happens" }
    boundaries { "| a | b |" "=== not a setext" "1) not a list" }
    sign Jo, Sam
}`;

describe('escaping', () => {
    test('html shows user text as text', async () => {
        const html = writeHtml(buildAgreement(await contractFromText(HOSTILE)));
        expect(html).not.toMatch(/<script/i);
        expect(html).not.toMatch(/<img/i);
        expect(html).not.toContain('<b>');
        expect(html).toContain('&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot; &lt;/style&gt;');
        expect(html).toContain('A &amp; B &lt;b&gt;bold&lt;/b&gt;');
        // One style element, closed once: user text cannot end it.
        expect(html.match(/<\/style>/g)).toHaveLength(1);
        expect(html.match(/<style>/g)).toHaveLength(1);
    });

    test('markdown keeps * _ # | < and list markers literal', async () => {
        const md = writeMarkdown(buildAgreement(await contractFromText(HOSTILE)));
        expect(md).toContain('Jo \\*star\\* \\_under\\_ \\#hash \\|pipe\\| \\<tag\\> \\[link\\](x) \\`code\\`');
        expect(md).toContain('1. \\# not a heading');
        expect(md).toContain('How we will know: - not a list');
        expect(md).toContain('\\+ not a list either');
        expect(md).toContain('- \\| a \\| b \\|');
        expect(md).toContain('- \\=== not a setext');
        expect(md).toContain('- 1\\) not a list');
        expect(md).toContain('Main St \\& 2nd');
        expect(md).not.toMatch(/(^|[^\\])<(script|img|tag|b)\b/m);
    });
});

describe('layout', () => {
    test('txt is wrapped at 72 columns', async () => {
        const long = HOSTILE.replace('"# not a heading"', `"${'word '.repeat(60)}${'x'.repeat(100)}"`);
        const text = writeText(buildAgreement(await contractFromText(long)));
        for (const line of text.split('\n')) {
            expect([...line].length).toBeLessThanOrEqual(TEXT_WIDTH);
        }
        expect(text).toContain('x'.repeat(60));
    });

    test('html is one self-contained file: lang, no scripts, no external resources, print pages', async () => {
        const html = writeHtml(buildAgreement(await exampleContract('youth-mentoring-es.tandem')));
        expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="es">/);
        expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|href=|@import|url\(/i);
        expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
        expect(html).toContain('@page { size: A4;');
        expect(writeHtml(buildAgreement(await exampleContract('youth-mentoring-es.tandem')), { paper: 'letter' })).toContain('@page { size: letter;');
        expect(html).toMatch(/<h1>Acuerdo de mentoría juvenil<\/h1>/);
        // One heading per section and one per permission to share information (each release).
        const model = buildAgreement(await exampleContract('youth-mentoring-es.tandem'));
        expect(html.match(/<h2 /g)).toHaveLength(model.sections.length + model.permissions.length);
        expect(model.permissions.length).toBeGreaterThan(0);
        expect(html).toContain('.permission { break-before: page; page-break-before: always;');
        expect(html.match(/<section class="permission" aria-labelledby="permission-\d+">/g)).toHaveLength(model.permissions.length);
        expect(html).toContain('<ol>');
    });

    test('a draft is marked: first line of md and txt, a banner in html', async () => {
        const agreement = buildAgreement(await exampleContract('housing-support.tandem'), { draft: true });
        expect(writeText(agreement).split('\n')[0]).toMatch(/^DRAFT: /);
        expect(writeMarkdown(agreement).split('\n')[0]).toMatch(/^\*\*DRAFT: /);
        expect(writeHtml(agreement)).toContain('<p class="draft-banner" role="note">DRAFT: ');
        const es = buildAgreement(await exampleContract('youth-mentoring-es.tandem'), { draft: true });
        expect(writeText(es).split('\n')[0]).toMatch(/^BORRADOR: /);
    });

    test('source positions are data attributes only when asked for', async () => {
        const agreement = buildAgreement(await exampleContract('housing-support.tandem'));
        const plain = writeHtml(agreement);
        const withPositions = writeHtml(agreement, { sourcePositions: true });
        expect(plain).not.toContain('data-source');
        expect(withPositions).toContain('<li data-source-line="32" data-source-column="10"');
        expect(withPositions.replace(/ data-source-[a-z-]+="[^"]*"/g, '')).toBe(plain);
        expect(writeHtml(agreement, {})).toBe(plain);
    });
});

describe('determinism', () => {
    for (const format of TEXT_FORMATS) {
        test(`${format}: the same input gives the same bytes`, async () => {
            const first = await renderContract(await exampleContract('counselling-with-interpreter.tandem'), { format });
            const second = await renderContract(await exampleContract('counselling-with-interpreter.tandem'), { format });
            expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
        });
    }
});
