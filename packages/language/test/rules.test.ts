/**
 * Every diagnostic code: an input where it fires, on the right line and range, and a
 * near-identical input where it does not.
 */
import { describe, expect, it } from 'vitest';
import { ALL_DIAGNOSTIC_CODES, DIAGNOSTIC_CODES } from '@tandem/language';
import { codes, coveredText, validate, validateFiles, withCode } from './helpers.js';

/** A complete, valid contract; tests change one thing in it. */
const BASE = `contract Jane "Housing support agreement" {
    agency "Northside Family Services" {
        phone "555-0100"
        crisis "Call or text 988, any time"
        complaints "Ask for the program manager"
    }
    locale en
    purpose "Help Jane find a safe home"
    parties {
        client Jane "Jane Doe" contact "555-0101"
        worker Sam "Sam Lee" title "Case manager"
        supervisor Dana "Dana Ortiz"
    }
    duration {
        from 2026-12-01 to 2027-02-28
        meet weekly for 10 sessions
        at "Northside office"
        review every 4 weeks
    }
    goal Housing "Find a safe home" {
        measure "Jane signs a lease"
        by 2027-02-01
    }
    task Listings "Look at rental ads each week" {
        owner Jane
        for Housing
        due 2026-12-20
    }
    task Landlords "Call three landlords" {
        owner Sam
        for Housing
    }
    confidentiality {
        share "progress notes" with Dana for "supervision"
        limit safety
        limit abuse
    }
    consent {
        risks "Talking about money can be stressful"
        alternatives "The city housing office"
        cost free
    }
    termination {
        when goals-met
        when period-ends
    }
    revision 1 on 2026-12-01 "First version"
    sign Jane, Sam
}
`;

/** BASE with `from` replaced by `to` (first occurrence only, exact text). */
function change(from: string, to: string, text = BASE): string {
    if (!text.includes(from)) {
        throw new Error(`BASE does not contain ${JSON.stringify(from)}`);
    }
    return text.replace(from, to);
}

function lineOf(text: string, needle: string, occurrence = 1): number {
    const lines = text.split('\n');
    let seen = 0;
    for (let i = 0; i < lines.length; i++) {
        if (lines[i].includes(needle) && ++seen === occurrence) {
            return i + 1;
        }
    }
    throw new Error(`no line contains ${needle}`);
}

async function expectOnly(text: string, code: string, covered: string, line?: number) {
    const diagnostics = await validate(text);
    const found = withCode(diagnostics, code);
    expect(found, `${code} in ${JSON.stringify(codes(diagnostics))}`).toHaveLength(1);
    expect(found[0].severity).toBe({ error: 1, warning: 2, info: 3, hint: 4 }[DIAGNOSTIC_CODES[code as keyof typeof DIAGNOSTIC_CODES].severity]);
    expect(coveredText(text, found[0])).toBe(covered);
    if (line !== undefined) {
        expect(found[0].range.start.line + 1).toBe(line);
    }
    return found[0];
}

async function expectNone(text: string, code: string) {
    const diagnostics = await validate(text);
    expect(codes(diagnostics)).not.toContain(code);
}

describe('the base contract', () => {
    it('is valid: no errors, no warnings', async () => {
        const diagnostics = await validate(BASE);
        expect(diagnostics.filter(d => d.severity === 1 || d.severity === 2).map(d => `${d.code}: ${d.message}`)).toEqual([]);
    });
});

describe('syntax', () => {
    it('fires on a missing closing brace and not on the complete text', async () => {
        const text = BASE.trimEnd().slice(0, -1);
        const diagnostics = await validate(text);
        expect(codes(diagnostics)).toContain('syntax');
        await expectNone(BASE, 'syntax');
    });

    it('says a keyword cannot be a name and suggests the capitalised name', async () => {
        const text = change('client Jane "Jane Doe"', 'client client "Jane Doe"');
        const [diagnostic] = withCode(await validate(text), 'syntax');
        expect(diagnostic.message).toContain('`client` is a keyword');
        expect(diagnostic.message).toContain('`Client`');
        expect(coveredText(text, diagnostic)).toBe('client');
        expect(diagnostic.range.start.line + 1).toBe(lineOf(text, 'client client'));
    });

    it('reports only syntax and unresolved-reference while a file has a syntax error', async () => {
        const text = change('owner Sam', 'owner Nobody', change('measure "Jane signs a lease"', 'measure "Jane signs a lease'));
        const diagnostics = await validate(text.replace('goal Housing', 'goal Housing'));
        for (const code of codes(diagnostics)) {
            expect(['syntax', 'unresolved-reference']).toContain(code);
        }
    });

    it('does not take court-orders for court-order', async () => {
        const text = change('limit abuse', 'limit court-orders');
        expect(codes(await validate(text))).toContain('syntax');
        await expectNone(change('limit abuse', 'limit court-order'), 'syntax');
    });
});

describe('references and imports', () => {
    it('unresolved-reference on the name that resolves to nothing', async () => {
        const text = change('owner Sam', 'owner Samuel');
        await expectOnly(text, 'unresolved-reference', 'Samuel', lineOf(text, 'owner Samuel'));
        await expectNone(BASE, 'unresolved-reference');
    });

    it('resolves by kind: a goal name after owner does not resolve', async () => {
        const text = change('owner Sam', 'owner Housing');
        await expectOnly(text, 'unresolved-reference', 'Housing', lineOf(text, 'owner Housing'));
    });

    it('unresolved-import on the path', async () => {
        const text = `import "lib/missing.tandem"\n${BASE}`;
        await expectOnly(text, 'unresolved-import', '"lib/missing.tandem"', 1);
        const { diagnostics } = await validateFiles({ '/ws/lib/there.tandem': '', '/ws/test.tandem': `import "lib/there.tandem"\n${BASE}` });
        expect(codes(diagnostics[1])).not.toContain('unresolved-import');
    });
});

describe('names and sections', () => {
    it('duplicate-name on every declaration after the first, across kinds', async () => {
        const text = change('task Landlords', 'task Housing');
        const found = withCode(await validate(text), 'duplicate-name');
        expect(found).toHaveLength(1);
        expect(coveredText(text, found[0])).toBe('Housing');
        expect(found[0].range.start.line + 1).toBe(lineOf(text, 'task Housing'));
        await expectNone(BASE, 'duplicate-name');
    });

    it('duplicate-section on the second section keyword', async () => {
        const text = change('    revision 1', '    termination { when period-ends }\n    revision 1');
        await expectOnly(text, 'duplicate-section', 'termination', lineOf(text, 'termination', 2));
    });

    it('parties may appear twice (they add up)', async () => {
        const text = change('    goal Housing', '    parties { party Ann "Ann Lee" }\n    goal Housing');
        await expectNone(text, 'duplicate-section');
    });
});

describe('values', () => {
    it('invalid-date on a date that does not exist', async () => {
        const text = change('due 2026-12-20', 'due 2027-02-30');
        await expectOnly(text, 'invalid-date', '2027-02-30', lineOf(text, 'due 2027-02-30'));
        await expectNone(change('due 2026-12-20', 'due 2027-02-28'), 'invalid-date');
    });

    it('invalid-date on 29 February only outside leap years', async () => {
        await expectNone(change('from 2026-12-01 to 2027-02-28', 'from 2027-12-01 to 2028-02-29'), 'invalid-date');
        const text = change('from 2026-12-01 to 2027-02-28', 'from 2026-12-01 to 2027-02-29');
        await expectOnly(text, 'invalid-date', '2027-02-29');
    });

    it('unknown-locale on the code', async () => {
        const text = change('locale en', 'locale fr');
        await expectOnly(text, 'unknown-locale', 'fr', lineOf(text, 'locale fr'));
        await expectNone(change('locale en', 'locale es'), 'unknown-locale');
    });
});

describe('completeness', () => {
    it('no-client on the contract name', async () => {
        const text = change('client Jane "Jane Doe"', 'party Jane "Jane Doe"');
        await expectOnly(text, 'no-client', 'Jane', 1);
    });

    it('no-worker on the contract name', async () => {
        const text = change('worker Sam "Sam Lee"', 'party Sam "Sam Lee"');
        await expectOnly(text, 'no-worker', 'Jane', 1);
    });

    it('missing-duration', async () => {
        const text = change(/duration \{[\s\S]*?\n {4}\}\n/.exec(BASE)![0], '');
        await expectOnly(text, 'missing-duration', 'Jane', 1);
        await expectNone(BASE, 'missing-duration');
    });

    it('no-goals', async () => {
        let text = change(/ {4}goal Housing[\s\S]*?\n {4}\}\n/.exec(BASE)![0], '');
        text = text.replaceAll('        for Housing\n', '');
        const found = withCode(await validate(text), 'no-goals');
        expect(found).toHaveLength(1);
        expect(coveredText(text, found[0])).toBe('Jane');
    });

    it('missing-confidentiality and no-limits', async () => {
        const without = change(/ {4}confidentiality \{[\s\S]*?\n {4}\}\n/.exec(BASE)![0], '');
        await expectOnly(without, 'missing-confidentiality', 'Jane', 1);
        const noLimits = change('        limit safety\n        limit abuse\n', '');
        await expectOnly(noLimits, 'no-limits', 'Jane', 1);
        await expectNone(BASE, 'no-limits');
    });

    it('missing-signatures, client-not-signing, worker-not-signing', async () => {
        await expectOnly(change('    sign Jane, Sam\n', ''), 'missing-signatures', 'Jane', 1);
        const noClient = change('sign Jane, Sam', 'sign Sam');
        await expectOnly(noClient, 'client-not-signing', 'sign', lineOf(noClient, 'sign Sam'));
        const noWorker = change('sign Jane, Sam', 'sign Jane');
        await expectOnly(noWorker, 'worker-not-signing', 'sign', lineOf(noWorker, 'sign Jane'));
    });

    it('a guardian may sign for the client', async () => {
        const text = change('supervisor Dana "Dana Ortiz"', 'guardian Mary "Mary Doe"\n        supervisor Dana "Dana Ortiz"')
            .replace('sign Jane, Sam', 'sign Mary, Sam');
        await expectNone(text, 'client-not-signing');
    });

    it('task-without-owner and task-without-goal on the task name', async () => {
        const noOwner = change('        owner Sam\n', '');
        await expectOnly(noOwner, 'task-without-owner', 'Landlords', lineOf(noOwner, 'task Landlords'));
        const noGoal = change('        owner Sam\n        for Housing\n', '        owner Sam\n');
        await expectOnly(noGoal, 'task-without-goal', 'Landlords', lineOf(noGoal, 'task Landlords'));
    });

    it('client-without-tasks and worker-without-tasks on the party', async () => {
        const noClientTask = change('owner Jane', 'owner Sam');
        await expectOnly(noClientTask, 'client-without-tasks', 'Jane', lineOf(noClientTask, 'client Jane'));
        const noWorkerTask = change('owner Sam', 'owner Jane');
        await expectOnly(noWorkerTask, 'worker-without-tasks', 'Sam', lineOf(noWorkerTask, 'worker Sam'));
        await expectNone(change('owner Sam', 'owner Jane, Sam'), 'worker-without-tasks');
    });

    it('goal-without-tasks on the goal', async () => {
        const text = change('    task Listings', '    goal Income "Apply for benefits" { measure "Form sent" }\n    task Listings');
        await expectOnly(text, 'goal-without-tasks', 'Income', lineOf(text, 'goal Income'));
    });

    it('unmeasurable-goal and share-without-purpose', async () => {
        const noMeasure = change('        measure "Jane signs a lease"\n', '');
        await expectOnly(noMeasure, 'unmeasurable-goal', 'Housing', lineOf(noMeasure, 'goal Housing'));
        const noPurpose = change(' for "supervision"', '');
        await expectOnly(noPurpose, 'share-without-purpose', 'share', lineOf(noPurpose, 'share "progress'));
    });

    it('missing-termination', async () => {
        const text = change(/ {4}termination \{[\s\S]*?\n {4}\}\n/.exec(BASE)![0], '');
        await expectOnly(text, 'missing-termination', 'Jane', 1);
    });
});

describe('dates and the period', () => {
    it('end-before-start on the end date, also when equal', async () => {
        const text = change('to 2027-02-28', 'to 2026-11-30');
        await expectOnly(text, 'end-before-start', '2026-11-30');
        await expectOnly(change('to 2027-02-28', 'to 2026-12-01'), 'end-before-start', '2026-12-01');
        await expectNone(change('to 2027-02-28', 'to 2026-12-02'), 'end-before-start');
    });

    it('zero-quantity on the count', async () => {
        await expectOnly(change('for 10 sessions', 'for 0 sessions'), 'zero-quantity', '0');
        await expectOnly(change('every 4 weeks', 'every 0 weeks'), 'zero-quantity', '0');
        const text = change('from 2026-12-01 to 2027-02-28', 'from 2026-12-01 for 0 weeks');
        const diagnostics = await validate(text);
        expect(withCode(diagnostics, 'zero-quantity')).toHaveLength(1);
        expect(codes(diagnostics)).not.toContain('end-before-start');
    });

    it('date-outside-period for by, due, review on and revision on; inclusive at both ends', async () => {
        await expectOnly(change('by 2027-02-01', 'by 2027-03-01'), 'date-outside-period', '2027-03-01');
        await expectOnly(change('due 2026-12-20', 'due 2026-11-30'), 'date-outside-period', '2026-11-30');
        await expectOnly(change('review every 4 weeks', 'review on 2027-03-01'), 'date-outside-period', '2027-03-01');
        await expectOnly(change('revision 1 on 2026-12-01', 'revision 1 on 2026-11-01'), 'date-outside-period', '2026-11-01');
        await expectNone(change('by 2027-02-01', 'by 2027-02-28'), 'date-outside-period');
        await expectNone(change('due 2026-12-20', 'due 2026-12-01'), 'date-outside-period');
    });

    it('a release\'s until may outlast the period', async () => {
        await expectNone(change('for "supervision"', 'for "supervision" until 2028-01-01'), 'date-outside-period');
    });

    it('due-after-goal on the task\'s due date', async () => {
        const text = change('due 2026-12-20', 'due 2027-02-10');
        await expectOnly(text, 'due-after-goal', '2027-02-10');
        await expectNone(change('due 2026-12-20', 'due 2027-02-01'), 'due-after-goal');
    });

    it('sessions-exceed-period counts over the whole period, rounded up', async () => {
        // 2026-12-01 to 2027-02-28 is 89 days: weekly fits ceil(89/7) = 13.
        await expectNone(change('for 10 sessions', 'for 13 sessions'), 'sessions-exceed-period');
        await expectOnly(change('for 10 sessions', 'for 14 sessions'), 'sessions-exceed-period', '14');
        // fortnightly: ceil(89/14) = 7; twice-weekly: ceil(178/7) = 26; monthly: 3; daily: 89.
        await expectNone(change('meet weekly for 10 sessions', 'meet fortnightly for 7 sessions'), 'sessions-exceed-period');
        await expectOnly(change('meet weekly for 10 sessions', 'meet fortnightly for 8 sessions'), 'sessions-exceed-period', '8');
        await expectNone(change('meet weekly for 10 sessions', 'meet twice-weekly for 26 sessions'), 'sessions-exceed-period');
        await expectOnly(change('meet weekly for 10 sessions', 'meet twice-weekly for 27 sessions'), 'sessions-exceed-period', '27');
        await expectNone(change('meet weekly for 10 sessions', 'meet monthly for 3 sessions'), 'sessions-exceed-period');
        await expectOnly(change('meet weekly for 10 sessions', 'meet monthly for 4 sessions'), 'sessions-exceed-period', '4');
        await expectNone(change('meet weekly for 10 sessions', 'meet daily for 89 sessions'), 'sessions-exceed-period');
        await expectOnly(change('meet weekly for 10 sessions', 'meet daily for 90 sessions'), 'sessions-exceed-period', '90');
        await expectNone(change('meet weekly for 10 sessions', 'meet "when needed" for 500 sessions'), 'sessions-exceed-period');
    });

    it('long-period: ends after the same day 12 months later', async () => {
        const base = change('        by 2027-02-01\n', '').replace('        due 2026-12-20\n', '');
        await expectNone(change('to 2027-02-28', 'to 2027-12-01', base), 'long-period');
        await expectOnly(change('to 2027-02-28', 'to 2027-12-02', base), 'long-period', '2027-12-02');
        await expectNone(change('from 2026-12-01 to 2027-02-28', 'from 2026-12-01 for 12 months', base), 'long-period');
        await expectOnly(change('from 2026-12-01 to 2027-02-28', 'from 2026-12-01 for 53 weeks', base), 'long-period', 'weeks');
        // A period beyond the years that can be written ends on the last day that can: no crash.
        const endless = await expectOnly(change('from 2026-12-01 to 2027-02-28', 'from 2026-12-01 for 1000000 weeks', base), 'long-period', 'weeks');
        expect(endless.message).toContain('9999-12-31');
        expect(codes(await validate(change('from 2026-12-01 to 2027-02-28', 'from 2026-12-01 for 1000000 weeks', base)))).not.toContain('syntax');
    });

    it('for N months ends on the last day of a shorter month', async () => {
        // 2027-01-31 for 1 month ends 2027-02-28: a goal on 2027-02-28 is inside, on 2027-03-01 outside.
        const base = change('from 2026-12-01 to 2027-02-28', 'from 2027-01-31 for 1 month').replace('due 2026-12-20', 'due 2027-02-01')
            .replace('revision 1 on 2026-12-01', 'revision 1 on 2027-01-31').replace('for 10 sessions', 'for 4 sessions');
        await expectNone(change('by 2027-02-01', 'by 2027-02-28', base), 'date-outside-period');
        await expectOnly(change('by 2027-02-01', 'by 2027-03-01', base), 'date-outside-period', '2027-03-01');
    });

    it('revision-order on numbers that do not increase and dates that go back', async () => {
        const twice = change('    sign Jane', '    revision 1 on 2027-01-05 "Second"\n    sign Jane');
        await expectOnly(twice, 'revision-order', '1', lineOf(twice, 'revision 1 on 2027-01-05'));
        const back = change('revision 1 on 2026-12-01', 'revision 1 on 2027-01-05').replace('    sign Jane', '    revision 2 on 2026-12-20 "Second"\n    sign Jane');
        await expectOnly(back, 'revision-order', '2026-12-20');
        await expectNone(change('    sign Jane', '    revision 2 on 2027-01-05 "Second"\n    sign Jane'), 'revision-order');
    });
});

const TEMPLATE = `template Support "Support agreement" {
    param clientName: text "Client's full name"
    param start: date
    param length: number = 12
    agency "Northside Family Services" { phone "555-0100"  crisis "988"  complaints "Ask for the manager" }
    purpose "Help {{clientName}} find a safe home"
    parties {
        client Client "{{clientName}}"
        worker Worker "Sam Lee"
    }
    duration { from start for length weeks  meet weekly }
    goal Housing "Find a safe home" { measure "A signed lease" }
    task Search "Look at rental ads" { owner Client  for Housing }
    task Calls "Call landlords" { owner Worker  for Housing }
    confidentiality { limit safety  limit abuse }
    consent { risks "None expected"  alternatives "The city housing office"  cost free }
    termination { when goals-met }
    sign Client, Worker
}
`;

const FROM = `contract Jane from Support {
    clientName = "Jane Doe"
    start = 2026-12-01
}
`;

describe('templates and bindings', () => {
    it('a template and a contract from it are valid', async () => {
        const diagnostics = await validate(TEMPLATE + FROM);
        expect(diagnostics.filter(d => d.severity! <= 2).map(d => d.message)).toEqual([]);
    });

    it('missing-binding on `from`, pointing at the parameter', async () => {
        const text = TEMPLATE + FROM.replace('    start = 2026-12-01\n', '');
        const found = await expectOnly(text, 'missing-binding', 'Support', lineOf(text, 'contract Jane'));
        expect(found.message).toContain('start');
        expect(found.relatedInformation?.[0].location.range.start.line).toBe(lineOf(text, 'param start') - 1);
        await expectNone(TEMPLATE + FROM.replace('    clientName', '    length = 10\n    clientName'), 'missing-binding');
    });

    it('param-type-mismatch on a binding value, a default and a reference', async () => {
        await expectOnly(TEMPLATE + FROM.replace('start = 2026-12-01', 'start = "2026-12-01"'), 'param-type-mismatch', '"2026-12-01"');
        await expectOnly(TEMPLATE.replace('param length: number = 12', 'param length: number = "12"') + FROM, 'param-type-mismatch', '"12"');
        const reference = TEMPLATE.replace('from start for length weeks', 'from clientName for length weeks') + FROM;
        await expectOnly(reference, 'param-type-mismatch', 'clientName');
    });

    it('binding-without-template and duplicate-binding', async () => {
        const text = FROM.replace(' from Support', '') + '\n';
        const diagnostics = await validate(text);
        expect(withCode(diagnostics, 'binding-without-template')).toHaveLength(2);
        expect(codes(diagnostics)).not.toContain('unresolved-reference');
        const twice = TEMPLATE + FROM.replace('    start = 2026-12-01\n', '    start = 2026-12-01\n    start = 2026-12-02\n');
        await expectOnly(twice, 'duplicate-binding', 'start', lineOf(twice, 'start = 2026-12-02'));
    });

    it('unknown-placeholder on the placeholder, with or without spaces', async () => {
        const text = TEMPLATE.replace('"{{clientName}}"', '"{{clientName}} {{client_name}}"');
        const diagnostics = await validate(text);
        const found = withCode(diagnostics, 'unknown-placeholder');
        expect(found).toHaveLength(1);
        expect(coveredText(text, found[0])).toBe('{{client_name}}');
        await expectNone(TEMPLATE.replace('"{{clientName}}"', '"{{ clientName }}"') + FROM, 'unknown-placeholder');
        await expectOnly(change('"Jane Doe"', '"{{name}}"'), 'unknown-placeholder', '{{name}}');
    });

    it('unused-param on the parameter name', async () => {
        const text = TEMPLATE.replace('param start: date', 'param start: date\n    param workerPhone: text');
        await expectOnly(text, 'unused-param', 'workerPhone', lineOf(text, 'param workerPhone'));
        await expectNone(text.replace('"Sam Lee"', '"Sam Lee" contact "{{workerPhone}}"'), 'unused-param');
    });

    it('a contract declaring a name its template declares: duplicate-name on the contract', async () => {
        const text = TEMPLATE + FROM.replace('}\n', '    goal Housing "Another" { measure "x" }\n}\n');
        const found = await expectOnly(text, 'duplicate-name', 'Housing', lineOf(text, 'goal Housing "Another"'));
        expect(found.message).toContain('template');
    });

    it('completeness runs on the effective contract: a contract may add what the template leaves out', async () => {
        const noSign = TEMPLATE.replace('    sign Client, Worker\n', '');
        const alone = await validate(noSign);
        expect(codes(alone)).not.toContain('missing-signatures');
        await expectOnly(noSign + FROM, 'missing-signatures', 'Jane');
        await expectNone(noSign + FROM.replace('}\n', '    sign Client, Worker\n}\n'), 'missing-signatures');
    });

    it('a template-caused problem is reported on the binding at fault, else on `from` with related information', async () => {
        const goalBy = TEMPLATE.replace('{ measure "A signed lease" }', '{ measure "A signed lease"  by 2027-01-15 }');
        const late = goalBy + FROM.replace('start = 2026-12-01', 'start = 2027-02-01');
        const found = await expectOnly(late, 'date-outside-period', '2027-02-01', lineOf(late, 'start = 2027-02-01'));
        expect(found.relatedInformation?.[0].location.range.start.line).toBe(lineOf(late, 'by 2027-01-15') - 1);
        const noClientTasks = TEMPLATE.replace('{ owner Client  for Housing }', '{ owner Worker  for Housing }') + FROM;
        const onFrom = await expectOnly(noClientTasks, 'client-without-tasks', 'Support', lineOf(noClientTasks, 'contract Jane'));
        expect(onFrom.relatedInformation?.[0].location.range.start.line).toBe(lineOf(noClientTasks, 'client Client') - 1);
        const noLimits = TEMPLATE.replace('limit safety  limit abuse', '') + FROM;
        await expectOnly(noLimits, 'no-limits', 'Jane', lineOf(noLimits, 'contract Jane'));
    });

    it('templates are visible in their file and in files that import it directly, not transitively', async () => {
        const files = {
            '/ws/lib/support.tandem': TEMPLATE,
            '/ws/middle.tandem': 'import "lib/support.tandem"\n',
            '/ws/direct.tandem': `import "lib/support.tandem"\n${FROM}`,
            '/ws/transitive.tandem': `import "middle.tandem"\n${FROM}`
        };
        const { diagnostics } = await validateFiles(files);
        expect(codes(diagnostics[2]).filter(code => code !== 'reading-level')).toEqual([]);
        expect(codes(diagnostics[3])).toContain('unresolved-reference');
    });

    it('import cycles and self-imports do not hang', async () => {
        const { diagnostics } = await validateFiles({
            '/ws/a.tandem': `import "a.tandem"\nimport "b.tandem"\n${TEMPLATE}`,
            '/ws/b.tandem': `import "a.tandem"\n${FROM}`
        });
        expect(codes(diagnostics[1]).filter(code => code !== 'reading-level')).toEqual([]);
    });
});

describe('0.2: times, meetings, consent, contacts and releases', () => {
    const meet = (line: string) => change('meet weekly for 10 sessions', line);

    it('the 0.2 meeting line parses: days, time, length and sessions', async () => {
        const text = meet('meet weekly on tuesday 10:00 for 50 minutes for 10 sessions');
        const diagnostics = await validate(text);
        expect(diagnostics.filter(d => d.severity! <= 2).map(d => `${d.code}: ${d.message}`)).toEqual([]);
    });

    it('invalid-time on a time that does not exist; 9:30 is a syntax error', async () => {
        const late = meet('meet weekly on tuesday 24:00 for 10 sessions');
        const found = await expectOnly(late, 'invalid-time', '24:00', lineOf(late, '24:00'));
        expect(found.message).toContain('no hour 24');
        const minutes = meet('meet weekly on tuesday 10:75');
        await expectOnly(minutes, 'invalid-time', '10:75');
        await expectNone(meet('meet weekly on tuesday 23:59'), 'invalid-time');
        await expectNone(meet('meet weekly on tuesday 00:00'), 'invalid-time');
        expect(codes(await validate(meet('meet weekly on tuesday 9:30')))).toContain('syntax');
        const noTime = await validate(meet('meet weekly on tuesday for 50 minutes'));
        expect(withCode(noTime, 'syntax')[0].message).toContain('needs its start time first');
        const fromParam = await validate(meet('meet weekly on tuesday 10:00 for length minutes'));
        expect(withCode(fromParam, 'syntax')[0].message).toContain('a parameter cannot give it');
    });

    it('zero-quantity on `for 0 minutes` and `notice 0 weeks`, literal or from a parameter', async () => {
        const length = meet('meet weekly on tuesday 10:00 for 0 minutes');
        await expectOnly(length, 'zero-quantity', '0', lineOf(length, '0 minutes'));
        await expectNone(meet('meet weekly on tuesday 10:00 for 1 minutes'), 'zero-quantity');
        const notice = change('        when period-ends\n', '        when period-ends\n        notice 0 weeks\n');
        await expectOnly(notice, 'zero-quantity', '0', lineOf(notice, 'notice 0'));
        await expectNone(change('        when period-ends\n', '        when period-ends\n        notice 2 weeks\n'), 'zero-quantity');
        // In a template, a literal 0 is reported where it is written; a parameter's 0 on the binding.
        const literal = TEMPLATE.replace('termination { when goals-met }', 'termination { when goals-met  notice 0 weeks }');
        await expectOnly(literal, 'zero-quantity', '0', lineOf(literal, 'notice 0'));
        const param = TEMPLATE.replace('param length: number = 12', 'param length: number = 12\n    param noticeWeeks: number = 2')
            .replace('termination { when goals-met }', 'termination { when goals-met  notice noticeWeeks weeks }');
        await expectNone(param, 'zero-quantity');
        const bound = param + FROM.replace('    start = 2026-12-01\n', '    start = 2026-12-01\n    noticeWeeks = 0\n');
        await expectOnly(bound, 'zero-quantity', '0', lineOf(bound, 'noticeWeeks = 0'));
    });

    it('missing-purpose on the contract name; a template leaves it to each contract', async () => {
        const text = change('    purpose "Help Jane find a safe home"\n', '');
        await expectOnly(text, 'missing-purpose', 'Jane', 1);
        await expectNone(BASE, 'missing-purpose');
        const template = TEMPLATE.replace('    purpose "Help {{clientName}} find a safe home"\n', '');
        await expectNone(template, 'missing-purpose');
        await expectOnly(template + FROM, 'missing-purpose', 'Jane', lineOf(template + FROM, 'contract Jane'));
        await expectNone(template + FROM.replace('}\n', '    purpose "Find a home"\n}\n'), 'missing-purpose');
    });

    it('incomplete-consent on `consent`, naming each missing line; on the contract name without one', async () => {
        const none = change(/ {4}consent \{[\s\S]*?\n {4}\}\n/.exec(BASE)![0], '');
        const onName = await expectOnly(none, 'incomplete-consent', 'Jane', 1);
        expect(onName.message).toContain('no `consent` section');
        const noRisks = change('        risks "Talking about money can be stressful"\n', '');
        const found = await expectOnly(noRisks, 'incomplete-consent', 'consent', lineOf(noRisks, 'consent {'));
        expect(found.message).toContain('`risks`');
        expect(found.message).not.toContain('`cost`');
        const two = change('        cost free\n', '').replace('        risks "Talking about money can be stressful"\n', '');
        const both = await expectOnly(two, 'incomplete-consent', 'consent');
        expect(both.message).toContain('`risks` or `cost`');
        await expectNone(change('cost free', 'cost "$10 a session"'), 'incomplete-consent');
        await expectNone(change('cost free', 'cost free\n        benefits "A plan"\n        paid-by "Harbor Fund" requires "monthly reports"\n        mandated-by "Family Court"'), 'incomplete-consent');
    });

    it('missing-contacts on the `agency` line, naming each missing detail; on the contract name without an agency', async () => {
        const none = change(/ {4}agency "Northside[\s\S]*?\n {4}\}\n/.exec(BASE)![0], '');
        await expectOnly(none, 'missing-contacts', 'Jane', 1);
        const noCrisis = change('        crisis "Call or text 988, any time"\n', '');
        const found = await expectOnly(noCrisis, 'missing-contacts', 'agency', lineOf(noCrisis, 'agency "'));
        expect(found.message).toContain('`crisis`');
        expect(found.message).not.toContain('`phone`');
        const bare = change(/ {4}agency "Northside[\s\S]*?\n {4}\}\n/.exec(BASE)![0], '    agency "Northside"\n');
        const all = await expectOnly(bare, 'missing-contacts', 'agency');
        expect(all.message).toContain('`phone`, `crisis` or `complaints`');
        await expectNone(change('phone "555-0100"', 'phone "555-0100"\n        address "12 Main Street"\n        hours "9 to 5"'), 'missing-contacts');
    });

    it('release-without-expiry on a share outside the team with no `until`', async () => {
        const release = (share: string) => change('        share "progress notes" with Dana for "supervision"\n', `        share "progress notes" with Dana for "supervision"\n        ${share}\n`);
        const named = release('share "housing application" with "City Housing Authority" for "the voucher"');
        await expectOnly(named, 'release-without-expiry', 'share', lineOf(named, 'City Housing'));
        await expectNone(release('share "housing application" with "City Housing Authority" for "the voucher" until 2027-03-01'), 'release-without-expiry');
        // The agency's own team: supervisor (BASE), worker, interpreter.
        await expectNone(BASE, 'release-without-expiry');
        await expectNone(release('share "notes" with Sam for "the work"'), 'release-without-expiry');
        const interpreter = change('supervisor Dana "Dana Ortiz"', 'supervisor Dana "Dana Ortiz"\n        interpreter Ivan "Ivan Petrov"');
        await expectNone(release('share "notes" with Ivan for "interpreting"').replace('supervisor Dana "Dana Ortiz"', 'supervisor Dana "Dana Ortiz"\n        interpreter Ivan "Ivan Petrov"'), 'release-without-expiry');
        expect(interpreter).toContain('Ivan');
        // A client, guardian or `party` party is outside the team: a release.
        const guardian = release('share "progress" with Mary for "family support"').replace('supervisor Dana "Dana Ortiz"', 'supervisor Dana "Dana Ortiz"\n        guardian Mary "Mary Doe"');
        await expectOnly(guardian, 'release-without-expiry', 'share', lineOf(guardian, 'with Mary'));
        const party = release('share "progress" with Ann for "the school"').replace('supervisor Dana "Dana Ortiz"', 'supervisor Dana "Dana Ortiz"\n        party Ann "Ann Lee"');
        await expectOnly(party, 'release-without-expiry', 'share');
        // A share whose `with` names nothing is unresolved, not a release.
        const nobody = release('share "progress" with Nobody for "x"');
        expect(codes(await validate(nobody))).toContain('unresolved-reference');
        await expectNone(nobody, 'release-without-expiry');
        // Checked in a template too, where it is written.
        const template = TEMPLATE.replace('confidentiality { limit safety  limit abuse }', 'confidentiality { share "notes" with "City Housing" for "the voucher"  limit safety  limit abuse }');
        await expectOnly(template, 'release-without-expiry', 'share', lineOf(template, 'City Housing'));
    });

    it('meeting-days-mismatch on `meet` when the different days do not fit the frequency', async () => {
        const two = meet('meet weekly on tuesday, thursday 10:00');
        const found = await expectOnly(two, 'meeting-days-mismatch', 'meet', lineOf(two, 'meet weekly'));
        expect(found.message).toContain('2 different days');
        await expectOnly(meet('meet twice-weekly on tuesday'), 'meeting-days-mismatch', 'meet');
        await expectOnly(meet('meet twice-weekly on tuesday, tuesday'), 'meeting-days-mismatch', 'meet');
        await expectOnly(meet('meet fortnightly on monday, friday'), 'meeting-days-mismatch', 'meet');
        await expectOnly(meet('meet monthly on monday, friday'), 'meeting-days-mismatch', 'meet');
        await expectNone(meet('meet twice-weekly on monday, thursday for 20 sessions'), 'meeting-days-mismatch');
        await expectNone(meet('meet weekly on tuesday, tuesday'), 'meeting-days-mismatch');
        await expectNone(meet('meet daily on monday'), 'meeting-days-mismatch');
        await expectNone(meet('meet "every other Monday" on monday, friday'), 'meeting-days-mismatch');
        await expectNone(meet('meet weekly 10:00'), 'meeting-days-mismatch');
    });

    it('duplicate-section for purpose, contact-by and consent, and for a line twice inside agency or consent', async () => {
        const purpose = change('    purpose "Help Jane find a safe home"\n', '    purpose "Help Jane find a safe home"\n    purpose "Again"\n');
        await expectOnly(purpose, 'duplicate-section', 'purpose', lineOf(purpose, 'purpose "Again"'));
        const contact = change('    locale en\n', '    locale en\n    contact-by phone\n    contact-by email\n');
        await expectOnly(contact, 'duplicate-section', 'contact-by', lineOf(contact, 'contact-by email'));
        const phone = change('        phone "555-0100"\n', '        phone "555-0100"\n        phone "555-0111"\n');
        const found = await expectOnly(phone, 'duplicate-section', 'phone', lineOf(phone, '555-0111'));
        expect(found.message).toContain('`agency` has at most one `phone`');
        const cost = change('        cost free\n', '        cost free\n        cost "$5"\n');
        await expectOnly(cost, 'duplicate-section', 'cost', lineOf(cost, 'cost "$5"'));
        await expectNone(change('        cost free\n', '        cost free\n        benefits "A plan"\n'), 'duplicate-section');
    });

    it('contact-by: keywords and texts, hyphenated keywords whole', async () => {
        await expectNone(change('    locale en\n', '    locale en\n    contact-by in-person, phone, text, email, video, "letters"\n'), 'syntax');
        const glued = await validate(change('    locale en\n', '    locale en\n    contact-byx phone\n'));
        expect(codes(glued)).toContain('syntax');
    });

    it('a 0.2 keyword where a name is expected suggests the capitalised name', async () => {
        const phone = await validate(change('client Jane "Jane Doe"', 'client phone "Jane Doe"'));
        expect(withCode(phone, 'syntax')[0].message).toContain('`Phone`');
        const contact = await validate(change('task Landlords', 'task contact-by'));
        expect(withCode(contact, 'syntax')[0].message).toContain('`ContactBy`');
        await expectNone(change('client Jane "Jane Doe"', 'client Phone "Jane Doe"').replaceAll('Jane,', 'Phone,').replaceAll('owner Jane', 'owner Phone'), 'syntax');
    });
});

describe('wording', () => {
    it('judgmental-language on the term, case-insensitively, with inflections', async () => {
        const text = change('"Look at rental ads each week"', '"Help Jane stop being Non-Compliant"');
        await expectOnly(text, 'judgmental-language', 'Non-Compliant', lineOf(text, 'Non-Compliant'));
        await expectNone(change('"Look at rental ads each week"', '"Visit the homeless shelter and report abuse"'), 'judgmental-language');
    });

    it('reading-level on a hard sentence in prose, Flesch-Kincaid for en, with the target grade setting', async () => {
        const hard = 'Demonstrates comprehensive understanding of institutional documentation requirements.';
        const text = change('"Jane signs a lease"', `"${hard}"`);
        await expectOnly(text, 'reading-level', hard, lineOf(text, 'Demonstrates'));
        const lenient = await validate(text, { readingLevel: { targetGrade: 40 } });
        expect(codes(lenient)).not.toContain('reading-level');
    });

    it('reading-level in es: INFLESZ per sentence below the minimum (55, or readingLevel.minimumInflesz)', async () => {
        // 7 words, 27 syllables: 206.835 - 62.3 * 27/7 - 7 = -40.5.
        const hard = 'Demostrar comprensión institucional de requisitos administrativos documentales complementarios.';
        const text = change('"Jane signs a lease"', `"${hard}"`).replace('locale en', 'locale es');
        const found = await expectOnly(text, 'reading-level', hard, lineOf(text, 'Demostrar'));
        expect(found.message).toContain('INFLESZ');
        // 6 words, 11 syllables (El, clien-te, bus-ca, u-na, ca-sa, nue-va): 206.835 - 114.22 - 6 = 86.6.
        await expectNone(change('"Jane signs a lease"', '"El cliente busca una casa nueva."').replace('locale en', 'locale es'), 'reading-level');
        const lenient = await validate(text, { readingLevel: { minimumInflesz: -100 } });
        expect(codes(lenient)).not.toContain('reading-level');
        const strict = await validate(change('"Jane signs a lease"', '"El cliente busca una casa nueva."').replace('locale en', 'locale es'), { readingLevel: { minimumInflesz: 90 } });
        expect(withCode(strict, 'reading-level')).toHaveLength(1);
    });

    it('reading-level reads purpose and every consent line (0.2)', async () => {
        const hard = 'Demonstrates comprehensive understanding of institutional documentation requirements.';
        const purpose = change('"Help Jane find a safe home"', `"${hard}"`);
        await expectOnly(purpose, 'reading-level', hard, lineOf(purpose, 'purpose'));
        const risks = change('"Talking about money can be stressful"', `"${hard}"`);
        await expectOnly(risks, 'reading-level', hard, lineOf(risks, 'risks'));
        const requires = change('        cost free\n', `        cost free\n        paid-by "Harbor Fund" requires "${hard}"\n`);
        await expectOnly(requires, 'reading-level', hard, lineOf(requires, 'paid-by'));
    });
});

describe('the code table', () => {
    it('every code has a test in this file', async () => {
        const self = await import('node:fs').then(fs => fs.readFileSync(new URL(import.meta.url), 'utf8'));
        for (const code of ALL_DIAGNOSTIC_CODES) {
            expect(self.includes(`'${code}'`), code).toBe(true);
        }
    });
});

describe('ranges inside strings with escapes', () => {
    it('maps a term after an escaped quote to its place in the text as written', async () => {
        const text = change('"Look at rental ads each week"', '"Say \\"hi\\" and \\\\ then: stop being lazy"');
        const [found] = withCode(await validate(text), 'judgmental-language');
        expect(coveredText(text, found)).toBe('lazy');
    });
});
