/**
 * Rows of data as effective contracts: values parsed by parameter type, defaults for empty
 * values, and problems placed on the row and column that cause them.
 */
import { describe, expect, it } from 'vitest';
import type { Model, Template } from '@tandem/language';
import { checkRow, createTandemServices, typedRowValues } from '@tandem/language';
import { URI } from 'langium';

const TEMPLATE = `template Support "Support agreement" {
    param clientName: text "Client's full name"
    param start: date
    param length: number = 12
    agency "Northside" { phone "555-0100"  crisis "988"  complaints "Ask for the manager" }
    purpose "Help {{clientName}} find a safe home"
    parties {
        client Client "{{clientName}}"
        worker Worker "Sam Lee"
    }
    duration { from start for length weeks  meet weekly for 10 sessions }
    goal Housing "Find a safe home" { measure "A signed lease"  by 2027-02-01 }
    task Search "Look at rental ads" { owner Client  for Housing }
    task Calls "Call landlords" { owner Worker  for Housing }
    confidentiality { limit safety }
    consent { risks "None expected"  alternatives "The housing office"  cost free }
    termination { when goals-met }
    sign Client, Worker
}
`;

async function template(): Promise<Template> {
    const { shared } = createTandemServices();
    const document = shared.workspace.LangiumDocumentFactory.fromString<Model>(TEMPLATE, URI.file('/ws/t.tandem'));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    expect(document.diagnostics?.filter(d => d.severity === 1)).toEqual([]);
    return document.parseResult.value.declarations[0] as Template;
}

const row = (values: Record<string, string | number | null>) => new Map(Object.entries(values));

describe('rows of data', () => {
    it('parses values by type and fills placeholders', async () => {
        const checked = checkRow(await template(), row({ clientName: 'Jane Doe', start: '2026-12-01', length: '10' }), { row: 1, line: 2 });
        expect(checked.problems).toEqual([]);
        expect(checked.contract?.parties[0].fullName.text).toBe('Jane Doe');
        expect(checked.contract?.duration?.end.date).toBe('2027-02-09');
    });

    it('an empty cell takes the default; a JSON number is a number', async () => {
        const t = await template();
        expect(checkRow(t, row({ clientName: 'Jane', start: '2026-12-01', length: '' }), { row: 1 }).contract?.duration?.end.date).toBe('2027-02-23');
        expect(checkRow(t, row({ clientName: 'Jane', start: '2026-12-01', length: 10 }), { row: 1 }).contract?.duration?.end.date).toBe('2027-02-09');
    });

    it('reports a bad date, a text in a number column and a missing required value, with row and column', async () => {
        const t = await template();
        expect(typedRowValues(t, row({ clientName: 'Jane', start: '2027-02-30' }), { row: 3, line: 4 }).problems)
            .toEqual([expect.objectContaining({ row: 3, line: 4, column: 'start', code: 'invalid-date', severity: 'error' })]);
        expect(typedRowValues(t, row({ clientName: 'Jane', start: '1/12/2026' }), { row: 1 }).problems)
            .toEqual([expect.objectContaining({ column: 'start', code: 'param-type-mismatch' })]);
        expect(typedRowValues(t, row({ clientName: 'Jane', start: '2026-12-01', length: 'ten' }), { row: 1 }).problems)
            .toEqual([expect.objectContaining({ column: 'length', code: 'param-type-mismatch' })]);
        expect(typedRowValues(t, row({ clientName: '', start: '2026-12-01' }), { row: 7 }).problems)
            .toEqual([expect.objectContaining({ row: 7, column: 'clientName', code: 'missing-binding' })]);
    });

    it('a rule of the effective contract is placed on the column whose value causes it', async () => {
        // Starting after the goal's target date puts it outside the period: the fault is the start column.
        const checked = checkRow(await template(), row({ clientName: 'Jane', start: '2027-03-01' }), { row: 2 });
        expect(checked.problems).toEqual([expect.objectContaining({ row: 2, column: 'start', code: 'date-outside-period', severity: 'warning' })]);
    });

    it('(0.2) rows bind parameters used in the new sections: purpose, consent and notice', async () => {
        const text = TEMPLATE.replace('param length: number = 12', 'param length: number = 12\n    param noticeWeeks: number = 2\n    param payer: text')
            .replace('consent { risks "None expected"  alternatives "The housing office"  cost free }',
                'consent { risks "None expected"  alternatives "The housing office"  cost free  paid-by "{{payer}}" }')
            .replace('termination { when goals-met }', 'termination { when goals-met  notice noticeWeeks weeks }');
        const { shared } = createTandemServices();
        const document = shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.file('/ws/t2.tandem'));
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        expect(document.diagnostics?.filter(d => d.severity === 1)).toEqual([]);
        const t = document.parseResult.value.declarations[0] as Template;
        const checked = checkRow(t, row({ clientName: 'Jane Doe', start: '2026-12-01', payer: 'Harbor Fund', noticeWeeks: '3' }), { row: 1 });
        expect(checked.problems).toEqual([]);
        expect(checked.contract?.purpose?.text).toBe('Help Jane Doe find a safe home');
        expect(checked.contract?.consent?.paidBy?.payer.text).toBe('Harbor Fund');
        expect(checked.contract?.termination?.notice?.count.value).toBe(3);
        const zero = checkRow(t, row({ clientName: 'Jane Doe', start: '2026-12-01', payer: 'Harbor Fund', noticeWeeks: '0' }), { row: 4, line: 5 });
        expect(zero.problems).toEqual([expect.objectContaining({ row: 4, column: 'noticeWeeks', code: 'zero-quantity', severity: 'error' })]);
    });
});

