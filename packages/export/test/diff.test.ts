/**
 * `diffContracts` (LANGUAGE.md 0.2, `tandem diff`): each kind of change in each section, items
 * matched by name then by identical content (a rename alone is no change, and references follow
 * it), templates and bindings applied, and `revisionAdded`.
 */
import { describe, expect, test } from 'vitest';
import type { ContractChange } from '@tandem/export';
import { buildChangesAgreement, contractData, diffContracts, formatDiffJson, formatDiffText, markWords } from '@tandem/export';
import { loadLocale, renderAgreement, writeHtml, writeText } from '@tandem/render';
import { contractsFromText } from './helpers.js';

const V1 = `contract Jane "Housing support" {
    agency "Northside" { phone "555-0100"  crisis "988"  complaints "Ask" }
    purpose "Find a home"
    parties {
        client Jane "Jane Doe"
        worker Sam "Sam Lee" title "Case manager"
        supervisor Dana "Dana Ortiz"
    }
    duration {
        from 2026-12-01 to 2027-02-28
        meet weekly on tuesday 10:00 for 50 minutes for 10 sessions
        review every 4 weeks
    }
    contact-by phone
    goal Housing "Move into safe housing" { measure "A lease"  by 2027-02-01 }
    task Search "Search listings" { owner Jane  for Housing  due 2026-12-20 }
    task Call "Call landlords" { owner Sam  for Housing }
    confidentiality {
        share "attendance" with Dana for "supervision"
        share "forms" with "City Housing" for "the voucher" until 2027-03-01
        limit safety
    }
    boundaries { "We meet at the office." }
    consent { risks "Stress"  alternatives "The city office"  cost free }
    termination { when goals-met  notice 2 weeks }
    revision 1 on 2026-12-01 "First version"
    sign Jane, Sam
}
`;

async function diff(before: string, after: string) {
    const [old] = await contractsFromText(before);
    const [now] = await contractsFromText(after);
    return diffContracts(contractData(old), contractData(now));
}

const change = (section: string, item: string | null, kind: ContractChange['change'], field: string | null = null, old: ContractChange['old'] = null, now: ContractChange['new'] = null) =>
    ({ section, item, change: kind, field, old, new: now });

describe('tandem diff', () => {
    test('layout, comments and renaming alone are no change', async () => {
        const renamed = V1.replaceAll('Jane,', 'Client,').replace('client Jane', 'client Client').replaceAll('owner Jane', 'owner Client')
            .replace('goal Housing', 'goal Home').replaceAll('for Housing', 'for Home')
            .replace('{ phone', '{\n        // the main line\n        phone');
        expect(renamed).toContain('sign Client, Sam');
        const result = await diff(V1, renamed);
        expect(result.changes).toEqual([]);
        expect(result.revisionAdded).toBe(false);
    });

    test('a task\'s due date moved, an owner added, a goal\'s wording edited', async () => {
        const after = V1.replace('due 2026-12-20', 'due 2027-01-10').replace('owner Sam  for Housing', 'owner Sam, Jane  for Housing')
            .replace('"Move into safe housing"', '"Move into safe, stable housing"');
        expect((await diff(V1, after)).changes).toEqual([
            change('goals', 'Housing', 'changed', 'goal', 'Move into safe housing', 'Move into safe, stable housing'),
            change('tasks', 'Search', 'changed', 'due', '2026-12-20', '2027-01-10'),
            change('tasks', 'Call', 'changed', 'owner', 'Sam', 'Sam, Jane')
        ]);
    });

    test('items added and removed in every section', async () => {
        const after = V1
            .replace('    task Call', '    task Forms "Fill in forms" { owner Jane  for Housing }\n    task Call')
            .replace('    goal Housing', '    goal Job "Find a job" { measure "An offer" }\n    goal Housing')
            .replace('        supervisor Dana "Dana Ortiz"\n', '        supervisor Dana "Dana Ortiz"\n        guardian Mary "Mary Doe"\n')
            .replace('        limit safety\n', '        limit safety\n        limit abuse\n')
            .replace('"We meet at the office."', '"We meet at the office."  "Sam does not accept gifts."')
            .replace('contact-by phone', 'contact-by phone, email')
            .replace('        review every 4 weeks\n', '')
            .replace('        share "forms" with "City Housing" for "the voucher" until 2027-03-01\n', '')
            .replace('cost free', 'cost free  paid-by "Harbor Fund"')
            .replace('sign Jane, Sam', 'sign Jane, Sam, Mary');
        const { changes } = await diff(V1, after);
        expect(changes).toEqual(expect.arrayContaining([
            change('parties', 'Mary', 'added'),
            change('meetings', 'review every 4 weeks', 'removed'),
            change('contact', 'email', 'added'),
            change('goals', 'Job', 'added'),
            change('tasks', 'Forms', 'added'),
            change('shares', 'forms', 'removed'),
            change('limits', 'abuse', 'added'),
            change('boundaries', 'Sam does not accept gifts.', 'added'),
            change('consent', 'paid-by', 'added'),
            change('signers', 'Mary', 'added')
        ]));
        expect(changes).toHaveLength(10);
    });

    test('the period, the meetings, a share, consent, notice, agency and purpose changed', async () => {
        const after = V1.replace('to 2027-02-28', 'to 2027-03-31').replace('on tuesday 10:00 for 50 minutes', 'on thursday 14:00 for 60 minutes')
            .replace('until 2027-03-01', 'until 2027-04-30').replace('risks "Stress"', 'risks "Talking about money can be stressful"')
            .replace('notice 2 weeks', 'notice 4 weeks').replace('phone "555-0100"', 'phone "555-0111"').replace('purpose "Find a home"', 'purpose "Find a safe home"');
        expect((await diff(V1, after)).changes).toEqual([
            change('agency', 'Northside', 'changed', 'phone', '555-0100', '555-0111'),
            change('purpose', null, 'changed', 'purpose', 'Find a home', 'Find a safe home'),
            change('period', null, 'changed', 'to', '2027-02-28', '2027-03-31'),
            change('meetings', 'meet weekly', 'changed', 'on', 'tuesday', 'thursday'),
            change('meetings', 'meet weekly', 'changed', 'time', '10:00', '14:00'),
            change('meetings', 'meet weekly', 'changed', 'length', 50, 60),
            change('shares', 'forms', 'changed', 'until', '2027-03-01', '2027-04-30'),
            change('consent', 'risks', 'changed', 'risks', 'Stress', 'Talking about money can be stressful'),
            change('termination', 'notice', 'changed', 'notice', '2 weeks', '4 weeks')
        ]);
    });

    test('templates and bindings are applied: a changed binding is a change of what it fills', async () => {
        const template = `template T "Support" {
    param start: date
    param length: number = 12
    parties { client C "Jane Doe"  worker W "Sam Lee" }
    duration { from start for length weeks }
    goal G "Find a home" { measure "A lease" }
    task S "Search" { owner C  for G }
    confidentiality { limit safety }
    sign C, W
}
`;
        const v1 = `${template}contract Jane from T {\n    start = 2026-12-01\n}\n`;
        const v2 = `${template}contract Jane from T {\n    start = 2026-12-01\n    length = 16\n    revision 2 on 2026-12-15 "Longer"\n}\n`;
        const result = await diff(v1, v2);
        expect(result.changes).toEqual([change('period', null, 'changed', 'to', '2027-02-23', '2027-03-23')]);
        expect(result.revisionAdded).toBe(true);
    });

    test('revisionAdded: a revision numbered after the old one\'s last', async () => {
        expect((await diff(V1, V1.replace('    sign', '    revision 2 on 2027-01-05 "Moved a date"\n    sign'))).revisionAdded).toBe(true);
        expect((await diff(V1, V1)).revisionAdded).toBe(false);
    });

    test('text for people: one line per change, word marks inside changed texts (accents kept whole); JSON as the page gives', async () => {
        expect(markWords('Move into safe housing', 'Move into safe, stable housing')).toBe('Move into safe{+,+} {+stable +}housing');
        expect(markWords('Buscar un piso económico', 'Buscar una casa económica')).toBe('Buscar [-un-]{+una+} [-piso-]{+casa+} [-económico-]{+económica+}');
        const after = V1.replace('due 2026-12-20', 'due 2027-01-10').replace('"Move into safe housing"', '"Move into safe, stable housing"');
        const result = await diff(V1, after);
        const text = formatDiffText(result);
        expect(text).toContain('tasks  Search  changed  due: "2026-12-20" → "2027-01-10"');
        expect(text).toContain('goals  Housing  changed  goal: "Move into safe housing" → "Move into safe, stable housing"  (Move into');
        expect(text.trimEnd().split('\n').at(-1)).toBe('2 changes; no new revision: add a `revision` line to the new version.');
        expect(formatDiffText(await diff(V1, V1))).toBe('No changes.\n');
        const json = JSON.parse(formatDiffJson(result));
        expect(Object.keys(json)).toEqual(['changes', 'revisionAdded']);
        expect(json.changes[1]).toEqual({ section: 'tasks', item: 'Search', change: 'changed', field: 'due', old: '2026-12-20', new: '2027-01-10' });
        expect(json.revisionAdded).toBe(false);
    });

    test('the "what changed in your agreement" page: the client\'s words, dates in the locale, a line to accept (en, es, every format)', async () => {
        const after = V1.replace('due 2026-12-20', 'due 2027-01-10').replace('        limit safety\n', '        limit safety\n        limit abuse\n')
            .replace('    sign Jane', '    revision 2 on 2026-12-15 "Moved a date"\n    sign Jane');
        const [old] = await contractsFromText(V1);
        const [now] = await contractsFromText(after);
        const result = diffContracts(contractData(old), contractData(now));
        const en = buildChangesAgreement(result, contractData(old), contractData(now), loadLocale('en'));
        const text = writeText(en).replace(/\s+/g, ' ');
        expect(text).toContain('What changed in your agreement');
        expect(text).toContain('Search listings: the due date changed from 20 December 2026 to 10 January 2027.');
        expect(text).toContain('Added: If we think a child is being abused or neglected');
        expect(text).toContain('By signing, you agree to these changes.');
        expect(text).toContain('Name: Jane Doe Role: Client');
        expect(text).not.toContain('Sam Lee');
        expect(en.footer.version).toBe('Version 2');
        const es = writeText(buildChangesAgreement(result, contractData(old), contractData(now), loadLocale('es'))).replace(/\s+/g, ' ');
        expect(es).toContain('Qué cambió en su acuerdo');
        expect(es).toContain('Search listings: la fecha límite cambió de 20 de diciembre de 2026 a 10 de enero de 2027.');
        expect(es).toContain('Al firmar, usted acepta estos cambios.');
        const html = writeHtml(en);
        const ids = [...html.matchAll(/ id="([^"]+)"/g)].map(match => match[1]);
        expect(new Set(ids).size).toBe(ids.length);
        for (const format of ['pdf', 'docx', 'md'] as const) {
            expect((await renderAgreement(en, { format })).byteLength).toBeGreaterThan(100);
        }
    });
});

