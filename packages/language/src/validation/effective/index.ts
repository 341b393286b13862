/**
 * The rules that run on each effective contract (LANGUAGE.md, "Templates"): completeness and
 * every rule that needs a parameter's value. Pure functions of the model, shared by the
 * validator (contracts in text) and batch generation (rows of data).
 */
import type { EffectiveContract } from '../../model/effective-contract.js';
import { checkCompleteness } from './completeness-rules.js';
import type { EffectiveProblem, EffectiveRule } from './effective-problem.js';
import { checkInformedConsent } from './informed-consent-rules.js';
import { checkPeriod } from './period-rules.js';

export type { EffectiveProblem, EffectiveRule } from './effective-problem.js';
export { sessionsThatFit } from './period-rules.js';

export const EFFECTIVE_RULES: readonly EffectiveRule[] = [checkCompleteness, checkPeriod, checkInformedConsent];

export function checkEffectiveContract(contract: EffectiveContract): EffectiveProblem[] {
    return EFFECTIVE_RULES.flatMap(rule => rule(contract));
}
