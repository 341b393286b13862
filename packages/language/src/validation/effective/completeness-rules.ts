/**
 * What every agreement must have, checked on the effective contract (a contract may add what
 * its template leaves out): parties, duration, goals, confidentiality and its limits,
 * signatures, termination, a share of the work for client and worker, and every parameter bound.
 */
import type { EffectiveContract, EffectiveParty } from '../../model/effective-contract.js';
import type { EffectiveProblem } from './effective-problem.js';

export function checkCompleteness(contract: EffectiveContract): EffectiveProblem[] {
    const problems: EffectiveProblem[] = [];
    const at = contract.location;
    const add = (code: EffectiveProblem['code'], message: string, location = at, related?: EffectiveProblem['related']) =>
        problems.push({ code, message, location, params: [], related });

    for (const param of contract.params) {
        if (param.source === undefined) {
            add('missing-binding', `Parameter \`${param.name}\` (${param.type}) of template \`${contract.template?.name}\` has no value: `
                + `bind it, e.g. \`${param.name} = ${exampleValue(param.type)}\`.`, contract.template?.fromLocation ?? at,
                [{ location: param.location, message: `\`${param.name}\` is declared here` }]);
        }
    }

    const clients = contract.parties.filter(party => party.kind === 'client');
    const workers = contract.parties.filter(party => party.kind === 'worker');
    if (clients.length === 0) {
        add('no-client', `\`${contract.name}\` has no client: add \`client Name "Full name"\` to its \`parties\`.`);
    }
    if (workers.length === 0) {
        add('no-worker', `\`${contract.name}\` has no worker: add \`worker Name "Full name"\` to its \`parties\`.`);
    }
    if (!contract.duration) {
        add('missing-duration', `\`${contract.name}\` does not say how long you will work together: add a \`duration\` section with \`from ... to ...\` or \`from ... for N weeks\`.`);
    }
    if (contract.goals.length === 0) {
        add('no-goals', `\`${contract.name}\` has no goal: add at least one \`goal\` that you and the client agree on.`);
    }
    if (!contract.confidentiality) {
        add('missing-confidentiality', `\`${contract.name}\` does not say what stays private: add a \`confidentiality\` section with its limits.`);
    } else if (contract.confidentiality.limits.length === 0) {
        // `no-*` rules are reported on the contract's name (LANGUAGE.md, "Where a rule names no place").
        add('no-limits', `The \`confidentiality\` section of \`${contract.name}\` names no \`limit\`: the client must hear when information cannot stay private `
            + '(e.g. `limit safety`, `limit abuse`, `limit court-order`).', at,
            [{ location: contract.confidentiality.location, message: 'The `confidentiality` section' }]);
    }
    if (!contract.termination) {
        add('missing-termination', `\`${contract.name}\` does not say how the agreement ends: add a \`termination\` section (e.g. \`when goals-met\`, \`when period-ends\`).`);
    }

    checkSignatures(contract, add);
    checkShareOfWork(contract, clients, workers, add);
    return problems;
}

type Add = (code: EffectiveProblem['code'], message: string, location?: EffectiveProblem['location'], related?: EffectiveProblem['related']) => void;

function checkSignatures(contract: EffectiveContract, add: Add): void {
    if (!contract.sign) {
        add('missing-signatures', `\`${contract.name}\` has no \`sign\` line: add one naming who signs, e.g. \`sign Client, Worker\`.`);
        return;
    }
    const kinds = new Set(contract.sign.signers.map(signer => partyNamed(contract, signer.name)?.kind));
    if (!kinds.has('client') && !kinds.has('guardian')) {
        add('client-not-signing', 'Neither the client nor a guardian signs: the client (or their guardian) must sign their own agreement; add them to `sign`.',
            contract.sign.location);
    }
    if (!kinds.has('worker')) {
        add('worker-not-signing', 'No worker signs: add the worker to `sign`, so the client has the worker\'s commitment in writing.', contract.sign.location);
    }
}

function checkShareOfWork(contract: EffectiveContract, clients: EffectiveParty[], workers: EffectiveParty[], add: Add): void {
    const owners = new Set(contract.tasks.flatMap(task => task.owners.map(owner => owner.name)));
    if (clients.length > 0 && !clients.some(client => owners.has(client.name))) {
        add('client-without-tasks', `No task is owned by the client \`${clients[0].name}\`: the client is a partner in the work; give them at least one task.`,
            clients[0].location);
    }
    if (workers.length > 0 && !workers.some(worker => owners.has(worker.name))) {
        add('worker-without-tasks', `No task is owned by the worker \`${workers[0].name}\`: say what the worker will do, in at least one task.`,
            workers[0].location);
    }
    const served = new Set(contract.tasks.flatMap(task => task.goals.map(goal => goal.name)));
    for (const goal of contract.goals) {
        if (!served.has(goal.name)) {
            add('goal-without-tasks', `No task is \`for\` goal \`${goal.name}\`: add a task that works towards it.`, goal.location);
        }
    }
}

export function partyNamed(contract: EffectiveContract, name: string): EffectiveParty | undefined {
    return contract.parties.find(party => party.name === name);
}

function exampleValue(type: 'text' | 'date' | 'number'): string {
    switch (type) {
        case 'text': return '"..."';
        case 'date': return '2026-12-01';
        case 'number': return '12';
    }
}
