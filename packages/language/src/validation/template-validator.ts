/**
 * Templates, parameters and bindings: `binding-without-template`, `duplicate-binding`,
 * `param-type-mismatch`, `unknown-placeholder` and `unused-param`.
 */
import type { AstNode, ValidationAcceptor } from 'langium';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import { AstUtils } from 'langium';
import type { Contract, DateValue, NumberValue, Param, Template, Value } from '../generated/ast.js';
import { isDateLiteral, isNumberLiteral, isTemplate, isTextValue } from '../generated/ast.js';
import type { Agreement } from '../ast-utils.js';
import { findPlaceholders } from '../model/placeholders.js';
import { indexAgreement } from './agreement-index.js';
import { parameterDeclared } from './problem-placement.js';
import { report } from './report.js';
import { rangeInString, userStrings } from './user-strings.js';

const TYPE_EXAMPLES: Readonly<Record<Param['type'], string>> = {
    text: 'a quoted text, e.g. "Jane Doe"',
    date: 'a date, e.g. 2026-12-01',
    number: 'a number, e.g. 12'
};

function valueType(value: Value): Param['type'] | undefined {
    if (isTextValue(value)) {
        return 'text';
    }
    if (isDateLiteral(value)) {
        return 'date';
    }
    if (isNumberLiteral(value)) {
        return 'number';
    }
    return undefined;
}

export class TemplateValidator {

    checkBindings(contract: Contract, accept: ValidationAcceptor): void {
        if (!contract.template) {
            for (const binding of contract.bindings) {
                report(accept, 'binding-without-template', `\`${binding.param?.$refText}\` is bound, but this contract is not \`from\` a template, so it has no parameters. `
                    + 'Add `from TemplateName` after the contract\'s name, or remove the binding.', { node: binding, property: 'param' });
            }
            return;
        }
        const seen = new Map<string, number>();
        for (const binding of contract.bindings) {
            const param = binding.param?.ref;
            if (!param) {
                continue;
            }
            const earlier = seen.get(param.name);
            if (earlier !== undefined) {
                report(accept, 'duplicate-binding', `\`${param.name}\` is already bound on line ${earlier}; keep one of the two bindings.`, {
                    node: binding,
                    property: 'param'
                });
            } else {
                seen.set(param.name, (binding.$cstNode?.range.start.line ?? 0) + 1);
            }
            if (binding.value) {
                this.checkValueType(binding.value, param, accept, parameterDeclared(param));
            }
        }
    }

    checkParamDefault(param: Param, accept: ValidationAcceptor): void {
        if (param.default) {
            this.checkValueType(param.default, param, accept);
        }
    }

    checkDateReference(value: DateValue, accept: ValidationAcceptor): void {
        const param = value.param?.ref;
        if (param && param.type !== 'date') {
            report(accept, 'param-type-mismatch', `\`${param.name}\` is a ${param.type} parameter, but a date is expected here; use a date parameter or a date like 2026-12-01.`, {
                node: value,
                property: 'param',
                relatedInformation: parameterDeclared(param)
            });
        }
    }

    checkNumberReference(value: NumberValue, accept: ValidationAcceptor): void {
        const param = value.param?.ref;
        if (param && param.type !== 'number') {
            report(accept, 'param-type-mismatch', `\`${param.name}\` is a ${param.type} parameter, but a number is expected here; use a number parameter or a number like 12.`, {
                node: value,
                property: 'param',
                relatedInformation: parameterDeclared(param)
            });
        }
    }

    /** `{{x}}` where x is not a parameter of the template (for a contract: of the template it is `from`). */
    checkPlaceholders(agreement: Agreement, accept: ValidationAcceptor): void {
        const template = isTemplate(agreement) ? agreement : agreement.template?.ref;
        if (!isTemplate(agreement) && agreement.template && !template) {
            return; // the `from` reference itself is unresolved: that is the error to fix first
        }
        const names = new Set(template?.params.map(param => param.name) ?? []);
        const document = AstUtils.getDocument(agreement);
        for (const userString of userStrings(agreement)) {
            for (const placeholder of findPlaceholders(userString.value)) {
                if (names.has(placeholder.name)) {
                    continue;
                }
                const why = template
                    ? `template \`${template.name}\` has no parameter \`${placeholder.name}\``
                    : 'this contract is not `from` a template, so it has no parameters';
                report(accept, 'unknown-placeholder', `\`{{${placeholder.name}}}\` stands for nothing: ${why}.`, {
                    node: userString.node,
                    range: rangeInString(document, userString, placeholder.offset, placeholder.length)
                });
            }
        }
    }

    /** A parameter is used as a date or number value, or as `{{name}}` in any string of its template. */
    checkUnusedParams(template: Template, accept: ValidationAcceptor): void {
        if (template.params.length === 0) {
            return;
        }
        const used = usedParamNames(template);
        for (const param of template.params) {
            if (param.name && !used.has(param.name)) {
                report(accept, 'unused-param', `Parameter \`${param.name}\` is never used: use it as \`{{${param.name}}}\` in a text`
                    + `${param.type === 'text' ? '' : ` or as a ${param.type}`}, or remove it.`, { node: param, property: 'name' });
            }
        }
    }

    /** `related`: where the cause is written, for a binding's value (./problem-placement.ts). */
    private checkValueType(value: Value, param: Param, accept: ValidationAcceptor, related?: DiagnosticRelatedInformation[]): void {
        const actual = valueType(value);
        if (actual && actual !== param.type) {
            report(accept, 'param-type-mismatch', `\`${param.name}\` is a ${param.type} parameter, but this value is a ${actual}; write ${TYPE_EXAMPLES[param.type]}.`, {
                node: value as AstNode,
                relatedInformation: related
            });
        }
    }
}

function usedParamNames(template: Template): Set<string> {
    const used = new Set<string>();
    const index = indexAgreement(template);
    for (const value of [...index.dateValues, ...index.numberValues]) {
        if (value.param) {
            used.add(value.param.$refText);
        }
    }
    for (const userString of index.strings) {
        for (const placeholder of findPlaceholders(userString.value)) {
            used.add(placeholder.name);
        }
    }
    return used;
}
