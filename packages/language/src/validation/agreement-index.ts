/**
 * One walk over a contract or template, kept for every rule that needs to visit its nodes:
 * its user-written strings, dates, numbers and locales. Computed once per AST node (an AST
 * node never changes; an edit makes a new one).
 */
import type { AstNode } from 'langium';
import { AstUtils } from 'langium';
import type { DateLiteral, DateValue, Locale, NumberValue } from '../generated/ast.js';
import { isDateLiteral, isDateValue, isLocale, isNumberValue } from '../generated/ast.js';
import type { Agreement } from '../ast-utils.js';
import { findPropertyNode } from '../cst-utils.js';
import type { UserString } from './user-strings.js';
import { STRING_PROPERTIES } from './user-strings.js';

export interface AgreementIndex {
    readonly strings: readonly UserString[];
    readonly dateValues: readonly DateValue[];
    readonly dateLiterals: readonly DateLiteral[];
    readonly numberValues: readonly NumberValue[];
    readonly locales: readonly Locale[];
}

const cache = new WeakMap<Agreement, AgreementIndex>();

export function indexAgreement(agreement: Agreement): AgreementIndex {
    let index = cache.get(agreement);
    if (!index) {
        index = buildIndex(agreement);
        cache.set(agreement, index);
    }
    return index;
}

function buildIndex(agreement: Agreement): AgreementIndex {
    const strings: UserString[] = [];
    const dateValues: DateValue[] = [];
    const dateLiterals: DateLiteral[] = [];
    const numberValues: NumberValue[] = [];
    const locales: Locale[] = [];
    for (const node of AstUtils.streamAst(agreement)) {
        collectStrings(node, strings);
        if (isDateValue(node)) {
            dateValues.push(node);
        } else if (isDateLiteral(node)) {
            dateLiterals.push(node);
        } else if (isNumberValue(node)) {
            numberValues.push(node);
        } else if (isLocale(node)) {
            locales.push(node);
        }
    }
    return { strings, dateValues, dateLiterals, numberValues, locales };
}

function collectStrings(node: AstNode, strings: UserString[]): void {
    const properties = STRING_PROPERTIES[node.$type];
    if (!properties) {
        return;
    }
    for (const [property, prose] of properties) {
        const value = (node as unknown as Record<string, unknown>)[property];
        if (typeof value !== 'string') {
            continue;
        }
        const cst = findPropertyNode(node.$cstNode, property);
        if (cst) {
            strings.push({ node, property, value, cst, prose });
        }
    }
}
