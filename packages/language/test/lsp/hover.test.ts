/**
 * Hover: parties, goals, tasks and parameters (declarations and references, across files),
 * dates (weekday, distance from the start of the period) and built-in words (the sentence the
 * agreement will print).
 */
import { describe, expect, test } from 'vitest';
import { URI } from 'langium';
import { expectHover } from 'langium/test';
import { buildFiles, CONTRACT, createLspServices, offsetOf, TEMPLATE } from './lsp-helpers.js';

const { Tandem } = createLspServices();
const hover = expectHover(Tandem);

const TEXT = `contract Jane "Housing" {
    parties {
        client J<|>ane "Jane Doe" contact "555-0101"
        worker Sam "Sam Lee" title "Case manager"
    }
    duration { from 2026-12-01 to 2027-02-28  meet fortn<|>ightly }
    goal Housing "Find housing" { measure "A signed lease" by 2027-0<|>2-01 }
    task Search "Search listings" { owner Jane, S<|>am  for Hou<|>sing  due 2026-11-2<|>0 }
    confidentiality { limit ab<|>use  limit court-or<|>der }
    termination { when period-e<|>nds }
    sign Jane, Sam
}`;

describe('hover', () => {
    test('a party: name, role, title', async () => {
        await hover({ text: TEXT, index: 0, hover: /\*\*Jane\*\* — client: Jane Doe[\s\S]*Contact: 555-0101/ });
        await hover({ text: TEXT, index: 3, hover: /\*\*Sam\*\* — worker: Sam Lee\n\nTitle: Case manager/ });
    });

    test('a goal: measure and date', async () => {
        await hover({ text: TEXT, index: 4, hover: /\*\*Housing\*\* — goal: Find housing\n\nMeasure: A signed lease\n\nBy: Monday, 1 February 2027/ });
    });

    test('a date: weekday and distance from the start of the period', async () => {
        await hover({ text: TEXT, index: 2, hover: /\*\*Monday, 1 February 2027\*\*\n\n8 weeks and 6 days \(62 days\) after the start of the period \(Tuesday, 1 December 2026\)/ });
        await hover({ text: TEXT, index: 5, hover: /1 week and 4 days \(11 days\) before the start/ });
    });

    test('built-in words: the sentence the agreement prints', async () => {
        await hover({ text: TEXT, index: 1, hover: /\*\*meet fortnightly\*\*\n\nThe agreement says: \*We will meet every two weeks.\*/ });
        await hover({ text: TEXT, index: 6, hover: /abused or neglected, we must report it to the authorities/ });
        await hover({ text: TEXT, index: 7, hover: /a judge orders us to share information/ });
        await hover({ text: TEXT, index: 8, hover: /\*\*when period-ends\*\*[\s\S]*Its time is up/ });
    });

    test('0.2 words: meeting days, channels and the keywords that introduce text', async () => {
        const text = `contract Jane "Housing" {
    agency "Northside" { cri<|>sis "988" }
    pur<|>pose "Find a home"
    parties { client Jane "Jane Doe" worker Sam "Sam Lee" }
    duration { from 2026-12-01 to 2027-02-28  meet weekly on tues<|>day 10:00 }
    contact-by te<|>xt
    consent { ri<|>sks "Stress"  paid-<|>by "Harbor Fund" }
    termination { no<|>tice 2 weeks }
}`;
        await hover({ text, index: 0, hover: /\*\*crisis\*\*\n\nWhom to call in a crisis/ });
        await hover({ text, index: 1, hover: /\*\*purpose\*\*\n\nWhy the service is offered/ });
        await hover({ text, index: 2, hover: /\*\*on tuesday\*\*\n\nThe agreement says: \*Tuesdays\*/ });
        await hover({ text, index: 3, hover: /\*\*contact-by text\*\*\n\nThe agreement says: \*by text message\*/ });
        await hover({ text, index: 4, hover: /What may be hard/ });
        await hover({ text, index: 5, hover: /Who pays for the service/ });
        await hover({ text, index: 6, hover: /tells the client at least this long before/ });
    });

    test('a task and a parameter, across files', async () => {
        const services = createLspServices();
        const contract = CONTRACT.replace('task Forms "Fill in the forms" { owner Client, Worker  for Income }',
            'task Forms "Fill in the forms" { owner Client, Worker  for Income }\n    sign Client');
        await buildFiles(services, { '/ws/lib.tandem': TEMPLATE, '/ws/jane.tandem': contract });
        const document = services.shared.workspace.LangiumDocuments.getDocument(URI.file('/ws/jane.tandem'))!;
        const at = (offset: number) => services.Tandem.lsp.HoverProvider!.getHoverContent(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset)
        });
        const task = await at(offsetOf(contract, 'Forms', 1));
        expect(JSON.stringify(task?.contents)).toContain('Owners: Client (client, {{clientName}}), Worker (worker, Sam Lee)');
        expect(JSON.stringify(task?.contents)).toContain('For: Income (Apply for benefits)');
        const param = await at(offsetOf(contract, 'start =', 1));
        expect((param?.contents as { value: string }).value).toBe('**start** — date parameter\n\nNo default: every contract from the template must bind it.\n\nFirst day');
        const signer = await at(offsetOf(contract, 'sign Client', 6));
        expect((signer?.contents as { value: string }).value).toContain('**Client** — client: {{clientName}}');
        // A date in a contract from a template: the period starts at the bound `start`.
        const due = await at(offsetOf(contract, '2027-01-15', 3));
        expect((due?.contents as { value: string }).value).toContain('6 weeks and 3 days (45 days) after the start of the period (Tuesday, 1 December 2026)');
    });

    test('a parameter with a default', async () => {
        await hover({ text: `template T {\n    param len<|>gth: number = 12 "Length in weeks"\n}`, index: 0, hover: '**length** — number parameter\n\nDefault: 12\n\nLength in weeks' });
    });
});
