/**
 * Runs the effective-contract rules on each contract and reports what they find where
 * ./problem-placement.ts places it in the contract's text (the item at fault, the binding, or
 * `from` with related information into the template).
 */
import type { ValidationAcceptor } from 'langium';
import type { Contract } from '../generated/ast.js';
import { buildEffectiveContract } from '../model/effective-contract-builder.js';
import { checkEffectiveContract } from './effective/index.js';
import { placeProblem } from './problem-placement.js';
import { report } from './report.js';

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
