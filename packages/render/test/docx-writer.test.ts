/**
 * The DOCX writer, unzipped with fflate: Word heading styles, numbered and bulleted lists, a
 * signature table whose rows do not split, page number fields in the footer, DRAFT in the
 * header of a draft, the page size, the language, and byte-identical output.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import type { Agreement } from '@tandem/render';
import { buildAgreement, renderAgreement } from '@tandem/render';
import { buildDocxDocument, compiledParts, loadDocx, makeDeterministic, packedParts } from '../src/writers/docx.js';
import { exampleContract } from './helpers.js';

async function agreement(example: string, draft = false): Promise<Agreement> {
    return buildAgreement(await exampleContract(`${example}.tandem`), { draft });
}

async function unzipDocx(model: Agreement, paper?: 'a4' | 'letter'): Promise<Record<string, string>> {
    const files = unzipSync(new Uint8Array(await renderAgreement(model, { format: 'docx', paper })));
    return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** The text of a WordprocessingML part, paragraph by paragraph. */
function plainText(xml: string): string {
    return xml.replace(/<w:p[ >]/g, '\n$&').replace(/<w:br\/>/g, '\n').replace(/<[^>]+>/g, '')
        .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, '\'').replace(/&amp;/g, '&');
}

describe('docx', () => {
    test('Word structure: heading styles, numbered lists, bullets, a signature table', async () => {
        const model = await agreement('housing-support');
        const files = await unzipDocx(model);
        const document = files['word/document.xml'];
        expect(document.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(1);
        expect(document.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(model.sections.length + model.permissions.length);
        expect(document).toContain('<w:pStyle w:val="Heading3"/>');
        expect(files['word/styles.xml']).toContain('w:styleId="Heading1"');
        // The goals: a decimal list.
        const numbering = files['word/numbering.xml'];
        expect(numbering).toContain('<w:numFmt w:val="decimal"/>');
        expect(numbering).toContain('<w:numFmt w:val="bullet"/>');
        expect(document.match(/<w:numPr>/g)!.length).toBeGreaterThan(10);
        // One row per signer plus the labels, none split across pages: the agreement's signatures
        // (two signers) and one table on each permission to share information (the client).
        expect(document).toContain('<w:tbl>');
        expect(model.permissions).toHaveLength(2);
        expect(document.match(/<w:cantSplit\/>/g)).toHaveLength(3 + 2 * 2);
        // Each permission starts a page of its own.
        expect(document.match(/<w:pageBreakBefore\/>/g)).toHaveLength(model.permissions.length);
        expect(document).toContain('<w:tblHeader/>');
        const text = plainText(document);
        for (const section of model.sections) {
            expect(text).toContain(section.heading);
        }
        expect(text).toContain('Move into a safe home of his own');
        expect(text).toContain('Marcus Bell');
        expect(text).toContain('Priya Nair');
        expect(files['word/styles.xml']).toContain('<w:lang w:val="en"/>');
    });

    test('footer: the agreement, the client, its version and Page X of Y as fields; Spanish words from the locale; body in 12 pt', async () => {
        const en = await unzipDocx(await agreement('housing-support'));
        const footer = Object.entries(en).find(([name]) => /^word\/footer\d+\.xml$/.test(name))![1];
        expect(plainText(footer)).toMatch(/Housing support agreement · Marcus Bell · Version 2 · Page .*of/);
        expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
        expect(footer).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
        const es = await unzipDocx(await agreement('youth-mentoring-es'));
        const footerEs = Object.entries(es).find(([name]) => /^word\/footer\d+\.xml$/.test(name))![1];
        expect(plainText(footerEs)).toMatch(/Acuerdo de mentoría juvenil · Mateo Herrera · Versión 2 · Página .*de/);
        expect(plainText(es['word/document.xml'])).toContain('Acuerdo de mentoría juvenil');
        // Body text in 12 pt (24 half-points), in the document defaults of every locale.
        for (const files of [en, es]) {
            expect(files['word/styles.xml']).toMatch(/<w:docDefaults>.*?<w:sz w:val="24"\/>.*?<\/w:docDefaults>/s);
        }
    });

    test('the theme and styles, made once per process, stay right for each locale in turn', async () => {
        const en = await agreement('housing-support');
        const es = await agreement('youth-mentoring-es');
        const rendered = [];
        for (const model of [en, es, en, es]) {
            rendered.push(await unzipDocx(model));
        }
        expect(rendered[0]['word/styles.xml']).toContain('<w:lang w:val="en"/>');
        expect(rendered[1]['word/styles.xml']).toContain('<w:lang w:val="es"/>');
        expect(rendered[2]).toEqual(rendered[0]);
        expect(rendered[3]).toEqual(rendered[1]);
        expect(rendered[1]['word/theme/theme1.xml']).toBe(rendered[0]['word/theme/theme1.xml']);
        expect(rendered[0]['word/theme/theme1.xml']).toContain('<a:theme');
    });

    test('a draft has DRAFT in the header of every page; a final agreement has no header', async () => {
        const draft = await unzipDocx(await agreement('housing-support', true));
        const header = Object.entries(draft).find(([name]) => /^word\/header\d+\.xml$/.test(name));
        expect(header).toBeDefined();
        expect(plainText(header![1])).toContain('DRAFT');
        expect(draft['word/document.xml']).toMatch(/<w:headerReference w:type="default"/);
        const final = await unzipDocx(await agreement('housing-support'));
        expect(Object.keys(final).some(name => /^word\/header\d+\.xml$/.test(name))).toBe(false);
    });

    test('A4 by default, Letter on request', async () => {
        const model = await agreement('housing-support');
        expect((await unzipDocx(model))['word/document.xml']).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
        expect((await unzipDocx(model, 'letter'))['word/document.xml']).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
    });

    test('the same input gives the same bytes, with fixed dates', async () => {
        const model = await agreement('counselling-with-interpreter', true);
        const first = Buffer.from(await renderAgreement(model, { format: 'docx' }));
        await new Promise(resolve => setTimeout(resolve, 1100));
        const second = Buffer.from(await renderAgreement(await agreement('counselling-with-interpreter', true), { format: 'docx' }));
        expect(second.equals(first)).toBe(true);
        const core = strFromU8(unzipSync(new Uint8Array(first))['docProps/core.xml']);
        expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:created>');
        expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:modified>');
    });

    test('random relationship ids are renumbered in order of appearance, everywhere they are used', () => {
        const entries = makeDeterministic([
            { name: 'word/_rels/document.xml.rels', data: Buffer.from('<Relationship Id="rId1" Target="styles.xml"/><Relationship Id="v1stgxr8_z5jdhi6bmyt" Target="header1.xml"/>') },
            { name: 'word/document.xml', data: Buffer.from('<w:headerReference r:id="v1stgxr8_z5jdhi6bmyt"/><w:t>"v1stgxr8"</w:t>') },
            { name: 'word/media/image.png', data: Buffer.from([1, 2, 3]) }
        ]);
        expect(entries.map(entry => Buffer.from(entry.data).toString('latin1'))).toEqual([
            '<Relationship Id="rId1" Target="styles.xml"/><Relationship Id="rIdT1" Target="header1.xml"/>',
            '<w:headerReference r:id="rIdT1"/><w:t>"v1stgxr8"</w:t>',
            '\u0001\u0002\u0003'
        ]);
    });

    test('the parts taken from docx\'s compiler are the parts of docx\'s own archive, in the same order', async () => {
        // The writer zips docx's compiled parts itself (docx 9 internals); this holds it to the
        // package's public output, so that a docx upgrade that changes the internals is caught.
        const d = await loadDocx();
        for (const draft of [false, true]) {
            const model = await agreement('counselling-with-interpreter', draft);
            const compiled = compiledParts(d, buildDocxDocument(d, model));
            expect(compiled).toBeDefined();
            const fast = makeDeterministic(compiled!);
            const packed = makeDeterministic(await packedParts(d, buildDocxDocument(d, model)));
            expect(fast.map(part => part.name)).toEqual(packed.map(part => part.name));
            fast.forEach((part, index) => expect(Buffer.from(part.data).equals(packed[index].data), part.name).toBe(true));
        }
    });
});
