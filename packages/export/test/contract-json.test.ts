/**
 * `writeContractJson` (`tandem export --format json`): every example validates against the
 * published docs/schema/tandem-contract.schema.json; `$schema` and `tandemVersion`; plain data
 * without file paths or source locations; the same contract gives the same bytes.
 */
import { describe, expect, test } from 'vitest';
import { CONTRACT_SCHEMA_ID, TANDEM_VERSION, writeContractJson } from '@tandem/export';
import { contractsFromText, exampleContracts } from './helpers.js';
import { validateContractJson } from './schemas.js';

describe('tandem export --format json', () => {
    test('every example validates against the published schema', async () => {
        for (const { file, contract } of await exampleContracts()) {
            const data = JSON.parse(writeContractJson(contract));
            const result = validateContractJson(data);
            expect(result.errors, file).toEqual([]);
            expect(data.$schema).toBe(CONTRACT_SCHEMA_ID);
            expect(data.tandemVersion).toBe(TANDEM_VERSION);
        }
        // The schema does reject what is not a contract.
        expect(validateContractJson({ $schema: CONTRACT_SCHEMA_ID, tandemVersion: '0.2', name: 'X' }).valid).toBe(false);
    });

    test('the effective contract: template applied, values bound, 0.2 sections, no paths', async () => {
        const [contract] = await contractsFromText(`template T "Support" {
    param who: text
    param start: date
    param length: number = 12
    agency "Northside" { phone "555-0100"  crisis "988"  complaints "Ask" }
    purpose "Help {{who}} find a home"
    parties { client C "{{who}}"  worker W "Sam Lee" }
    duration { from start for length weeks  meet weekly on tuesday 10:00 for 50 minutes }
    contact-by phone, "letters"
    goal G "Find a home" { measure "A lease" }
    task S "Search" { owner C  for G }
    task K "Call" { owner W  for G }
    confidentiality { share "forms" with "City Housing" for "the voucher" until 2027-03-01  limit safety }
    consent { risks "None"  alternatives "Others"  cost free  paid-by "Fund" requires "reports" }
    termination { when goals-met  notice 2 weeks }
    sign C, W
}
contract Jane from T {
    who = "Jane Doe"
    start = 2026-12-01
}
`);
        const json = writeContractJson(contract);
        const data = JSON.parse(json);
        expect(validateContractJson(data).errors).toEqual([]);
        expect(data).toMatchObject({
            name: 'Jane',
            template: { name: 'T', params: [{ name: 'who', type: 'text', value: 'Jane Doe' }, { name: 'start', type: 'date', value: '2026-12-01' }, { name: 'length', type: 'number', value: 12 }] },
            purpose: 'Help Jane Doe find a home',
            period: { start: '2026-12-01', end: '2027-02-23', length: { count: 12, unit: 'weeks' } },
            meeting: { frequency: 'weekly', days: ['tuesday'], time: '10:00', minutes: 50 },
            contactBy: ['phone', { text: 'letters' }],
            shares: [{ information: 'forms', with: { recipient: 'City Housing' }, until: '2027-03-01', release: true }],
            consent: { cost: 'free', paidBy: { payer: 'Fund', requires: 'reports' } },
            termination: { conditions: ['goals-met'], notice: { count: 2, unit: 'weeks' } }
        });
        expect(json).not.toMatch(/file:|\/ws\/|"range"|"location"/);
        expect(writeContractJson(contract)).toBe(json);
    });
});
