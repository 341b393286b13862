/**
 * Registers Tandem's checks with Langium's validation registry, one family per file.
 * Which node types each family looks at is listed here, so this file is the map of the rules.
 */
import type { ValidationChecks } from 'langium';
import type { TandemAstType } from '../generated/ast.js';
import type { TandemServices } from '../tandem-module.js';

export function registerValidationChecks(services: TandemServices): void {
    const registry = services.validation.ValidationRegistry;
    const v = services.validation;
    const checks: ValidationChecks<TandemAstType> = {
        Import: (node, accept) => v.ImportsValidator.checkImport(node, accept),
        Contract: [
            (node, accept) => v.NamesValidator.checkDuplicateNames(node, accept),
            (node, accept) => v.NamesValidator.checkDuplicateSections(node, accept),
            (node, accept) => v.TemplateValidator.checkBindings(node, accept),
            (node, accept) => v.TemplateValidator.checkPlaceholders(node, accept),
            (node, accept) => v.WordingValidator.checkWording(node, accept),
            (node, accept) => v.EffectiveValidator.checkContract(node, accept)
        ],
        Template: [
            (node, accept) => v.NamesValidator.checkDuplicateNames(node, accept),
            (node, accept) => v.NamesValidator.checkDuplicateSections(node, accept),
            (node, accept) => v.TemplateValidator.checkPlaceholders(node, accept),
            (node, accept) => v.TemplateValidator.checkUnusedParams(node, accept),
            (node, accept) => v.WordingValidator.checkWording(node, accept)
        ],
        Param: (node, accept) => v.TemplateValidator.checkParamDefault(node, accept),
        DateValue: [
            (node, accept) => v.ValuesValidator.checkDateValue(node, accept),
            (node, accept) => v.TemplateValidator.checkDateReference(node, accept)
        ],
        DateLiteral: (node, accept) => v.ValuesValidator.checkDateLiteral(node, accept),
        NumberValue: (node, accept) => v.TemplateValidator.checkNumberReference(node, accept),
        Locale: (node, accept) => v.ValuesValidator.checkLocale(node, accept),
        Goal: (node, accept) => v.DeclarationsValidator.checkGoal(node, accept),
        Task: (node, accept) => v.DeclarationsValidator.checkTask(node, accept),
        Share: (node, accept) => v.DeclarationsValidator.checkShare(node, accept)
    };
    registry.register(checks);
}
