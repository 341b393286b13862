/**
 * Runs the effective-contract rules on each contract and places what they find in the
 * contract's text: where the contract itself wrote the item at fault, there; else on the binding
 * whose value causes it; else on the contract's `from` reference, with related information
 * pointing at the template's line (LANGUAGE.md, "Templates").
 */
import type { ValidationAcceptor } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { Contract } from '../generated/ast.js';
import { buildEffectiveContract } from '../model/effective-contract-builder.js';
import type { EffectiveContract } from '../model/effective-contract.js';
import type { EffectiveProblem } from './effective/index.js';
import { checkEffectiveContract } from './effective/index.js';
import { report } from './report.js';

export interface PlacedProblem {
    readonly range: Range;
    readonly related?: Array<{ location: { uri: string; range: Range }; message: string }>;
}

export class EffectiveValidator {

    checkContract(contract: Contract, accept: ValidationAcceptor): void {
        if (contract.template && !contract.template.ref) {
            return; // an unresolved `from`: that error comes first, and nothing else can be judged
        }
        const effective = buildEffectiveContract(contract);
        for (const problem of checkEffectiveContract(effective)) {
            const placed = placeProblem(problem, effective);
            report(accept, problem.code, problem.message, {
                node: contract,
                range: placed.range,
                relatedInformation: placed.related
            });
        }
    }
}

export function placeProblem(problem: EffectiveProblem, contract: EffectiveContract): PlacedProblem {
    const related = (problem.related ?? []).map(item => ({ location: { uri: item.location.uri, range: item.location.range }, message: item.message }));
    if (problem.location.origin === 'contract') {
        return { range: problem.location.range, related: related.length > 0 ? related : undefined };
    }
    const inTemplate = { location: { uri: problem.location.uri, range: problem.location.range }, message: `In template \`${contract.template?.name}\`` };
    for (const name of problem.params) {
        const source = name ? contract.params.find(param => param.name === name)?.source : undefined;
        if (source?.kind === 'binding') {
            return { range: source.range, related: [inTemplate, ...related] };
        }
    }
    const from = contract.template?.fromLocation ?? contract.location;
    return { range: from.range, related: [inTemplate, ...related] };
}
