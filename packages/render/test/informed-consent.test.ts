/**
 * The 0.2 parts of the rendered agreement (LANGUAGE.md, "The rendered agreement"), in `en` and
 * `es` and in every format: the order of the sections, purpose, the agency's contacts, meeting
 * days, time and length, how we stay in touch, the team's shares against releases, what to
 * expect, the notice and coming back, the rights with complaints and crisis line, `mandated-by`,
 * and one permission page per release, on a page of its own in pdf and docx.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import type { Agreement } from '@tandem/render';
import { buildAgreement, renderAgreement, writeHtml, writeMarkdown, writeText } from '@tandem/render';
import { contractFromText } from './helpers.js';
import { readPdf } from './pdf-reader.js';

const CONTRACT = `contract Jane "Housing support agreement" {
    agency "Northside Family Services" {
        phone "555-0100"
        address "12 Main Street"
        hours "Monday to Friday, 9 to 5"
        crisis "Call or text 988, any time"
        complaints "Ask for the program manager"
    }
    purpose "Help Jane find a safe home"
    parties {
        client Jane "Jane Doe"
        worker Sam "Sam Lee" title "Case manager"
        supervisor Dana "Dana Ortiz" title "Clinical supervisor"
    }
    duration {
        from 2026-12-01 to 2027-02-28
        meet twice-weekly on monday, thursday 10:00 for 50 minutes for 20 sessions
    }
    contact-by phone, text
    goal Housing "Find a safe home" { measure "A signed lease" }
    task Search "Search listings" { owner Jane  for Housing }
    task Call "Call landlords" { owner Sam  for Housing }
    confidentiality {
        share "attendance" with Dana for "supervision"
        share "the housing form" with "City Housing Authority" for "the voucher" until 2027-03-01
        limit safety
    }
    consent {
        benefits "A plan"
        risks "Talking about money can be hard"
        alternatives "The city housing office"
        cost free
        paid-by "Harbor Fund" requires "a report each month"
    }
    termination { when goals-met  notice 2 weeks  referral "The tenant group" }
    sign Jane, Sam
}
`;

async function agreement(locale: 'en' | 'es', text = CONTRACT): Promise<Agreement> {
    return buildAgreement(await contractFromText(text), { locale });
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

/** What each locale must say, in the order it must say it. */
const EXPECTED: Record<'en' | 'es', readonly string[]> = {
    en: [
        'Northside Family Services', 'Phone: 555-0100', 'Address: 12 Main Street', 'Hours: Monday to Friday, 9 to 5',
        'Why we are working together', 'Help Jane find a safe home',
        'Who we are', 'A supervisor checks the quality of the help we give you.',
        'We will meet twice a week, on Mondays and Thursdays, at 10:00, for 20 sessions.', 'Each meeting lasts 50 minutes.',
        'How we will stay in touch', 'We may get in touch with you in these ways: by phone and by text message.',
        'Text messages, email and video calls can be less private than talking in person.', 'If you would like us to use another way, just tell us.',
        'Our goals',
        'What stays private', 'Some people on our team see your information to do their work:', 'Dana Ortiz sees attendance, for supervision.',
        'With your permission, we will share some information with others:', 'City Housing Authority: the housing form, for the voucher, until 1 March 2027.',
        'What to expect', 'How this can help: A plan.', 'What may be hard: Talking about money can be hard.',
        'Other help you could choose: The city housing office.', 'This help is free for you.', 'Who pays for this help: Harbor Fund.',
        'What they ask for in return: a report each month.',
        'How this agreement ends', 'If we have to end our work early, we will tell you at least 2 weeks before. We will offer you a last meeting and help you find other support.',
        'When it ends, we can help you contact this service: The tenant group.', 'If you need help again later, you can come back to us.',
        'Your rights', 'Taking part is voluntary: it is your choice.', 'You may ask to see your records.',
        'You may make a complaint, and you will not lose our help because of it.', 'How to make a complaint: Ask for the program manager.',
        'In a crisis: Call or text 988, any time.',
        'Signatures',
        'Permission to share information: City Housing Authority', 'What we will share: the housing form.',
        'Who will share it: Northside Family Services.', 'Who will get it: City Housing Authority.', 'Why: the voucher.',
        'When this permission ends: 1 March 2027.', 'You may take back this permission at any time. To do so, tell us in writing. This stops any sharing from then on. It cannot undo what was already shared.',
        'If you say no, or take it back later, the help you get from us will not change.',
        'The people who get the information may not have to follow the same privacy rules as we do.'
    ],
    es: [
        'Northside Family Services', 'Teléfono: 555-0100', 'Dirección: 12 Main Street', 'Horario: Monday to Friday, 9 to 5',
        'Para qué es esta ayuda', 'Help Jane find a safe home',
        'Quiénes somos',
        'Nos vamos a reunir dos veces por semana, los lunes y jueves, a las 10:00. Serán 20 sesiones en total.', 'Cada reunión dura 50 minutos.',
        'Cómo nos vamos a comunicar', 'Podemos comunicarnos con usted de estas formas: por teléfono y por mensaje de texto.',
        'Si prefiere otra forma, díganoslo.',
        'Qué es confidencial', 'Algunas personas de nuestro equipo ven su información para hacer su trabajo:',
        'Con su permiso, vamos a compartir alguna información con otras personas o servicios:', 'City Housing Authority: the housing form, para the voucher, hasta el 1 de marzo de 2027.',
        'Qué se puede esperar', 'Esta ayuda es gratis.', 'Quién paga esta ayuda: Harbor Fund.',
        'Cómo termina este acuerdo', 'Si tenemos que terminar antes de tiempo, se lo diremos con al menos 2 semanas de aviso.',
        'Si más adelante necesita ayuda otra vez, puede volver.',
        'Sus derechos', 'Participar es voluntario: usted decide.', 'Puede pedir ver su expediente.', 'Puede poner una queja sin perder nuestra ayuda.',
        'Cómo poner una queja: Ask for the program manager.', 'En una crisis: Call or text 988, any time.',
        'Firmas',
        'Permiso para compartir información: City Housing Authority', 'Qué vamos a compartir: the housing form.',
        'Cuándo termina este permiso: 1 de marzo de 2027.', 'Puede retirar este permiso en cualquier momento.'
    ]
};

/** Each expected text appears, in order, in `text`. */
function expectInOrder(text: string, expected: readonly string[]): void {
    let from = 0;
    for (const part of expected) {
        const at = text.indexOf(part, from);
        expect(at, `"${part}" after position ${from}`).toBeGreaterThanOrEqual(0);
        from = at + part.length;
    }
}

describe('the 0.2 agreement, in order, in every locale and format', () => {
    for (const locale of ['en', 'es'] as const) {
        test(`${locale}: the model's sections and permission pages`, async () => {
            const model = await agreement(locale);
            expect(model.sections.map(section => section.id)).toEqual(
                ['purpose', 'parties', 'period', 'contact', 'goals', 'tasks', 'privacy', 'boundaries', 'expect', 'ending', 'rights', 'changes', 'signatures']);
            expect(model.permissions).toHaveLength(1);
            // The permission is signed by the client (the worker signs the agreement, not the permission).
            const signatures = model.permissions[0].blocks.find(block => block.kind === 'signatures');
            expect(signatures).toMatchObject({ signers: [{ name: 'Jane Doe' }] });
        });

        for (const format of ['txt', 'md', 'html'] as const) {
            test(`${locale} ${format}: every 0.2 element, in the order of LANGUAGE.md`, async () => {
                const model = await agreement(locale);
                const written = format === 'txt' ? writeText(model) : format === 'md' ? writeMarkdown(model) : writeHtml(model);
                const text = squash(format === 'html' ? written.replace(/<[^>]+>/g, ' ') : written.replace(/\\/g, ''));
                expectInOrder(text.replace(/ ([.,:])/g, '$1'), EXPECTED[locale]);
            });
        }

        test(`${locale} pdf: the permission on a page of its own, after the signatures`, async () => {
            const model = await agreement(locale);
            const pdf = await readPdf(await renderAgreement(model, { format: 'pdf' }));
            const last = squash(pdf.pages.at(-1)!);
            const heading = model.permissions[0].heading;
            expect(last.startsWith(heading) || last.includes(` ${heading}`)).toBe(true);
            expect(pdf.pages.slice(0, -1).some(page => squash(page).includes(heading))).toBe(false);
            expect(squash(pdf.pages.join(' '))).toContain(EXPECTED[locale][1]);
            expectInOrder(squash(pdf.pages.join(' ')), [model.sections.at(-1)!.heading, heading]);
        });

        test(`${locale} docx: the permission starts a new page`, async () => {
            const model = await agreement(locale);
            const files = unzipSync(new Uint8Array(await renderAgreement(model, { format: 'docx' })));
            const document = strFromU8(files['word/document.xml']);
            const heading = model.permissions[0].heading;
            const at = document.indexOf(heading);
            expect(at).toBeGreaterThan(0);
            const paragraph = document.lastIndexOf('<w:p>', at) >= 0 ? document.slice(document.lastIndexOf('<w:p', at), at) : '';
            expect(paragraph).toContain('<w:pageBreakBefore/>');
            expect(document.match(/<w:pageBreakBefore\/>/g)).toHaveLength(1);
        });
    }

    test('mandated-by: not called voluntary; required, and what is reported back', async () => {
        const mandated = CONTRACT.replace('cost free', 'cost free\n        mandated-by "Family Court"');
        const en = squash(writeText(await agreement('en', mandated)));
        expect(en).not.toContain('voluntary');
        expect(en).toContain('This help is required by a court or an agency: Family Court. So taking part is not fully your choice.');
        expect(en).toContain('We must also report to them what the order asks for, for example whether you come to meetings.');
        const es = squash(writeText(await agreement('es', mandated)));
        expect(es).not.toContain('voluntario');
        expect(es).toContain('Esta ayuda es obligatoria por decisión de un juzgado o de una entidad: Family Court.');
        expect(es).toContain('También debemos informar al juzgado o a la entidad de lo que pida la orden, por ejemplo, de si usted viene a las reuniones.');
    });

    test('no release, no permission page; a share with the team is never a permission', async () => {
        const teamOnly = CONTRACT.replace('        share "the housing form" with "City Housing Authority" for "the voucher" until 2027-03-01\n', '');
        const model = await agreement('en', teamOnly);
        expect(model.permissions).toEqual([]);
        const text = squash(writeText(model));
        expect(text).not.toContain('With your permission');
        expect(text).not.toMatch(/permission to share/i);
        // The privacy of texts, email and video is said whatever the channels (the client may ask for them later).
        expect(squash(writeText(await agreement('en', CONTRACT.replace('contact-by phone, text', 'contact-by phone, in-person')))))
            .toContain('Text messages, email and video calls can be less private than talking in person.');
    });
});
