/**
 * Completion that knows the context: parties, goals and typed parameters where they are
 * expected, placeholders inside strings, the sections that may still come, snippets, built-in
 * words with their sentences.
 */
import { describe, expect, test } from 'vitest';
import type { CompletionItem, CompletionList } from 'vscode-languageserver';
import { expectCompletion } from 'langium/test';
import { createLspServices } from './lsp-helpers.js';

const { Tandem } = createLspServices();
const complete = expectCompletion(Tandem);

const labels = (list: CompletionList) => list.items.map(item => item.label).sort();
const item = (list: CompletionList, label: string): CompletionItem => list.items.find(i => i.label === label)!;

const CONTRACT = (body: string) => `contract Jane "Housing" {
    parties {
        client Jane "Jane Doe"
        worker Sam "Sam Lee" title "Case manager"
        supervisor Dana "Dana Ortiz"
    }
    duration { from 2026-12-01 to 2027-02-28  meet weekly }
    goal Housing "Find housing" { measure "A lease" }
    goal Income "Have an income" { measure "Benefits paid" }
${body}
}`;

const TEMPLATE = (body: string) => `template T {
    param who: text "Client's name"
    param start: date "First day"
    param end: date
    param length: number = 12
    parties { client C "{{who}}" worker W "Sam" }
${body}
}`;

describe('completion', () => {
    test('only parties after owner', async () => {
        await complete({ text: CONTRACT('    task Search "Search" { owner <|> }'), index: 0, assert: list => expect(labels(list)).toEqual(['Dana', 'Jane', 'Sam']) });
    });

    test('only parties after sign and after share … with (and a recipient may still be a string)', async () => {
        await complete({ text: CONTRACT('    sign <|>'), index: 0, assert: list => expect(labels(list)).toEqual(['Dana', 'Jane', 'Sam']) });
        await complete({ text: CONTRACT('    confidentiality { share "notes" with <|> }'), index: 0, assert: list => expect(labels(list)).toEqual(['Dana', 'Jane', 'Sam']) });
    });

    test('only goals after a task\'s for', async () => {
        await complete({ text: CONTRACT('    task Search "Search" { owner Jane for <|> }'), index: 0, assert: list => expect(labels(list)).toEqual(['Housing', 'Income']) });
    });

    test('only date parameters where a date is expected, number parameters where a number is', async () => {
        await complete({ text: TEMPLATE('    duration { from <|> }'), index: 0, assert: list => expect(labels(list)).toEqual(['end', 'start']) });
        await complete({ text: TEMPLATE('    duration { from start for <|> }'), index: 0, assert: list => expect(labels(list)).toEqual(['length']) });
        await complete({ text: TEMPLATE('    goal G "g" { by <|> }'), index: 0, assert: list => {
            expect(labels(list)).toEqual(['end', 'start']);
            expect(item(list, 'start').detail).toBe('date parameter');
        } });
    });

    test('parameter names after {{ inside a string, closing the braces', async () => {
        await complete({ text: TEMPLATE('    goal G "Help {{<|>" { measure "m" }'), index: 0, assert: list => {
            expect(labels(list)).toEqual(['end', 'length', 'start', 'who']);
            expect(item(list, 'who').textEdit?.newText).toBe('who}}');
        } });
        await complete({ text: TEMPLATE('    goal G "Help {{ w<|>'), index: 0, assert: list => expect(labels(list)).toContain('who') });
        // Elsewhere in a string: nothing.
        await complete({ text: TEMPLATE('    goal G "Help <|>" { measure "m" }'), index: 0, expectedItems: [] });
    });

    test('a contract\'s bindings offer the template\'s parameters not yet bound', async () => {
        await complete({
            text: `${TEMPLATE('')}\ncontract Jane from T {\n    who = "Jane"\n    <|>\n}`,
            index: 0,
            assert: list => {
                expect(labels(list)).toContain('start');
                expect(labels(list)).not.toContain('who');
            }
        });
    });

    test('section keywords that may still come: not a second duration', async () => {
        await complete({ text: CONTRACT('    <|>'), index: 0, assert: list => {
            const keywords = list.items.filter(i => i.kind === 14 /* Keyword */).map(i => i.label);
            expect(keywords).toEqual(expect.arrayContaining(['agency', 'confidentiality', 'goal', 'task', 'sign', 'termination', 'parties']));
            expect(keywords).not.toContain('duration');
            const snippets = list.items.filter(i => i.kind === 15 /* Snippet */).map(i => i.filterText);
            expect(snippets).toContain('confidentiality');
            expect(snippets).not.toContain('duration');
        } });
    });

    test('snippets for each section and a whole new contract', async () => {
        await complete({ text: TEMPLATE('    <|>'), index: 0, assert: list => {
            const snippets = list.items.filter(i => i.kind === 15).map(i => i.filterText).sort();
            expect(snippets).toEqual(['agency', 'boundaries', 'confidentiality', 'consent', 'contact-by', 'duration', 'goal', 'locale', 'parties', 'purpose', 'revision', 'sign', 'task', 'termination']);
            expect(item(list, 'duration { … }').insertTextFormat).toBe(2);
        } });
        await complete({ text: `${CONTRACT('')}\n<|>`, index: 0, assert: list => {
            const whole = item(list, 'contract … { … }');
            expect(whole.kind).toBe(15);
            expect(whole.insertText).toContain('confidentiality');
            expect(whole.insertText).toContain('sign ${4}, ${6}');
            // 0.2: the whole contract has what informed consent needs.
            for (const section of ['purpose', 'consent {', 'contact-by', 'crisis', 'complaints', 'notice']) {
                expect(whole.insertText).toContain(section);
            }
        } });
    });

    test('limit, when and frequency keywords, each with the sentence the agreement prints', async () => {
        await complete({ text: CONTRACT('    confidentiality { limit <|> }'), index: 0, assert: list => {
            expect(labels(list)).toEqual(['abuse', 'court-order', 'emergency', 'safety']);
            expect(JSON.stringify(item(list, 'abuse').documentation)).toContain('abused or neglected, we must report it to the authorities');
        } });
        await complete({ text: CONTRACT('    termination { when <|> }'), index: 0, assert: list => {
            expect(labels(list)).toEqual(['client-withdraws', 'goals-met', 'period-ends']);
        } });
        await complete({ text: TEMPLATE('    duration { from start for length weeks meet <|> }'), index: 0, assert: list => {
            expect(labels(list)).toEqual(['daily', 'fortnightly', 'monthly', 'twice-weekly', 'weekly']);
            expect(JSON.stringify(item(list, 'fortnightly').documentation)).toContain('every two weeks');
        } });
    });

    test('0.2 words in their places: weekdays after `on`, channels after `contact-by`, consent lines, agency details', async () => {
        await complete({ text: TEMPLATE('    duration { from start for length weeks meet weekly on <|> }'), index: 0, assert: list => {
            expect(labels(list)).toEqual(['friday', 'monday', 'saturday', 'sunday', 'thursday', 'tuesday', 'wednesday']);
            expect(JSON.stringify(item(list, 'tuesday').documentation)).toContain('Tuesdays');
        } });
        await complete({ text: CONTRACT('    contact-by <|>'), index: 0, assert: list => {
            expect(labels(list)).toEqual(expect.arrayContaining(['email', 'in-person', 'phone', 'text', 'video']));
            expect(JSON.stringify(item(list, 'text').documentation)).toContain('by text message');
        } });
        await complete({ text: CONTRACT('    consent { <|> }'), index: 0, assert: list => {
            expect(labels(list)).toEqual(['alternatives', 'benefits', 'cost', 'mandated-by', 'paid-by', 'risks']);
            expect(JSON.stringify(item(list, 'risks').documentation)).toContain('What may be hard');
        } });
        await complete({ text: CONTRACT('    consent { cost <|> }'), index: 0, assert: list => {
            expect(labels(list)).toContain('free');
        } });
        await complete({ text: CONTRACT('    agency "Northside" { <|> }'), index: 0, assert: list => {
            expect(labels(list)).toEqual(['address', 'complaints', 'crisis', 'hours', 'phone']);
            expect(JSON.stringify(item(list, 'crisis').documentation)).toContain('in a crisis');
        } });
        await complete({ text: CONTRACT('    termination { when goals-met <|> }'), index: 0, assert: list => {
            expect(labels(list)).toEqual(expect.arrayContaining(['notice', 'referral', 'when']));
        } });
    });
});
