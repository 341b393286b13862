/**
 * A problem found on an effective contract, before it is placed: where in the effective
 * contract it is (which may be in the template) and which parameters' values it involves.
 * The effective validator places it in the contract's text; batch places it on a row of data.
 */
import type { DiagnosticCode } from '../../diagnostics/codes.js';
import type { EffectiveContract, SourceLocation } from '../../model/effective-contract.js';

export interface EffectiveProblem {
    readonly code: DiagnosticCode;
    readonly message: string;
    readonly location: SourceLocation;
    /** Parameters whose values cause the problem, the most direct first. */
    readonly params: ReadonlyArray<string | undefined>;
    readonly related?: ReadonlyArray<{ readonly location: SourceLocation; readonly message: string }>;
}

export type EffectiveRule = (contract: EffectiveContract) => EffectiveProblem[];
