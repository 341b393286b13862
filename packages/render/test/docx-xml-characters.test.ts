/**
 * Characters XML 1.0 forbids (from JSON data: NUL, BEL, U+FFFE, U+FFFF, a lone surrogate) never
 * reach a DOCX part, raw or as a character reference: every part stays well-formed for Word.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Agreement } from '@tandem/render';
import { buildAgreement, renderAgreement } from '@tandem/render';
import { xmlText } from '../src/writers/xml-text.js';
import { exampleContract } from './helpers.js';

// eslint-disable-next-line no-control-regex
const FORBIDDEN_RAW = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const FORBIDDEN_REFERENCE = /&#(x0*([0-8bcef]|1[0-9a-f]|fffe|ffff|d[89a-f][0-9a-f]{2})|0*([0-8]|1[1-9]|2[0-9]|3[01]|6553[45]|5[5-7]\d{3}));/i;
const HOSTILE = 'Jo\u0000sé\u0007 \uFFFE\uFFFFLee\uD800 \uDC00x';

describe('docx and characters XML forbids', () => {
    it('removes them from every part (document, core properties, footer, header)', async () => {
        const base = buildAgreement(await exampleContract('housing-support.tandem'), { draft: true });
        const hostile: Agreement = {
            ...base,
            title: `${base.title} ${HOSTILE}`,
            agency: HOSTILE,
            draft: base.draft && { ...base.draft, label: `${base.draft.label}${HOSTILE}` },
            footer: { ...base.footer, revision: `${base.footer.revision}${HOSTILE}` },
            sections: base.sections.map(section => ({
                ...section,
                heading: `${section.heading}${HOSTILE}`,
                blocks: section.blocks.map(block => block.kind === 'paragraph' ? { ...block, text: `${block.text} ${HOSTILE}` } : block)
            }))
        };
        const parts = unzipSync(new Uint8Array(await renderAgreement(hostile, { format: 'docx' })));
        const xml = Object.entries(parts).filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'));
        expect(xml.map(([name]) => name)).toEqual(expect.arrayContaining(['word/document.xml', 'docProps/core.xml']));
        for (const [name, data] of xml) {
            const text = strFromU8(data);
            expect(FORBIDDEN_RAW.test(text), name).toBe(false);
            expect(FORBIDDEN_REFERENCE.test(text), name).toBe(false);
        }
        const document = strFromU8(parts['word/document.xml']);
        expect(document).toContain('José Lee\uFFFD \uFFFDx');
        expect(strFromU8(parts['docProps/core.xml'])).toContain('José Lee');
    });

    it('leaves other text alone', () => {
        const text = 'Ana Muñoz 陈 😀 — tab\tand\nlines\r';
        expect(xmlText(text)).toBe(text);
    });
});
