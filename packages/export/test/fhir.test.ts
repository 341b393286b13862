/**
 * `buildFhirBundle` (LANGUAGE.md 0.2, `tandem export --format fhir`): every example validates
 * against the official FHIR R4 JSON schema; the resources the page lists; releases are Consents
 * and shares with the team are not; every reference resolves inside the bundle; the same contract
 * gives the same bytes.
 */
import { describe, expect, test } from 'vitest';
import { buildFhirBundle, contractData, writeFhirBundle } from '@tandem/export';
import { contractsFromText, exampleContracts } from './helpers.js';
import { validateFhir } from './schemas.js';

type Resource = { resourceType: string; id: string; name?: unknown } & Record<string, unknown>;
type Entry = { fullUrl: string; resource: Resource };

function entries(bundle: Record<string, unknown>): Entry[] {
    return bundle.entry as Entry[];
}

function references(value: unknown, into: string[] = []): string[] {
    if (Array.isArray(value)) {
        value.forEach(item => references(item, into));
    } else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
            if (key === 'reference' && typeof inner === 'string') {
                into.push(inner);
            } else {
                references(inner, into);
            }
        }
    }
    return into;
}

const CONTRACT = `contract Jane "Housing support" {
    agency "Northside Family Services" { phone "555-0100"  address "12 Main Street"  crisis "988"  complaints "Ask" }
    purpose "Help Jane find a home"
    parties {
        client Jane "Jane Doe" contact "555-0101" speaks "English"
        guardian Mary "Mary Doe"
        party Ann "Ann Lee" title "Teacher"
        worker Sam "Sam Lee" title "Case manager"
        supervisor Dana "Dana Ortiz"
        interpreter Ivo "Ivo Ruiz"
    }
    duration { from 2026-12-01 to 2027-02-28  meet weekly on tuesday 10:00 }
    goal Housing "Find a home" { measure "A signed lease"  by 2027-02-01 }
    task Search "Search listings" { owner Jane  for Housing  due 2026-12-20 }
    task Call "Call landlords" { owner Sam, Mary  for Housing }
    confidentiality {
        share "attendance" with Dana for "supervision"
        share "notes" with Ivo for "interpreting"
        share "the housing form" with "City Housing Authority" for "the voucher" until 2027-03-01
        share "progress" with Mary for "family support" until 2027-02-28
        share "school reports" with Ann for "school support" until 2027-02-28
        share "more forms" with "City Housing Authority" for "the appeal" until 2027-03-01
        limit safety
    }
    consent { risks "None"  alternatives "Others"  cost free }
    termination { when goals-met }
    sign Jane, Sam
}
`;

describe('tandem export --format fhir', () => {
    test('every example is a valid FHIR R4 collection bundle whose references resolve inside it', async () => {
        // The validator does reject what R4 does not allow.
        expect(validateFhir({ resourceType: 'Bundle', type: 'not-a-type' }).valid).toBe(false);
        expect(validateFhir({ resourceType: 'Bundle', type: 'collection', entry: [{ resource: { resourceType: 'Consent', status: 'active', provision: { type: 'maybe' } } }] }).valid).toBe(false);
        const examples = await exampleContracts();
        expect(examples.length).toBeGreaterThanOrEqual(8);
        for (const { file, contract } of examples) {
            const bundle = buildFhirBundle(contractData(contract));
            const result = validateFhir(bundle);
            expect(result.errors, file).toEqual([]);
            expect(result.valid, file).toBe(true);
            expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
            const urls = new Set(entries(bundle).map(entry => entry.fullUrl));
            for (const reference of references(entries(bundle).map(entry => entry.resource))) {
                expect(urls.has(reference), `${file}: ${reference}`).toBe(true);
            }
        }
    }, 120_000);

    test('the resources the page lists; Consents for releases only', async () => {
        const [contract] = await contractsFromText(CONTRACT);
        const bundle = buildFhirBundle(contractData(contract));
        expect(validateFhir(bundle).errors).toEqual([]);
        const all = entries(bundle).map(entry => entry.resource);
        const byType = (type: string) => all.filter(resource => resource.resourceType === type);
        expect(byType('Patient')).toMatchObject([{ name: [{ text: 'Jane Doe' }], communication: [{ language: { text: 'English' } }] }]);
        expect(byType('RelatedPerson')).toMatchObject([
            { name: [{ text: 'Mary Doe' }], relationship: [{ coding: [{ code: 'GUARD' }] }] },
            { name: [{ text: 'Ann Lee' }], relationship: [{ text: 'Teacher' }] }
        ]);
        expect(byType('Practitioner')).toMatchObject([{ name: [{ text: 'Sam Lee' }] }, { name: [{ text: 'Dana Ortiz' }] }, { name: [{ text: 'Ivo Ruiz' }] }]);
        expect(byType('Organization')).toMatchObject([{ name: 'Northside Family Services' }, { name: 'City Housing Authority' }]);
        expect(byType('Goal')).toMatchObject([{ description: { text: 'Find a home' }, target: [{ measure: { text: 'A signed lease' }, dueDate: '2027-02-01' }] }]);
        expect(byType('CarePlan')).toMatchObject([{
            status: 'active', intent: 'plan', title: 'Housing support', description: 'Help Jane find a home', period: { start: '2026-12-01', end: '2027-02-28' },
            activity: [
                { detail: { description: 'Search listings', scheduledPeriod: { end: '2026-12-20' }, performer: [{}] } },
                { detail: { description: 'Call landlords', performer: [{}, {}] } }
            ]
        }]);
        // Four releases (two to the same organization, a guardian, a `party`); none for the supervisor or the interpreter.
        const idOf = (name: string) => `urn:uuid:${all.find(resource => JSON.stringify(resource.name) === JSON.stringify(name) || JSON.stringify(resource.name) === JSON.stringify([{ text: name }]))!.id}`;
        const provision = (information: string, recipient: string) => ({
            patient: { reference: idOf('Jane Doe') },
            provision: { type: 'permit', code: [{ text: information }], actor: [{ role: { coding: [{ code: 'IRCP' }] }, reference: { reference: idOf(recipient) } }] }
        });
        expect(byType('Consent')).toMatchObject([
            provision('the housing form', 'City Housing Authority'),
            provision('progress', 'Mary Doe'),
            provision('school reports', 'Ann Lee'),
            provision('more forms', 'City Housing Authority')
        ]);
        expect(byType('Consent')[0]).toMatchObject({ provision: { period: { end: '2027-03-01' }, purpose: [{ display: 'the voucher' }] } });
    });

    test('ids are derived: the same contract gives the same bytes; another contract other ids', async () => {
        const [contract] = await contractsFromText(CONTRACT);
        const first = writeFhirBundle(contractData(contract));
        expect(writeFhirBundle(contractData((await contractsFromText(CONTRACT))[0]))).toBe(first);
        const [other] = await contractsFromText(CONTRACT.replace('contract Jane', 'contract Jim'));
        expect(JSON.parse(writeFhirBundle(contractData(other))).id).not.toBe(JSON.parse(first).id);
        // Two clients' agreements with the same contract name (a batch's rows) share no id.
        const [sameName] = await contractsFromText(CONTRACT.replace('"Jane Doe"', '"Ana Ruiz"'));
        const ids = (text: string) => (JSON.parse(text).entry as Entry[]).map(entry => entry.resource.id);
        const shared = ids(writeFhirBundle(contractData(sameName))).filter(id => ids(first).includes(id));
        expect(shared).toEqual([]);
        expect(first.endsWith('}\n')).toBe(true);
    });
});
