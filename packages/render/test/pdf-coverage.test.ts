/**
 * Letters the PDF font (DejaVu Sans) cannot draw: a Chinese, Japanese or Korean name is refused
 * with a message naming the letter and the text it is in (it was drawn as empty boxes); Greek,
 * Cyrillic, Polish and Vietnamese still render; DOCX and HTML carry the name.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Agreement } from '@tandem/render';
import { buildAgreement, MissingGlyphError, renderAgreement, RenderRefusedError } from '@tandem/render';
import { exampleContract } from './helpers.js';

async function withAgency(agency: string): Promise<Agreement> {
    return { ...buildAgreement(await exampleContract('housing-support.tandem')), agency };
}

describe('pdf and letters DejaVu Sans lacks', () => {
    it('refuses a CJK name, naming the letter and its text', async () => {
        for (const [agency, letter, code] of [['Servicio 陈小龙', '陈', 'U+9648'], ['ひまわり相談室', 'ひ', 'U+3072'], ['한빛 상담소', '한', 'U+D55C']]) {
            const error = await renderAgreement(await withAgency(agency), { format: 'pdf' }).then(() => undefined, (thrown: unknown) => thrown);
            expect(error).toBeInstanceOf(MissingGlyphError);
            expect(error).toBeInstanceOf(RenderRefusedError);
            expect((error as Error).message).toBe(`the PDF font (DejaVu Sans) cannot draw ${letter} (${code}), in "${agency}": it has no Chinese, Japanese or Korean letters. `
                + 'Render it as docx or html (which use the reader\'s fonts), or write the text in letters the font has');
        }
    });

    it('renders the scripts the font has, and docx keeps the CJK name', async () => {
        const bytes = await renderAgreement(await withAgency('Ωμέγα Сервис Łódź Việt Nam'), { format: 'pdf' });
        expect(Buffer.from(bytes).subarray(0, 5).toString()).toBe('%PDF-');
        const docx = unzipSync(new Uint8Array(await renderAgreement(await withAgency('Servicio 陈小龙'), { format: 'docx' })));
        expect(strFromU8(docx['word/document.xml'])).toContain('陈小龙');
    });
});
