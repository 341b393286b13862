/**
 * `tandem export --format fhir`: a FHIR R4 `Bundle` of type `collection` (LANGUAGE.md 0.2,
 * "Command line"; the mapping field by field is in docs/fhir.md):
 * - a `CarePlan`: title, purpose, period, status, the goals, one activity per task with its
 *   performers and due date;
 * - a `Goal` per goal (description, measure, due date);
 * - a `Patient` per client, a `RelatedPerson` per guardian or `party` party, a `Practitioner` per
 *   worker, supervisor and interpreter, an `Organization` for the agency;
 * - a `Consent` per release (never for a share with the agency's team): the client as
 *   `patient`, what is shared and why in `provision`, `provision.period.end` the `until` date,
 *   the recipient a `provision.actor` with role IRCP (an `Organization` named by a text
 *   recipient, else the party's resource).
 * Every reference is a `urn:uuid:` full URL of an entry of the bundle. Ids are derived from the
 * contract (`contractIdSeed`) and the item, so the same contract gives the same bytes.
 */
import { createHash } from 'node:crypto';
import type { ContractData } from '../contract-data.js';
import { contractIdSeed } from '../contract-data.js';

type Resource = Record<string, unknown> & { resourceType: string; id: string };
type Reference = { reference: string; display?: string };

const ROLE_CODES = 'http://terminology.hl7.org/CodeSystem/v3-RoleCode';
const PARTICIPATION = 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType';
const CONSENT_SCOPE = 'http://terminology.hl7.org/CodeSystem/consentscope';
const ACT_CODES = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
const LOINC = 'http://loinc.org';

/** The FHIR R4 bundle of a contract (see the file's header). */
export function buildFhirBundle(contract: ContractData): Record<string, unknown> {
    const entries: Resource[] = [];
    const seed = contractIdSeed(contract);
    const uuid = (item: string) => derivedUuid(`${seed}\u0000${item}`);
    const ref = (resource: Resource, display?: string): Reference => ({ reference: `urn:uuid:${resource.id}`, ...(display ? { display } : {}) });

    const organization: Resource | undefined = contract.agency ? {
        resourceType: 'Organization',
        id: uuid('agency'),
        active: true,
        name: contract.agency.name,
        ...(contract.agency.phone ? { telecom: [{ system: 'phone', value: contract.agency.phone }] } : {}),
        ...(contract.agency.address ? { address: [{ text: contract.agency.address }] } : {})
    } : undefined;
    if (organization) {
        entries.push(organization);
    }

    const byParty = new Map<string, Resource>();
    for (const party of contract.parties) {
        if (byParty.has(party.name)) {
            continue;
        }
        const id = uuid(`party ${party.name}`);
        const name = [{ text: party.fullName }];
        const telecom = party.contact ? { telecom: [{ system: 'other', value: party.contact }] } : {};
        let resource: Resource;
        switch (party.kind) {
            case 'client':
                resource = {
                    resourceType: 'Patient', id, active: true, name, ...telecom,
                    ...(party.speaks ? { communication: [{ language: { text: party.speaks }, preferred: true }] } : {})
                };
                break;
            case 'worker':
            case 'supervisor':
            case 'interpreter':
                resource = {
                    resourceType: 'Practitioner', id, active: true, name, ...telecom,
                    qualification: [{ code: { text: party.title ?? party.kind } }],
                    ...(party.speaks ? { communication: [{ text: party.speaks }] } : {})
                };
                break;
            case 'guardian':
            case 'party':
                resource = { resourceType: 'RelatedPerson', id, active: true, name, ...telecom };
                break;
        }
        byParty.set(party.name, resource);
    }
    const clients = contract.parties.filter(party => party.kind === 'client').map(party => byParty.get(party.name)!);
    const patient = clients[0];
    for (const party of contract.parties) {
        const resource = byParty.get(party.name)!;
        if (resource.resourceType === 'RelatedPerson') {
            // RelatedPerson.patient is required: the (first) client.
            resource.patient = patient ? ref(patient) : undefined;
            resource.relationship = [party.kind === 'guardian'
                ? { coding: [{ system: ROLE_CODES, code: 'GUARD', display: 'guardian' }] }
                : { text: party.title ?? 'also part of this agreement' }];
        }
    }
    entries.push(...new Set(byParty.values()));

    const goals = new Map<string, Resource>();
    for (const goal of contract.goals) {
        if (goals.has(goal.name)) {
            continue;
        }
        const resource: Resource = {
            resourceType: 'Goal',
            id: uuid(`goal ${goal.name}`),
            lifecycleStatus: 'active',
            description: { text: goal.title },
            ...(patient ? { subject: ref(patient) } : {}),
            ...(goal.measure || goal.by ? { target: [{ ...(goal.measure ? { measure: { text: goal.measure } } : {}), ...(goal.by ? { dueDate: goal.by } : {}) }] } : {})
        };
        goals.set(goal.name, resource);
    }
    entries.push(...goals.values());

    const carePlan: Resource = {
        resourceType: 'CarePlan',
        id: uuid('care plan'),
        status: 'active',
        intent: 'plan',
        ...(contract.title ? { title: contract.title } : {}),
        ...(contract.purpose ? { description: contract.purpose } : {}),
        ...(patient ? { subject: ref(patient) } : {}),
        ...(contract.period?.start || contract.period?.end
            ? { period: { ...(contract.period.start ? { start: contract.period.start } : {}), ...(contract.period.end ? { end: contract.period.end } : {}) } }
            : {}),
        ...(organization ? { author: ref(organization) } : {}),
        contributor: contract.parties.filter(party => party.kind === 'worker' || party.kind === 'supervisor').map(party => ref(byParty.get(party.name)!)),
        goal: [...goals.values()].map(goal => ref(goal)),
        activity: contract.tasks.map(task => ({
            detail: {
                status: 'not-started',
                description: task.title,
                goal: task.goals.filter(name => goals.has(name)).map(name => ref(goals.get(name)!)),
                performer: task.owners.filter(name => byParty.has(name)).map(name => ref(byParty.get(name)!)),
                ...(task.due ? { scheduledPeriod: { end: task.due } } : {})
            }
        }))
    };
    for (const key of ['contributor', 'goal', 'activity'] as const) {
        if ((carePlan[key] as unknown[]).length === 0) {
            delete carePlan[key];
        }
    }
    entries.push(carePlan);

    const recipients = new Map<string, Resource>();
    contract.shares.forEach((share, index) => {
        if (!share.release) {
            return;
        }
        let recipient: Resource | undefined;
        if ('recipient' in share.with) {
            const name = share.with.recipient;
            recipient = recipients.get(name);
            if (!recipient) {
                recipient = { resourceType: 'Organization', id: uuid(`recipient ${name}`), name };
                recipients.set(name, recipient);
            }
        } else {
            recipient = byParty.get(share.with.party);
        }
        entries.push({
            resourceType: 'Consent',
            id: uuid(`release ${index}`),
            status: 'active',
            scope: { coding: [{ system: CONSENT_SCOPE, code: 'patient-privacy', display: 'Privacy Consent' }] },
            category: [{ coding: [{ system: LOINC, code: '59284-0', display: 'Patient Consent' }] }],
            ...(patient ? { patient: ref(patient) } : {}),
            ...(organization ? { organization: [ref(organization)] } : {}),
            policyRule: { coding: [{ system: ACT_CODES, code: 'OPTIN', display: 'opt-in' }] },
            provision: {
                type: 'permit',
                ...(share.until ? { period: { end: share.until } } : {}),
                ...(recipient ? { actor: [{ role: { coding: [{ system: PARTICIPATION, code: 'IRCP', display: 'information recipient' }] }, reference: ref(recipient) }] } : {}),
                code: [{ text: share.information }],
                ...(share.purpose ? { purpose: [{ display: share.purpose }] } : {})
            }
        });
    });
    entries.push(...recipients.values());

    return {
        resourceType: 'Bundle',
        id: uuid('bundle'),
        type: 'collection',
        entry: entries.map(resource => ({ fullUrl: `urn:uuid:${resource.id}`, resource: withoutUndefined(resource) }))
    };
}

/** `tandem export --format fhir`: the bundle as JSON, two-space indented, ending in a line break. */
export function writeFhirBundle(contract: ContractData): string {
    return `${JSON.stringify(buildFhirBundle(contract), null, 2)}\n`;
}

/** A UUID (the layout of version 5) derived from `seed`: the same seed, the same id. */
export function derivedUuid(seed: string): string {
    const hex = createHash('sha256').update(seed).digest('hex');
    const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function withoutUndefined<T>(value: T): T {
    return JSON.parse(JSON.stringify(value)) as T;
}
