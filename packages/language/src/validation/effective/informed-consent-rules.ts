/**
 * What informed consent needs (LANGUAGE.md 0.2; NASW Code of Ethics 1.03), checked on the
 * effective contract since a contract may add what its template leaves out: `missing-purpose`,
 * `incomplete-consent` and `missing-contacts`, and the `zero-quantity` of a notice period whose
 * length is a parameter's value (a literal one is checked where it is written).
 */
import type { EffectiveContract } from '../../model/effective-contract.js';
import type { EffectiveProblem } from './effective-problem.js';

/** The consent lines the client must hear, in the order the message names them. */
const CONSENT_NEEDS = ['risks', 'alternatives', 'cost'] as const;
/** The agency details the client must have, in the order the message names them. */
const CONTACT_NEEDS = ['phone', 'crisis', 'complaints'] as const;

export function checkInformedConsent(contract: EffectiveContract): EffectiveProblem[] {
    const problems: EffectiveProblem[] = [];
    const add = (code: EffectiveProblem['code'], message: string, location = contract.location) =>
        problems.push({ code, message, location, params: [] });

    if (!contract.purpose) {
        add('missing-purpose', `\`${contract.name}\` does not say why the service is offered: add \`purpose "..."\` in plain words, `
            + 'so the client knows what the work is for.');
    }

    const consent = contract.consent;
    if (!consent) {
        add('incomplete-consent', `\`${contract.name}\` has no \`consent\` section: the client must hear the risks, the alternatives and the cost `
            + 'before agreeing; add `consent { risks "..." alternatives "..." cost free }`.');
    } else {
        const missing = CONSENT_NEEDS.filter(need => consent[need] === undefined);
        if (missing.length > 0) {
            add('incomplete-consent', `The \`consent\` section does not say ${listOf(missing.map(need => `\`${need}\``))}: `
                + `the client must hear ${missing.length === 1 ? 'it' : 'them'} before agreeing.`, consent.location);
        }
    }

    const agency = contract.agency;
    if (!agency) {
        add('missing-contacts', `\`${contract.name}\` names no agency: add \`agency "..." { phone "..." crisis "..." complaints "..." }\` `
            + 'so the client knows how to reach the agency, whom to call in a crisis and how to complain.');
    } else {
        const missing = CONTACT_NEEDS.filter(need => agency.details[need] === undefined);
        if (missing.length > 0) {
            add('missing-contacts', `The agency has no ${listOf(missing.map(need => `\`${need}\``))}: `
                + 'the client must know how to reach the agency, whom to call in a crisis and how to complain.', agency.location);
        }
    }

    const notice = contract.termination?.notice;
    if (notice?.count.param !== undefined && notice.count.value === 0) {
        problems.push({
            code: 'zero-quantity',
            message: `\`notice 0 ${notice.unit}\` is a length of 0: use a number of at least 1.`,
            location: notice.count.location,
            params: [notice.count.param]
        });
    }
    return problems;
}

function listOf(items: readonly string[]): string {
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
