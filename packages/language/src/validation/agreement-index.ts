/**
 * One walk over a contract or template, kept for every rule that needs to visit its nodes:
 * its user-written strings, dates, numbers and locales. Computed once per AST node (an AST
 * node never changes; an edit makes a new one).
 */
import type { AstNode } from 'langium';
import type { DateLiteral, DateValue, Locale, NumberValue } from '../generated/ast.js';
import type { Agreement } from '../ast-utils.js';
import { walkAst } from '../ast-walk.js';
import { STRING_PROPERTIES, UserString } from './user-strings.js';

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
    walkAst(agreement, {
        node(node) {
            collectStrings(node, strings);
            // Exact types (none of these has subtypes): cheaper than the reflection-based guards.
            switch (node.$type) {
                case 'DateValue': dateValues.push(node as DateValue); break;
                case 'DateLiteral': dateLiterals.push(node as DateLiteral); break;
                case 'NumberValue': numberValues.push(node as NumberValue); break;
                case 'Locale': locales.push(node as Locale); break;
            }
        }
    });
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
        strings.push(new UserString(node, property, value, prose));
    }
}
