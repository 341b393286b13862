/**
 * The agreement model: sections in LANGUAGE.md's order, sentences in the locale, "you" for the
 * one client, dates and plurals worked out, user text tidied but never translated.
 */
import { describe, expect, test } from 'vitest';
import type { Agreement } from '@tandem/render';
import { buildAgreement, writeText } from '@tandem/render';
import { contractFromText } from './helpers.js';

const BASE = `
contract C "Support agreement" {
    agency "Northside Family Services"
    parties {
        client Jane "Jane Doe" contact "555-0101"
        worker Sam "Sam Lee" title "Case manager"
        supervisor Dana "Dana Ortiz" title "Clinical supervisor"
    }
    duration {
        from 2026-12-01 for 12 weeks
        meet weekly for 10 sessions
        at "Northside office"
        review every 1 week
    }
    goal Housing "Move into safe housing" { measure "Jane signs a lease" by 2027-02-01 }
    goal Income "Apply for benefits" { measure "Application sent" }
    task Listings "Search listings" { owner Jane for Housing due 2026-12-20 }
    task Landlords "Call landlords" { owner Sam for Housing }
    task Forms "Fill in the forms" { owner Jane, Sam for Housing, Income }
    task Check "Check the forms" { owner Sam, Jane for Income }
    confidentiality {
        share "progress" with Dana for "supervision"
        limit safety
        limit abuse
        limit court-order
        limit emergency
        limit "Jane   tells Sam about
               a plan to leave the country."
    }
    termination {
        when goals-met
        when period-ends
        when client-withdraws
        when "Jane moves away"
        referral "Tenant group"
    }
    sign Jane, Sam
}`;

async function agreementOf(text: string, options: Parameters<typeof buildAgreement>[1] = {}): Promise<Agreement> {
    return buildAgreement(await contractFromText(text), options);
}

function allText(agreement: Agreement): string {
    return writeText(agreement).replace(/\s+/g, ' ');
}

describe('agreement model', () => {
    test('sections come in the order of LANGUAGE.md, rights always present', async () => {
        const agreement = await agreementOf(BASE);
        expect(agreement.sections.map(s => s.id)).toEqual(
            ['parties', 'period', 'goals', 'tasks', 'privacy', 'boundaries', 'ending', 'rights', 'changes', 'signatures']);
        expect(agreement.title).toBe('Support agreement');
        expect(agreement.agency).toBe('Northside Family Services');
        const minimal = await agreementOf('contract M { parties { client A "Ann" } }');
        const rights = minimal.sections.find(s => s.id === 'rights')!;
        expect(JSON.stringify(rights)).toContain('Taking part is voluntary');
        expect(JSON.stringify(rights)).toContain('You may ask questions');
        expect(JSON.stringify(rights)).toContain('You may stop at any time');
        expect(JSON.stringify(rights)).toContain('You will get a copy');
        expect(minimal.title).toBe('M');
    });

    test('the end of `for 12 weeks` is a date, with real plurals', async () => {
        const text = allText(await agreementOf(BASE));
        expect(text).toContain('from 1 December 2026 to 23 February 2027');
        expect(text).toContain('for 10 sessions');
        expect(text).toContain('Every week, we will look');
        const one = allText(await agreementOf(BASE.replace('for 10 sessions', 'for 1 sessions').replace('review every 1 week', 'review every 4 weeks')));
        expect(one).toContain('for 1 session.');
        expect(one).toContain('Every 4 weeks, we will look');
        const es = allText(await agreementOf(BASE.replace('for 10 sessions', 'for 1 sessions'), { locale: 'es' }));
        expect(es).toContain('una sola sesión.');
        expect(es).toContain('desde el 1 de diciembre de 2026 hasta el 23 de febrero de 2027');
        const es10 = allText(await agreementOf(BASE, { locale: 'es' }));
        expect(es10).toContain('10 sesiones en total.');
    });

    test('goals are numbered with how we will know and by when', async () => {
        const goals = (await agreementOf(BASE)).sections.find(s => s.id === 'goals')!;
        const list = goals.blocks.find(b => b.kind === 'list');
        expect(list).toMatchObject({
            ordered: true,
            items: [
                { paragraphs: ['Move into safe housing'], details: ['How we will know: Jane signs a lease', 'By when: 1 February 2027'] },
                { paragraphs: ['Apply for benefits'], details: ['How we will know: Application sent'] }
            ]
        });
    });

    test('tasks are grouped by owner; tasks of several owners are done together', async () => {
        const tasks = (await agreementOf(BASE)).sections.find(s => s.id === 'tasks')!;
        const outline = tasks.blocks.map(b => (b.kind === 'subheading' ? b.text : b.kind === 'list' ? b.items.map(i => i.paragraphs[0]) : b.kind));
        expect(outline).toEqual([
            'What you will do', ['Search listings (by 20 December 2026)'],
            'What Sam Lee will do', ['Call landlords'],
            'What you and Sam Lee will do together', ['Fill in the forms', 'Check the forms']
        ]);
    });

    test('each limit and each custom condition is a full sentence', async () => {
        const text = allText(await agreementOf(BASE));
        // LANGUAGE.md 0.2, "Meaning of the built-in words": must report, may share, only what the order asks.
        expect(text).toContain('If you or someone else is at risk of serious harm, we must share information to keep people safe.');
        expect(text).toContain('If we think a child is being abused or neglected, we must report it to the authorities.');
        expect(text).toContain('If a judge orders us to share information, we may have to. We will share only what the order asks for and tell you first if the law allows.');
        expect(text).not.toContain('subpoena');
        expect(text).toContain('In a medical emergency, we may share what is needed to get you help.');
        // Whitespace collapsed; one full stop where the user's text ends with one.
        expect(text).toContain('We may also have to share information in this case: Jane tells Sam about a plan to leave the country.');
        expect(text).not.toContain('country..');
        // The list's stem is said once ("This agreement ends in any of these cases:"), not in each item.
        expect(text).toContain('This agreement ends in any of these cases: - Our goals are met. - Its time is up, on 23 February 2027. - You choose to stop. - Jane moves away.');
    });

    test('the client is "you", also with two clients, named where it must say which of you', async () => {
        const two = BASE.replace('client Jane "Jane Doe" contact "555-0101"', 'client Jane "Jane Doe"\n client Joe "Joe Doe"');
        const text = allText(await agreementOf(two));
        expect(text).toContain('This agreement says how you (Jane Doe and Joe Doe) and Sam Lee will work together.');
        expect(text).toContain('What you (Jane Doe) will do');
        expect(text).toContain('What you (Jane Doe) and Sam Lee will do together');
        const both = allText(await agreementOf(two.replace('owner Sam, Jane for Income', 'owner Joe, Jane for Income')));
        expect(both).toContain('What you (Jane Doe and Joe Doe) will do together');
        expect(both).not.toContain('you (Jane Doe) and you (Joe Doe)');
        const bothEs = allText(await agreementOf(two.replace('owner Sam, Jane for Income', 'owner Joe, Jane, Sam for Income')
            .replace('limit safety', 'share "forms" with "City office" for "benefits" until 2027-02-01\n        limit safety'), { locale: 'es' }));
        expect(bothEs).toContain('Lo que ustedes (Jane Doe y Joe Doe) y Sam Lee van a hacer en conjunto');
        expect(bothEs).toContain('En esta página les pedimos permiso para compartir información sobre ustedes.');
        expect(bothEs).toContain('Pueden retirar este permiso en cualquier momento. Para hacerlo, dígannoslo por escrito. Así dejamos de compartir a partir de ese día.');
        expect(text).toContain('Each of you may stop at any time.');
        expect(text).not.toMatch(/\b(he|she|the client)\b/i);
        expect(text).not.toContain('Jane Doe and Joe Doe may');
        const es = allText(await agreementOf(two, { locale: 'es' }));
        expect(es).toContain('Este acuerdo explica cómo ustedes (Jane Doe y Joe Doe) y Sam Lee van a trabajar.');
        expect(es).toContain('Cada persona puede dejarlo en cualquier momento.');
        const one = allText(await agreementOf(BASE));
        expect(one).toContain('What you will do');
        expect(one).toContain('You may stop at any time.');
    });

    test('a blank line in user text starts a new paragraph; runs of whitespace become one space', async () => {
        const agreement = await agreementOf(BASE.replace('"Tenant group"', '"Tenant   group\n   at the library.\n\n   Ask   at the desk."'));
        const ending = agreement.sections.find(s => s.id === 'ending')!;
        const paragraphs = ending.blocks.filter(b => b.kind === 'paragraph').map(b => (b as { text: string }).text);
        expect(paragraphs).toContain('When it ends, we can help you contact this service: Tenant group at the library.');
        expect(paragraphs).toContain('Ask at the desk.');
    });

    test('an interpreter attests the language the client speaks; a guardian signs as guardian', async () => {
        const text = allText(await agreementOf(`
contract C {
    parties {
        client Lan "Nguyen Thi Lan" speaks "Vietnamese"
        guardian Mai "Mai Tran"
        worker Rachel "Rachel Stein"
        interpreter Minh "Tran Van Minh" speaks "Vietnamese"
    }
    sign Lan, Mai, Rachel, Minh
}`));
        expect(text).toContain('I interpreted this agreement into Vietnamese for Nguyen Thi Lan.');
        expect(text).toContain('Role: Guardian of Nguyen Thi Lan');
        expect(text).toContain('Mai Tran: your guardian');
    });

    test('a party says what they do or is listed plainly; a supervisor\'s role is explained', async () => {
        const contract = `contract C {
    parties {
        client Jo "Jo Park"
        supervisor Dana "Dana Ortiz" title "Program supervisor"
        party Joy "Joy Adeyemi" title "Family liaison, Maple Street School"
        party Ray "Ray Cole"
    }
    sign Jo, Joy, Ray
}`;
        for (const [locale, supervisor] of [
            ['en', 'A supervisor checks the quality of the help we give you.'],
            ['es', 'La persona que supervisa revisa la calidad de la ayuda que le damos.']
        ] as const) {
            const agreement = await agreementOf(contract, { locale });
            const parties = agreement.sections.find(s => s.id === 'parties')!.blocks[0];
            expect(parties.kind === 'list' && parties.items.map(item => [...item.paragraphs, ...item.details])).toEqual([
                [locale === 'en' ? 'Jo Park: you, the client' : 'Jo Park: usted, cliente'],
                ['Dana Ortiz: Program supervisor', supervisor],
                ['Joy Adeyemi: Family liaison, Maple Street School'],
                ['Ray Cole']
            ]);
            const signers = agreement.sections.find(s => s.id === 'signatures')!.blocks.find(b => b.kind === 'signatures');
            expect(signers?.kind === 'signatures' && signers.signers[1].role).toBe('Family liaison, Maple Street School');
        }
    });

    test('user-written text is never translated', async () => {
        const text = allText(await agreementOf(BASE, { locale: 'es' }));
        expect(text).toContain('Move into safe housing');
        expect(text).toContain('Nuestros objetivos');
        expect(text).toContain('Sus derechos');
    });

    test('the footer names the client and the last revision as a version (1 when there is none)', async () => {
        expect((await agreementOf(BASE)).footer.version).toBe('Version 1');
        expect((await agreementOf(BASE)).footer.client).toBe('Jane Doe');
        expect((await agreementOf(BASE, { locale: 'es' })).footer.version).toBe('Versión 1');
        const revised = await agreementOf(BASE.replace('sign Jane, Sam', 'revision 2 on 2026-12-10 "First"\n revision 3 on 2026-12-20 "Second"\n sign Jane, Sam'));
        expect(revised.footer.version).toBe('Version 3');
        expect(revised.footer.pageOf).toBe('Page {page} of {pages}');
    });
});
