/**
 * Where a problem goes: the one module that decides it (docs/ARCHITECTURE.md, "Validation").
 * - A problem of a contract's effective contract (`placeProblem`): where the contract itself
 *   wrote the item at fault, there; else on the binding whose value causes it; else on the
 *   contract's `from` reference, with related information pointing at the template's line
 *   (LANGUAGE.md, "Templates").
 * - A problem of a row of data (`placeRowProblem`): on the row, and on the column (parameter)
 *   whose value causes it when the row gives that value.
 * - The related information that says where the cause is written, attached when the problem is
 *   found so that every output carries it (`tandem validate --format json`, the editor):
 *   `param-type-mismatch` points at the parameter's declaration (`parameterDeclared`), an
 *   `unresolved-reference` of a binding at the template's parameters (`templateParameters`).
 */
import { AstUtils } from 'langium';
import type { DiagnosticRelatedInformation, Range } from 'vscode-languageserver-types';
import type { Param, Template } from '../generated/ast.js';
import type { DiagnosticCode, Severity } from '../diagnostics/codes.js';
import { severityOf } from '../diagnostics/codes.js';
import type { EffectiveContract } from '../model/effective-contract.js';
import type { EffectiveProblem } from './effective/effective-problem.js';

export interface PlacedProblem {
    readonly range: Range;
    readonly related?: DiagnosticRelatedInformation[];
}

/** A problem of a contract's effective contract, placed in the contract's text. */
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

/** Where in a file of data a row starts. */
export interface RowPosition {
    /** 1-based data record (the header is not a record). */
    readonly row: number;
    /** The line in the data file where the record starts, when known (CSV, JSONL). */
    readonly line?: number;
}

export interface RowProblem extends RowPosition {
    /** The column (parameter name) at fault; absent for a problem of the row as a whole. */
    readonly column?: string;
    readonly code: DiagnosticCode;
    readonly severity: Severity;
    readonly message: string;
}

/** A problem found in a row (its values, or its effective contract), placed on the row and column. */
export function placeRowProblem(position: RowPosition, code: DiagnosticCode, message: string, column?: string): RowProblem {
    return { ...position, column, code, severity: severityOf(code), message };
}

/** A problem of a row's effective contract: on the first of its parameters that the row gives a value. */
export function placeRowEffectiveProblem(problem: EffectiveProblem, position: RowPosition, given: ReadonlyMap<string, unknown>): RowProblem {
    const column = problem.params.find(param => param !== undefined && given.has(param));
    return placeRowProblem(position, problem.code, problem.message, column);
}

/** Related information for `param-type-mismatch`: where the parameter is declared, and as what. */
export function parameterDeclared(param: Param): DiagnosticRelatedInformation[] {
    const range = param.$cstNode?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return [{ location: { uri: AstUtils.getDocument(param).uri.toString(), range }, message: `\`${param.name}\` is declared here as a ${param.type} parameter` }];
}

/** Related information for a binding that names no parameter: the template's parameters. */
export function templateParameters(template: Template | undefined): DiagnosticRelatedInformation[] | undefined {
    if (!template?.$cstNode) {
        return undefined;
    }
    return [{
        location: { uri: AstUtils.getDocument(template).uri.toString(), range: template.$cstNode.range },
        message: `The parameters of template \`${template.name}\``
    }];
}
