/**
 * The PDF writer, read back with pdfjs-dist: every heading, goal and signer in the text, the
 * right page count and page numbers, a footer naming the agreement, the client and the version,
 * body text in 12 pt, signature blocks never split (every example, A4 and Letter), DRAFT on every page, a structure tree of headings,
 * paragraphs and lists, language and title, page furniture as artifacts, fixed metadata and
 * byte-identical output.
 */
import { readdirSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { hostname, userInfo } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import type { Agreement } from '@tandem/render';
import { buildAgreement, footerText, renderAgreement } from '@tandem/render';
import { contractFromText, EXAMPLES, exampleContract } from './helpers.js';
import { readPdf } from './pdf-reader.js';

async function agreement(example: string, draft = false): Promise<Agreement> {
    return buildAgreement(await exampleContract(`${example}.tandem`), { draft });
}

/** The decompressed content streams of a PDF (pdfkit deflates each one). */
function contentStreams(bytes: Uint8Array): string[] {
    const text = Buffer.from(bytes).toString('latin1');
    const streams: string[] = [];
    const pattern = /(?<!end)stream\r?\n/g;
    let match;
    while ((match = pattern.exec(text))) {
        const start = match.index + match[0].length;
        const end = text.indexOf('endstream', start);
        if (end < 0) {
            break;
        }
        try {
            streams.push(inflateSync(Buffer.from(text.slice(start, end), 'latin1')).toString('latin1'));
        } catch {
            // not a deflated stream (e.g. the font file's own data)
        }
        pattern.lastIndex = end;
    }
    return streams;
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

/** The raw bytes of each embedded font file (the streams that descriptors name as FontFile2). */
function fontFiles(bytes: Uint8Array): string[] {
    const text = Buffer.from(bytes).toString('latin1');
    return [...text.matchAll(/\/FontFile2 (\d+) 0 R/g)].map(([, id]) => {
        const start = text.indexOf('stream\n', text.indexOf(`\n${id} 0 obj`)) + 'stream\n'.length;
        return text.slice(start, text.indexOf('\nendstream', start));
    });
}

const SMALL_CONTRACT = (client: string) => `
contract C "Support agreement" {
    parties {
        client Jo "${client}"
        worker Sam "Sam Lee" title "Case manager"
    }
    duration { from 2026-12-01 for 12 weeks meet weekly }
    goal Housing "Move into safe housing" { measure "A signed lease" }
    task Listings "Search listings" { owner Jo for Housing }
    confidentiality { limit safety }
    termination { when goals-met }
    sign Jo, Sam
}`;

describe('pdf', () => {
    for (const example of ['housing-support', 'youth-mentoring-es']) {
        test(`${example}: every heading, goal and signer; page numbers; tagged structure`, async () => {
            const model = await agreement(example);
            const pdf = await readPdf(await renderAgreement(model, { format: 'pdf' }));
            const all = squash(pdf.pages.join('\n'));
            expect(all).toContain(model.title);
            for (const section of model.sections) {
                expect(all).toContain(section.heading);
                for (const block of section.blocks) {
                    if (block.kind === 'subheading') {
                        expect(all).toContain(block.text);
                    }
                    if (section.id === 'goals' && block.kind === 'list') {
                        expect(block.items.length).toBeGreaterThan(1);
                        block.items.forEach(item => expect(all).toContain(squash(item.paragraphs[0])));
                    }
                    if (block.kind === 'signatures') {
                        expect(block.signers.length).toBeGreaterThan(1);
                        block.signers.forEach(signer => expect(all).toContain(`${signer.name}, ${signer.role}`));
                    }
                }
            }
            const count = pdf.pages.length;
            expect(count).toBeGreaterThan(1);
            pdf.pages.forEach((page, index) => {
                expect(squash(page)).toContain(model.footer.pageOf.replace('{page}', String(index + 1)).replace('{pages}', String(count)));
                expect(squash(page)).toContain(footerText(model));
                expect(footerText(model)).toContain(model.footer.client);
                expect(footerText(model)).toContain(model.footer.version);
            });
            expect(pdf.roles).toEqual(expect.arrayContaining(['Document', 'Sect', 'H1', 'H2', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody']));
            expect(pdf.roles.filter(role => role === 'H2')).toHaveLength(model.sections.length + model.permissions.length);
            expect(pdf.title).toBe(model.title);
            expect(pdf.language).toBe(model.locale);
        });
    }

    test('Spanish: "Página 1 de N" and accents as text', async () => {
        const pdf = await readPdf(await renderAgreement(await agreement('youth-mentoring-es'), { format: 'pdf' }));
        expect(pdf.pages[0]).toMatch(/Página 1 de \d/);
        expect(squash(pdf.pages.join(' '))).toContain('Acuerdo de mentoría juvenil');
        expect(squash(pdf.pages.join(' '))).toContain('Cómo lo sabremos');
    });

    test('a draft is marked DRAFT on every page', async () => {
        const model = await agreement('housing-support', true);
        const pdf = await readPdf(await renderAgreement(model, { format: 'pdf' }));
        expect(pdf.pages.length).toBeGreaterThan(1);
        for (const page of pdf.pages) {
            expect(page).toContain('DRAFT');
        }
        const final = await readPdf(await renderAgreement(await agreement('housing-support'), { format: 'pdf' }));
        expect(final.pages.join(' ')).not.toContain('DRAFT');
    });

    test('page furniture is marked as artifacts on every page', async () => {
        const bytes = await renderAgreement(await agreement('housing-support', true), { format: 'pdf' });
        const pages = (await readPdf(bytes)).pages.length;
        const furniture = contentStreams(bytes).filter(stream => /\/Artifact <<\s*\/Type \/Pagination\s*>> BDC/.test(stream));
        expect(furniture).toHaveLength(pages);
    });

    test('body text is 12 pt (plain-language guides ask for 12 to 14)', async () => {
        const bytes = await renderAgreement(await agreement('housing-support'), { format: 'pdf' });
        const sizes = new Map<string, number>();
        for (const stream of contentStreams(bytes)) {
            for (const [, size] of stream.matchAll(/ ([\d.]+) Tf\b/g)) {
                sizes.set(size, (sizes.get(size) ?? 0) + 1);
            }
        }
        const [mostUsed] = [...sizes].sort((a, b) => b[1] - a[1])[0];
        expect(Number(mostUsed)).toBe(12);
        expect([...sizes.keys()].map(Number).filter(size => size < 9)).toEqual([]);
    });

    test('A4 by default, Letter on request', async () => {
        const model = await agreement('housing-support');
        const a4 = Buffer.from(await renderAgreement(model, { format: 'pdf' })).toString('latin1');
        const letter = Buffer.from(await renderAgreement(model, { format: 'pdf', paper: 'letter' })).toString('latin1');
        expect(a4).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
        expect(letter).toMatch(/\/MediaBox \[0 0 612 792\]/);
    });

    test('the DejaVu font is embedded; metadata dates are fixed; nothing about the machine', async () => {
        const bytes = await renderAgreement(await agreement('youth-mentoring-es'), { format: 'pdf' });
        const text = Buffer.from(bytes).toString('latin1');
        expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
        expect(text).toMatch(/\/FontFile2 /);
        expect(text).not.toMatch(/Helvetica/);
        const pdf = await readPdf(bytes);
        expect(pdf.creationDate).toBe('D:20000101000000Z');
        expect(pdf.modDate).toBe('D:20000101000000Z');
        const metadata = [text, ...contentStreams(bytes), JSON.stringify(pdf.info)].join('\n');
        for (const secret of [hostname(), userInfo().username, process.cwd()].filter(s => s.length > 2)) {
            expect(metadata).not.toContain(secret);
        }
    });

    test('the same input gives the same bytes', async () => {
        const model = await agreement('counselling-with-interpreter', true);
        const first = Buffer.from(await renderAgreement(model, { format: 'pdf' }));
        const second = Buffer.from(await renderAgreement(await agreement('counselling-with-interpreter', true), { format: 'pdf' }));
        expect(second.equals(first)).toBe(true);
    });

    test('every example, A4 and Letter: each signature block (name line, signature and date labels) is on one page', async () => {
        const examples = readdirSync(EXAMPLES).filter(file => file.endsWith('.tandem')).sort();
        expect(examples.length).toBeGreaterThanOrEqual(8);
        for (const file of examples) {
            const model = buildAgreement(await exampleContract(file));
            const { signature, date } = model.signatureLabels;
            // Each signature block, in page order: the agreement's, then each permission's.
            const blocks = [...model.sections, ...model.permissions].flatMap(section => section.blocks)
                .flatMap(block => (block.kind === 'signatures' ? block.signers.map(signer => `${signer.name}, ${signer.role}`) : []));
            expect(blocks.length, file).toBeGreaterThan(0);
            for (const paper of ['a4', 'letter'] as const) {
                const pages = (await readPdf(await renderAgreement(model, { format: 'pdf', paper }))).pages.map(squash);
                let page = 0;
                let from = 0;
                for (const nameLine of blocks) {
                    // The next page (from where the last block ended) that holds this name line...
                    while (page < pages.length && pages[page].indexOf(nameLine, from) < 0) {
                        page++;
                        from = 0;
                    }
                    expect(page, `${file} (${paper}): "${nameLine}" is on a page`).toBeLessThan(pages.length);
                    const at = pages[page].indexOf(nameLine, from) + nameLine.length;
                    // ...holds its signature and date labels after it, on the same page.
                    const signatureAt = pages[page].indexOf(`${signature} `, at);
                    const dateAt = pages[page].indexOf(date, signatureAt);
                    expect(signatureAt, `${file} (${paper}), page ${page + 1}: "${nameLine}" without its signature line`).toBeGreaterThan(0);
                    expect(dateAt, `${file} (${paper}), page ${page + 1}: "${nameLine}" without its date label`).toBeGreaterThan(0);
                    from = dateAt + date.length;
                }
            }
        }
    });

    test('no page ends with a heading', async () => {
        for (const example of ['housing-support', 'youth-mentoring-es', 'counselling-with-interpreter', 'family-support']) {
            const model = await agreement(example);
            const headings = new Set(model.sections.flatMap(section => [section.heading, ...section.blocks.flatMap(b => (b.kind === 'subheading' ? [b.text] : []))]));
            const pdf = await readPdf(await renderAgreement(model, { format: 'pdf' }));
            pdf.pages.slice(0, -1).forEach((page, index) => {
                const lines = page.split('\n').map(line => line.trim()).filter(line => line.length > 0 && !line.startsWith(`${model.title} · `));
                expect(headings.has(lines.at(-1)!), `${example}, page ${index + 1} ends with "${lines.at(-1)}"`).toBe(false);
            });
        }
    });

    test('fonts: agreements in Latin letters embed the same subset; other letters get one of their own, read back as text', async () => {
        const english = await renderAgreement(await agreement('housing-support'), { format: 'pdf' });
        const spanish = await renderAgreement(await agreement('youth-mentoring-es'), { format: 'pdf' });
        expect(fontFiles(english)).toHaveLength(2);
        // One subset of each font (regular, bold) for both: built once per process.
        expect(fontFiles(spanish)).toEqual(fontFiles(english));

        // A client named in letters outside Latin-1: a subset of the document's own, still text.
        const names = 'Łukasz Żółć Ψυχή';
        const own = await renderAgreement(buildAgreement(await contractFromText(SMALL_CONTRACT(names))), { format: 'pdf' });
        expect(fontFiles(own)).toHaveLength(2);
        expect(fontFiles(own)).not.toContain(fontFiles(english)[0]);
        const read = await readPdf(own);
        expect(squash(read.pages.join('\n'))).toContain(names);
        expect(squash(read.pages.join('\n'))).toContain('Move into safe housing');
        // Its bytes depend on it alone: rendering other agreements in between changes nothing.
        const again = await renderAgreement(buildAgreement(await contractFromText(SMALL_CONTRACT(names))), { format: 'pdf' });
        expect(Buffer.from(again).equals(Buffer.from(own))).toBe(true);
        // Ligatures (fi, ffi) are in the common subset, and copy back as their letters.
        const latin = await readPdf(await renderAgreement(buildAgreement(await contractFromText(SMALL_CONTRACT('Fiona Griffin'))), { format: 'pdf' }));
        expect(squash(latin.pages.join('\n'))).toContain('Fiona Griffin');
    });

    test('documents rendered in a loop of promises are let go (none kept until the loop ends)', async () => {
        setFlagsFromString('--expose-gc');
        const gc = runInNewContext('gc') as () => void;
        const model = await agreement('housing-support');
        await renderAgreement(model, { format: 'pdf' });
        gc();
        const before = process.memoryUsage().heapUsed;
        for (let i = 0; i < 120; i++) {
            await renderAgreement(model, { format: 'pdf' });
        }
        gc();
        // A kept document is about 250 kB of heap: 120 of them would be some 30 MB.
        expect((process.memoryUsage().heapUsed - before) / 1024 / 1024).toBeLessThan(10);
    });
});
