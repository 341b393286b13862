/**
 * Quick fixes: each one, applied to the text, makes its diagnostic go away (the text is
 * re-validated), writes in the canonical layout (the result is a fixed point of the formatter)
 * and, for a contract `from` a template, edits the contract.
 */
import type { LangiumDocument } from 'langium';
import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Model } from '../../src/generated/ast.js';
import { formatTandemText } from '../../src/formatting/tandem-text-formatter.js';
import { createTandemLspServices } from '../../src/lsp/tandem-lsp-module.js';

const URI_OF_TEST = URI.file('/ws/test.tandem');

async function build(text: string): Promise<{ document: LangiumDocument<Model>; services: ReturnType<typeof createTandemLspServices> }> {
    const services = createTandemLspServices(EmptyFileSystem);
    const document = services.shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI_OF_TEST);
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    return { document, services };
}

async function codesOf(text: string): Promise<string[]> {
    const { document } = await build(text);
    return (document.diagnostics ?? []).map(diagnostic => String(diagnostic.code));
}

/** The quick fixes offered for the (first) diagnostic with `code`. */
async function fixesFor(text: string, code: string, occurrence = 0): Promise<CodeAction[]> {
    const { document, services } = await build(text);
    const diagnostics = (document.diagnostics ?? []).filter((diagnostic: Diagnostic) => diagnostic.code === code);
    expect(diagnostics.length, `a ${code} diagnostic in:\n${text}`).toBeGreaterThan(occurrence);
    const diagnostic = diagnostics[occurrence];
    const actions = await services.Tandem.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] }
    });
    return (actions ?? []) as CodeAction[];
}

function apply(text: string, action: CodeAction): string {
    const edits = action.edit?.changes?.[URI_OF_TEST.toString()] ?? [];
    expect(edits.length).toBeGreaterThan(0);
    return TextDocument.applyEdits(TextDocument.create(URI_OF_TEST.toString(), 'tandem', 1, text), edits);
}

/** Applies the fix titled `title` (or the only/preferred one) and checks the code is gone and the layout canonical. */
async function applyFix(text: string, code: string, title?: string | RegExp): Promise<string> {
    const actions = await fixesFor(text, code);
    const action = title === undefined
        ? actions.find(candidate => candidate.isPreferred) ?? actions[0]
        : actions.find(candidate => typeof title === 'string' ? candidate.title === title : title.test(candidate.title));
    expect(action, `a fix ${String(title ?? '')} among ${JSON.stringify(actions.map(candidate => candidate.title))}`).toBeDefined();
    const fixed = apply(text, action!);
    expect(await codesOf(fixed), fixed).not.toContain(code);
    expect(formatTandemText(fixed), 'the fix writes in the canonical layout').toBe(fixed);
    return fixed;
}

const PARTIES = [
    '    parties {',
    '        client Jane "Jane Doe"',
    '        worker Sam "Sam Lee"',
    '    }'
];
const BODY = [
    '    duration { from 2026-12-01 for 12 weeks  meet weekly }',
    '    goal Home "Find a home" { measure "A signed lease" }',
    '    task Search "Search listings" { owner Jane  for Home }',
    '    task Call "Call landlords" { owner Sam  for Home }'
];
const CONFIDENTIALITY = ['    confidentiality { limit safety  limit abuse }'];
const TERMINATION = ['    termination { when goals-met }'];
const SIGN = ['    sign Jane, Sam'];

function contract(...sections: string[][]): string {
    return ['contract Jane "Housing" {', ...sections.flat(), '}', ''].join('\n');
}

const TEMPLATE = [
    'template Housing "Housing support" {',
    '    param clientName: text "Client\'s full name"',
    '    param start: date',
    '    param length: number = 12',
    '    parties {',
    '        client Client "{{clientName}}"',
    '        worker Worker "Sam Lee"',
    '    }',
    '    duration { from start for length weeks  meet weekly }',
    '    goal Home "Find a home" { measure "A signed lease" }',
    '    task Search "Search listings" { owner Client  for Home }',
    '    task Call "Call landlords" { owner Worker  for Home }',
    '    confidentiality { share "progress" with Worker for "supervision"  limit safety }',
    '    termination { when goals-met }',
    '    sign Client, Worker',
    '}',
    ''
].join('\n');

describe('quick fixes: sections a contract lacks', () => {
    it('missing-termination: a termination section with goals-met and period-ends, before `sign`', async () => {
        const fixed = await applyFix(contract(PARTIES, BODY, CONFIDENTIALITY, SIGN), 'missing-termination');
        expect(fixed).toContain([
            '    confidentiality { limit safety  limit abuse }',
            '    termination {',
            '        when goals-met',
            '        when period-ends',
            '    }',
            '    sign Jane, Sam'
        ].join('\n'));
    });

    it('missing-termination keeps the blank lines between sections where the contract has them', async () => {
        const text = contract(PARTIES, [''], BODY, [''], CONFIDENTIALITY, [''], SIGN);
        const fixed = await applyFix(text, 'missing-termination');
        expect(fixed).toContain('limit abuse }\n\n    termination {\n        when goals-met\n        when period-ends\n    }\n\n    sign Jane, Sam');
    });

    it('missing-termination in a CRLF file writes CRLF, and in a one-line contract stays on one line', async () => {
        const crlf = contract(PARTIES, BODY, CONFIDENTIALITY, SIGN).replace(/\n/g, '\r\n');
        expect(await applyFix(crlf, 'missing-termination')).toContain('limit abuse }\r\n    termination {\r\n        when goals-met\r\n        when period-ends\r\n    }\r\n    sign');
        const oneLine = `${TEMPLATE}\ncontract Jane from Housing { clientName = "Jane"  start = 2026-12-01 }\n`.replace('    termination { when goals-met }\n', '');
        expect(await applyFix(oneLine, 'missing-termination')).toContain(
            'contract Jane from Housing { clientName = "Jane"  start = 2026-12-01  termination { when goals-met  when period-ends } }');
    });

    it('missing-confidentiality: a section with the standard limits', async () => {
        const fixed = await applyFix(contract(PARTIES, BODY, TERMINATION, SIGN), 'missing-confidentiality');
        expect(fixed).toContain('for Home }\n    confidentiality {\n        limit safety\n        limit abuse\n        limit court-order\n    }\n    termination');
    });

    it('no-limits: the standard limits added to the contract\'s section, in its layout', async () => {
        const oneLine = contract(PARTIES, BODY, ['    confidentiality { share "notes" with Sam for "supervision" }'], TERMINATION, SIGN);
        expect(await applyFix(oneLine, 'no-limits')).toContain(
            '    confidentiality { share "notes" with Sam for "supervision"  limit safety  limit abuse  limit court-order }');
        const empty = contract(PARTIES, BODY, ['    confidentiality {}'], TERMINATION, SIGN);
        expect(await applyFix(empty, 'no-limits')).toContain('    confidentiality { limit safety  limit abuse  limit court-order }');
        const multiLine = contract(PARTIES, BODY, ['    confidentiality {', '        share "notes" with Sam for "supervision" // why', '    }'], TERMINATION, SIGN);
        expect(await applyFix(multiLine, 'no-limits')).toContain([
            '        share "notes" with Sam for "supervision" // why',
            '        limit safety',
            '        limit abuse',
            '        limit court-order',
            '    }'
        ].join('\n'));
    });

    it('missing-signatures: a sign line with the clients and the workers, at the end', async () => {
        const fixed = await applyFix(contract(PARTIES, BODY, CONFIDENTIALITY, TERMINATION), 'missing-signatures');
        expect(fixed).toContain('    termination { when goals-met }\n    sign Jane, Sam\n}');
    });

    it('client-not-signing and worker-not-signing: the missing party added to `sign`', async () => {
        expect(await applyFix(contract(PARTIES, BODY, CONFIDENTIALITY, TERMINATION, ['    sign Sam']), 'client-not-signing')).toContain('    sign Sam, Jane\n');
        expect(await applyFix(contract(PARTIES, BODY, CONFIDENTIALITY, TERMINATION, ['    sign Jane']), 'worker-not-signing')).toContain('    sign Jane, Sam\n');
    });
});

describe('quick fixes: contracts from a template insert into the contract', () => {
    const base = (members: string[]) => `${TEMPLATE}\n${[
        'contract Jane from Housing {',
        '    clientName = "Jane Doe"',
        '    start = 2026-12-01',
        ...members,
        '}',
        ''
    ].join('\n')}`;
    const noLimitsTemplate = TEMPLATE.replace('  limit safety }', ' }');
    const noSignTemplate = TEMPLATE.replace('    sign Client, Worker\n', '    sign Worker\n');

    it('no-limits with the template\'s section: the contract gets its own, the template\'s releases kept, the template untouched', async () => {
        const text = base([]).replace(TEMPLATE, noLimitsTemplate);
        const fixed = await applyFix(text, 'no-limits');
        expect(fixed.startsWith(noLimitsTemplate)).toBe(true);
        expect(fixed).toContain([
            '    start = 2026-12-01',
            '    confidentiality {',
            '        share "progress" with Worker for "supervision"',
            '        limit safety',
            '        limit abuse',
            '        limit court-order',
            '    }',
            '}'
        ].join('\n'));
    });

    it('client-not-signing with the template\'s sign: the contract gets a sign line with the template\'s signers and the client', async () => {
        const text = base([]).replace(TEMPLATE, noSignTemplate);
        const fixed = await applyFix(text, 'client-not-signing');
        expect(fixed.startsWith(noSignTemplate)).toBe(true);
        expect(fixed).toContain('    start = 2026-12-01\n    sign Worker, Client\n}');
    });

    it('missing-binding: every unbound parameter, with a value of its type, after the bindings', async () => {
        const text = `${TEMPLATE}\ncontract Jane from Housing {\n    goal Work "Find work" { measure "A job" }\n    task Apply "Apply" { owner Client  for Work }\n}\n`;
        const fixed = await applyFix(text, 'missing-binding');
        expect(fixed).toContain('contract Jane from Housing {\n    clientName = "..."\n    start = 2026-12-01\n    goal Work');
    });

    it('missing-binding: one fix for all the missing-binding diagnostics of the contract', async () => {
        const text = `${TEMPLATE}\ncontract Jane from Housing {\n}\n`;
        const { document, services } = await build(text);
        const diagnostics = (document.diagnostics ?? []).filter(diagnostic => diagnostic.code === 'missing-binding');
        expect(diagnostics).toHaveLength(2);
        const actions = await services.Tandem.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() },
            range: diagnostics[0].range,
            context: { diagnostics }
        }) as CodeAction[];
        expect(actions.map(action => action.title)).toEqual(['Bind the 2 unbound parameters']);
        expect(actions[0].diagnostics).toHaveLength(2);
        const fixed = apply(text, actions[0]);
        expect(fixed.endsWith('contract Jane from Housing {\n    clientName = "..."\n    start = 2026-12-01\n}\n')).toBe(true);
        expect(await codesOf(fixed)).not.toContain('missing-binding');
    });

    it('missing-termination in a contract from a template that has none', async () => {
        const text = base(['    goal Work "Find work" { measure "A job" }']).replace('    termination { when goals-met }\n', '');
        const fixed = await applyFix(text, 'missing-termination');
        expect(fixed).toContain('    goal Work "Find work" { measure "A job" }\n    termination {\n        when goals-met\n        when period-ends\n    }\n}');
        expect(fixed.startsWith(TEMPLATE.replace('    termination { when goals-met }\n', ''))).toBe(true);
    });
});

describe('quick fixes: declarations', () => {
    const withTask = (task: string) => contract(PARTIES, [...BODY, task], CONFIDENTIALITY, TERMINATION, SIGN);

    it('task-without-owner: one fix per party, the client first and preferred', async () => {
        const text = withTask('    task Budget "Make a budget" { for Home }');
        const actions = await fixesFor(text, 'task-without-owner');
        expect(actions.map(action => action.title)).toEqual(['Add `owner Jane` (client)', 'Add `owner Sam` (worker)']);
        expect(actions[0].isPreferred).toBe(true);
        expect(await applyFix(text, 'task-without-owner', 'Add `owner Sam` (worker)')).toContain('    task Budget "Make a budget" { owner Sam  for Home }');
    });

    it('task-without-owner in a multi-line task and in an empty one', async () => {
        const multi = withTask('    task Budget "Make a budget" {\n        for Home\n    }');
        expect(await applyFix(multi, 'task-without-owner')).toContain('    task Budget "Make a budget" {\n        owner Jane\n        for Home\n    }');
        const empty = withTask('    task Budget "Make a budget" {}');
        expect(await applyFix(empty, 'task-without-owner')).toContain('    task Budget "Make a budget" { owner Jane }');
    });

    it('task-without-owner in a template offers the template\'s parties', async () => {
        const text = TEMPLATE.replace('{ owner Client  for Home }', '{ for Home }');
        const actions = await fixesFor(text, 'task-without-owner');
        expect(actions.map(action => action.title)).toEqual(['Add `owner Client` (client)', 'Add `owner Worker` (worker)']);
        expect(await applyFix(text, 'task-without-owner')).toContain('{ owner Client  for Home }');
    });

    it('duplicate-binding: the later binding is removed, the first kept', async () => {
        const text = `${TEMPLATE}\ncontract Jane from Housing {\n    clientName = "Jane Doe"\n    start = 2026-12-01\n    clientName = "Jane D." // typo\n}\n`;
        const fixed = await applyFix(text, 'duplicate-binding');
        expect(fixed).toContain('contract Jane from Housing {\n    clientName = "Jane Doe"\n    start = 2026-12-01\n}\n');
    });

    it('binding-without-template: remove the binding, or add `from` the one template in sight', async () => {
        const text = `${TEMPLATE}\ncontract Jane "Housing" {\n    clientName = "Jane Doe"\n    start = 2026-12-01\n}\n`;
        const actions = await fixesFor(text, 'binding-without-template');
        expect(actions.map(action => action.title)).toEqual(['Add `from Housing`', 'Remove the binding']);
        expect(await applyFix(text, 'binding-without-template', 'Add `from Housing`')).toContain('contract Jane "Housing" from Housing {\n    clientName = "Jane Doe"');
        const oneBinding = text.replace('    start = 2026-12-01\n', '');
        const removed = await applyFix(oneBinding, 'binding-without-template', 'Remove the binding');
        expect(removed.endsWith('contract Jane "Housing" {}\n')).toBe(true);
    });

    it('binding-without-template offers no `from` when no template (or several) is in sight', async () => {
        const text = contract(['    clientName = "Jane Doe"'], PARTIES, BODY, CONFIDENTIALITY, TERMINATION, SIGN);
        expect((await fixesFor(text, 'binding-without-template')).map(action => action.title)).toEqual(['Remove the binding']);
        const two = `${TEMPLATE}\n${TEMPLATE.replace('template Housing', 'template Other')}\n${text}`;
        expect((await fixesFor(two, 'binding-without-template')).map(action => action.title)).toEqual(['Remove the binding']);
    });
});

describe('quick fixes: words', () => {
    const full = contract(['    locale fr'], PARTIES, BODY, CONFIDENTIALITY, TERMINATION, SIGN);

    it('unknown-locale: one fix per supported locale', async () => {
        const actions = await fixesFor(full, 'unknown-locale');
        expect(actions.map(action => action.title)).toEqual(['Use locale `en`', 'Use locale `es`']);
        expect(await applyFix(full, 'unknown-locale', 'Use locale `es`')).toContain('    locale es\n');
    });

    it('unresolved-reference: the closest names in scope, closest first', async () => {
        const text = contract(PARTIES, BODY, CONFIDENTIALITY, TERMINATION, ['    sign Jane, Samm']);
        const actions = await fixesFor(text, 'unresolved-reference');
        expect(actions.map(action => action.title)).toEqual(['Change to `Sam`']);
        expect(await applyFix(text, 'unresolved-reference')).toContain('    sign Jane, Sam\n');
    });

    it('unresolved-reference: goals for a task\'s `for`, parameters for a binding, templates for `from`', async () => {
        const goal = contract(PARTIES, BODY.map(line => line.replace('owner Sam  for Home', 'owner Sam  for hom')), CONFIDENTIALITY, TERMINATION, SIGN);
        expect((await fixesFor(goal, 'unresolved-reference')).map(action => action.title)).toEqual(['Change to `Home`']);
        await applyFix(goal, 'unresolved-reference');
        const binding = `${TEMPLATE}\ncontract Jane from Housing {\n    clientNam = "Jane Doe"\n    clientName = "Jane"\n    start = 2026-12-01\n}\n`;
        expect((await fixesFor(binding, 'unresolved-reference')).map(action => action.title)).toEqual(['Change to `clientName`']);
        const template = `${TEMPLATE}\ncontract Jane from Housng {\n    clientName = "Jane Doe"\n    start = 2026-12-01\n}\n`;
        expect(await applyFix(template, 'unresolved-reference')).toContain('contract Jane from Housing {');
    });

    it('unresolved-reference: nothing offered when no name is close', async () => {
        const text = contract(PARTIES, BODY, CONFIDENTIALITY, TERMINATION, ['    sign Jane, Xavier']);
        expect(await fixesFor(text, 'unresolved-reference')).toEqual([]);
    });

    it('judgmental-language: the suggested wording replaces the term', async () => {
        const text = contract(PARTIES, BODY.map(line => line.replace('"Search listings"', '"Help the addict find housing"')), CONFIDENTIALITY, TERMINATION, SIGN);
        const actions = await fixesFor(text, 'judgmental-language');
        expect(actions.map(action => action.title)).toEqual(['Say "person with a substance use disorder" instead']);
        const fixed = await applyFix(text, 'judgmental-language');
        expect(fixed).toContain('"Help the person with a substance use disorder find housing"');
    });

    it('missing-purpose: a purpose to fill in, after the locale', async () => {
        const text = contract(['    agency "Northside"', '    locale en'], PARTIES, BODY, CONFIDENTIALITY, TERMINATION, SIGN);
        const fixed = await applyFix(text, 'missing-purpose');
        expect(fixed).toContain('    locale en\n    purpose "Why we are working together, in plain words"\n    parties {');
    });

    it('incomplete-consent: a whole section, or the missing lines in the contract\'s own', async () => {
        const none = contract(PARTIES, BODY, CONFIDENTIALITY, TERMINATION, SIGN);
        const added = await applyFix(none, 'incomplete-consent');
        expect(added).toContain('    consent {\n        risks "What may be hard or may go wrong: write it here"\n'
            + '        alternatives "Other help the client could choose: write it here"\n        cost "What the client pays (or write: cost free)"\n    }\n    termination');
        const partial = contract(PARTIES, BODY, CONFIDENTIALITY, ['    consent {', '        benefits "A plan"', '        cost free', '    }'], TERMINATION, SIGN);
        const completed = await applyFix(partial, 'incomplete-consent');
        expect(completed).toContain('        benefits "A plan"\n        cost free\n        risks "What may be hard or may go wrong: write it here"\n'
            + '        alternatives "Other help the client could choose: write it here"\n    }');
        // A template's section becomes the contract's own, the template's lines kept.
        const fromTemplate = `${TEMPLATE.replace('    termination {', '    consent { cost free }\n    termination {')}\ncontract Jane from Housing {\n    clientName = "Jane"\n    start = 2026-12-01\n}\n`;
        const own = await applyFix(fromTemplate, 'incomplete-consent');
        expect(own).toContain('    start = 2026-12-01\n    consent {\n        cost free\n        risks "What may be hard');
    });

    it('missing-contacts: the agency\'s missing details to fill in, into its block or a new one', async () => {
        const bare = contract(['    agency "Northside"'], PARTIES, BODY, CONFIDENTIALITY, TERMINATION, SIGN);
        const block = await applyFix(bare, 'missing-contacts');
        expect(block).toContain('    agency "Northside" {\n        phone "The agency\'s phone number"\n        crisis "Whom to call in a crisis, e.g. Call or text 988, any time"\n        complaints "How to make a complaint"\n    }');
        const partial = contract(['    agency "Northside" { phone "555-0100" }'], PARTIES, BODY, CONFIDENTIALITY, TERMINATION, SIGN);
        expect(await applyFix(partial, 'missing-contacts')).toContain('    agency "Northside" { phone "555-0100"  crisis "Whom to call');
        const none = contract(PARTIES, BODY, CONFIDENTIALITY, TERMINATION, SIGN);
        expect(await applyFix(none, 'missing-contacts')).toContain('contract Jane "Housing" {\n    agency "Agency name" {\n        phone');
    });

    it('release-without-expiry: `until` the end of the period', async () => {
        const text = contract(PARTIES, BODY, ['    confidentiality { share "progress" with "City Housing" for "the voucher"  limit safety }'], TERMINATION, SIGN);
        const fixed = await applyFix(text, 'release-without-expiry');
        expect(fixed).toContain('share "progress" with "City Housing" for "the voucher" until 2027-02-23  limit safety');
        const template = TEMPLATE.replace('    param length: number = 12\n', '    param end: date\n')
            .replace('    duration { from start for length weeks  meet weekly }', '    duration { from start to end  meet weekly }')
            .replace('share "progress" with Worker for "supervision"', 'share "progress" with "City Housing" for "the voucher"');
        expect(await applyFix(template, 'release-without-expiry')).toContain('for "the voucher" until end');
    });

    it('meeting-days-mismatch: the frequency that fits the days, or fewer days', async () => {
        const two = contract(PARTIES, BODY.map(line => line.replace('meet weekly', 'meet weekly on monday, thursday 10:00')), CONFIDENTIALITY, TERMINATION, SIGN);
        const actions = await fixesFor(two, 'meeting-days-mismatch');
        expect(actions.map(action => action.title)).toEqual(['Meet `twice-weekly` (2 days)', 'Keep `monday` only']);
        expect(await applyFix(two, 'meeting-days-mismatch')).toContain('meet twice-weekly on monday, thursday 10:00');
        expect(await applyFix(two, 'meeting-days-mismatch', 'Keep `monday` only')).toContain('meet weekly on monday 10:00');
        const one = contract(PARTIES, BODY.map(line => line.replace('meet weekly', 'meet twice-weekly on monday')), CONFIDENTIALITY, TERMINATION, SIGN);
        expect(await applyFix(one, 'meeting-days-mismatch')).toContain('meet weekly on monday');
    });
});
