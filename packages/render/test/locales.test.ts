/**
 * Locales: one message file each, discovered from the files; plurals and dates by Intl, the
 * same in every time zone.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { availableLocales, buildAgreement, loadLocale, writeText } from '@tandem/render';
import { contractFromText, REPO } from './helpers.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURE_LOCALES = path.join(here, 'fixtures/locales');

describe('locales', () => {
    test('the bundled locales are the message files: en and es', () => {
        expect(availableLocales()).toEqual(['en', 'es']);
    });

    test('adding a locale is adding one file', async () => {
        const options = { extraLocaleDirs: [FIXTURE_LOCALES] };
        expect(availableLocales(options)).toEqual(['en', 'es', 'fr']);
        const contract = await contractFromText('contract C "Accord" { parties { client A "Ann" } duration { from 2026-12-01 to 2027-01-31 meet weekly for 2 sessions } }');
        const text = writeText(buildAgreement(contract, { ...options, locale: 'fr' }));
        expect(text).toContain('Nous travaillerons ensemble du 1 décembre 2026 au 31 janvier 2027.');
        expect(text).toContain('en 2 séances');
        expect(text).toContain('Vos droits');
    });

    test('a message file that lacks messages is refused when loaded', () => {
        expect(() => loadLocale('de', { extraLocaleDirs: [path.join(here, 'fixtures/incomplete-locales')] })).toThrow(/missing messages .*intro/);
        expect(() => loadLocale('xx')).toThrow(/no message file for locale "xx" \(available: en, es\)/);
    });

    test('dates in words: 1 December 2026 / 1 de diciembre de 2026', () => {
        expect(loadLocale('en').formatDate('2026-12-01')).toBe('1 December 2026');
        expect(loadLocale('es').formatDate('2026-12-01')).toBe('1 de diciembre de 2026');
        expect(loadLocale('en').formatDate('0099-01-31')).toBe('31 January 99');
    });

    test('a contract\'s locale is used unless overridden', async () => {
        const contract = await contractFromText('contract C { locale es parties { client A "Ana" } }');
        expect(buildAgreement(contract).locale).toBe('es');
        expect(buildAgreement(contract, { locale: 'en' }).locale).toBe('en');
    });

    test('dates are the same in opposite time zones', () => {
        const catalog = path.join(REPO, 'packages/render/dist/index.js');
        expect(existsSync(catalog), 'packages/render is built (npm run build)').toBe(true);
        const script = `
            const { loadLocale } = await import(${JSON.stringify(pathToFileURL(catalog).href)});
            const dates = ['2026-12-01', '2027-01-01', '2027-02-28', '2028-02-29', '2026-12-31'];
            console.log(JSON.stringify([new Date().getTimezoneOffset(), ...['en', 'es'].flatMap(l => dates.map(d => loadLocale(l).formatDate(d)))]));`;
        const run = (tz: string) => {
            const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
            expect(result.stderr).toBe('');
            return JSON.parse(result.stdout) as [number, ...string[]];
        };
        const [eastOffset, ...east] = run('Pacific/Kiritimati');
        const [westOffset, ...west] = run('Etc/GMT+12');
        // The two processes really ran 26 hours apart.
        expect(westOffset - eastOffset).toBe(26 * 60);
        expect(east).toEqual(west);
        expect(east[0]).toBe('1 December 2026');
        expect(east[5]).toBe('1 de diciembre de 2026');
    });
});

describe('the agency speaks as "we" (es)', () => {
    test('the limits say "debemos" / "podemos", whatever the number of workers', async () => {
        const render = async (text: string) => writeText(buildAgreement(await contractFromText(text)));
        const contract = (workers: string) => `contract A "Acuerdo" {
    locale es
    parties { client Ana "Ana Pérez" ${workers} }
    duration { from 2026-12-01 for 8 weeks }
    goal G "Encontrar casa" { measure "Un contrato firmado" }
    task T "Buscar anuncios" { owner Ana  for G }
    confidentiality { limit safety  limit emergency  limit "si la ley lo exige" }
    termination { when goals-met }
    sign Ana
}
`;
        for (const workers of ['worker Leo "Leo Gil"', 'worker Leo "Leo Gil" worker Eva "Eva Sanz"']) {
            const text = (await render(contract(workers))).replace(/\s+/g, ' ');
            expect(text).toContain('debemos compartir información para proteger a las personas');
            expect(text).toContain('En una emergencia médica, podemos compartir lo necesario para conseguir ayuda.');
            expect(text).toContain('También puede que tengamos que compartir información en este caso: si la ley lo exige.');
            expect(text).not.toMatch(/\b(debe|deben)\b/);
        }
    });
});
