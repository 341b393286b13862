/**
 * Input edge cases: line endings, byte-order marks, tabs, empty and comment-only files, a large
 * file, non-ASCII text, and unterminated strings and comments (a syntax error, never a hang).
 */
import { describe, expect, it } from 'vitest';
import { at, codes, coveredText, validate, withCode } from './helpers.js';

const CONTRACT = `// Housing support
contract Ana "Acuerdo" {
    agency "Servicios Familiares Núñez" { phone "555-0100"  crisis "Llame al 988"  complaints "Pida hablar con la dirección" }
    locale es
    purpose "Ayudar a Ana a encontrar una casa"
    parties {
        client Ana "Ana Muñoz Pérez" speaks "español"
        worker Leo "Léo Chén 陈" title "Trabajador social"
    }
    duration { from 2026-12-01 for 8 weeks  meet weekly for 8 sessions }
    goal Casa "Encontrar una vivienda segura" { measure "Ana firma un contrato de alquiler" }
    task Buscar "Buscar anuncios cada semana" { owner Ana  for Casa }
    task Llamar "Llamar a tres propietarios" { owner Leo  for Casa }
    confidentiality { limit safety  limit abuse }
    consent { risks "Hablar de dinero cansa"  alternatives "La oficina de vivienda"  cost free }
    termination { when goals-met }
    sign Ana, Leo
}
`;

function clean(diagnostics: Awaited<ReturnType<typeof validate>>) {
    return diagnostics.filter(d => d.severity === 1 || d.severity === 2).map(d => `${at(d)} ${d.code} ${d.message}`);
}

describe('input edge cases', () => {
    it('non-ASCII text in strings (ñ, é, 中文) is fine', async () => {
        expect(clean(await validate(CONTRACT))).toEqual([]);
    });

    it('CRLF line endings give the same diagnostics at the same lines and columns', async () => {
        const broken = CONTRACT.replace('owner Leo', 'owner Nadie');
        const lf = await validate(broken);
        const crlf = await validate(broken.replace(/\n/g, '\r\n'));
        expect(crlf.map(at)).toEqual(lf.map(at));
        expect(codes(crlf)).toEqual(codes(lf));
        expect(clean(await validate(CONTRACT.replace(/\n/g, '\r\n')))).toEqual([]);
    });

    it('a byte-order mark is not an error', async () => {
        expect(clean(await validate(`\uFEFF${CONTRACT}`))).toEqual([]);
    });

    it('tabs are white space', async () => {
        expect(clean(await validate(CONTRACT.replace(/ {4}/g, '\t')))).toEqual([]);
    });

    it('an empty file and a file of only comments have no diagnostics', async () => {
        expect(await validate('')).toEqual([]);
        expect(await validate('// nothing here\n/* nor\n here */\n')).toEqual([]);
    });

    it('a 1 MB file validates', async () => {
        const many: string[] = [];
        let size = 0;
        for (let i = 0; size < 1_000_000; i++) {
            const one = CONTRACT.replace('contract Ana', `contract Ana${i}`);
            many.push(one);
            size += one.length;
        }
        const diagnostics = await validate(many.join('\n'));
        expect(clean(diagnostics)).toEqual([]);
    });

    it('a string may span lines and keep escapes and backslashes', async () => {
        const text = CONTRACT.replace('"Llamar a tres propietarios"', '"Llamar a \\"tres\\"\n propietarios en C:\\temp"');
        expect(clean(await validate(text))).toEqual([]);
    });

    it('an unterminated string is a syntax error, not a hang', async () => {
        const text = CONTRACT.replace('"Llamar a tres propietarios"', '"Llamar a tres propietarios');
        const diagnostics = await validate(text);
        expect(codes(diagnostics)).toContain('syntax');
        const first = withCode(diagnostics, 'syntax')[0];
        expect(first.message).toMatch(/not closed/);
        expect(coveredText(text, first).startsWith('"')).toBe(true);
    });

    it('strings of 4 million characters lex, across lines and with escapes (the STRING terminal does not recurse)', async () => {
        for (const body of ['ab\n'.repeat(1_400_000), 'a \\" b\n'.repeat(700_000), 'x'.repeat(4_000_000)]) {
            const text = CONTRACT.replace('"Servicios Familiares Núñez"', `"${body}"`);
            const diagnostics = await validate(text);
            expect(codes(diagnostics)).not.toContain('syntax');
        }
    });

    it('an unterminated block comment is a syntax error, not a hang', async () => {
        const text = `${CONTRACT}\n/* an unfinished comment\ncontract X {}`;
        const diagnostics = await validate(text);
        expect(codes(diagnostics)).toContain('syntax');
        expect(withCode(diagnostics, 'syntax')[0].message).toMatch(/comment is not closed/);
    });
});
