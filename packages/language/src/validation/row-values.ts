/**
 * Rows of data bind a template's parameters by name (LANGUAGE.md, "Templates": a CSV header or a
 * JSON key is a parameter name; values are parsed by the parameter's type). This module turns
 * one row's raw values into typed parameter values and checks the resulting effective contract;
 * where each problem goes (row and column) is ./problem-placement.ts's decision.
 */
import type { Template } from '../generated/ast.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import { isValidIsoDate } from '../model/calendar.js';
import type { ExternalValue } from '../model/effective-contract-builder.js';
import { buildEffectiveContractFromRow } from '../model/effective-contract-builder.js';
import type { EffectiveContract } from '../model/effective-contract.js';
import { checkEffectiveContract } from './effective/index.js';
import type { RowPosition, RowProblem } from './problem-placement.js';
import { placeRowEffectiveProblem, placeRowProblem } from './problem-placement.js';

export type { RowPosition, RowProblem } from './problem-placement.js';

/** A raw value from a data file: CSV cells are strings; JSON may give numbers, booleans or null. */
export type RawValue = string | number | boolean | null | undefined;

const DATE_FORM = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER_FORM = /^\d+$/;

/** Parses one row's values by the template's parameter types. Empty values take the default. */
export function typedRowValues(template: Template, raw: ReadonlyMap<string, RawValue>, position: RowPosition): {
    values: Map<string, ExternalValue>;
    problems: RowProblem[];
} {
    const values = new Map<string, ExternalValue>();
    const problems: RowProblem[] = [];
    const problem = (column: string, code: DiagnosticCode, message: string) =>
        problems.push(placeRowProblem(position, code, message, column));

    for (const param of template.params) {
        const value = raw.get(param.name);
        const text = value === null || value === undefined ? '' : String(value).trim();
        if (text === '') {
            if (!param.default) {
                problem(param.name, 'missing-binding', `\`${param.name}\` (${param.type}) has no value in this row, and the template gives it no default.`);
            }
            continue;
        }
        const source = { kind: 'row' as const, row: position.row, column: param.name, line: position.line };
        switch (param.type) {
            case 'text':
                values.set(param.name, { value: text, source });
                break;
            case 'date':
                if (!DATE_FORM.test(text)) {
                    problem(param.name, 'param-type-mismatch', `\`${param.name}\` is a date, but "${text}" is not written YYYY-MM-DD (e.g. 2026-12-01).`);
                } else if (!isValidIsoDate(text)) {
                    problem(param.name, 'invalid-date', `\`${param.name}\`: ${text} is not a date that exists.`);
                } else {
                    values.set(param.name, { value: text, source });
                }
                break;
            case 'number':
                if (typeof value === 'number' ? !(Number.isInteger(value) && value >= 0) : !NUMBER_FORM.test(text)) {
                    problem(param.name, 'param-type-mismatch', `\`${param.name}\` is a number, but "${text}" is not a whole number of 0 or more.`);
                } else {
                    values.set(param.name, { value: Number(text), source });
                }
                break;
        }
    }
    return { values, problems };
}

export interface CheckedRow {
    /** The effective contract, when the row's values could be parsed. */
    readonly contract?: EffectiveContract;
    readonly problems: RowProblem[];
}

/**
 * Checks one row as an effective contract: its values by type, then every rule of the effective
 * contract, each problem placed on the column whose value causes it (or on the row).
 */
export function checkRow(template: Template, raw: ReadonlyMap<string, RawValue>, position: RowPosition, name?: string): CheckedRow {
    const { values, problems } = typedRowValues(template, raw, position);
    if (problems.some(problem => problem.severity === 'error')) {
        return { problems };
    }
    const contract = buildEffectiveContractFromRow(template, values, name);
    for (const found of checkEffectiveContract(contract)) {
        problems.push(placeRowEffectiveProblem(found, position, values));
    }
    return { contract, problems };
}
