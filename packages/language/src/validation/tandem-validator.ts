/**
 * Registers Tandem's checks with Langium's validation registry, one family per file. This file
 * is the map of the rules: which family checks what.
 *
 * Checks are registered on imports, contracts and templates only. Each agreement is walked once
 * (./agreement-index.ts) and its dates, numbers, locales and strings are handed to the families
 * from that one walk; the document validator does not descend below agreements.
 */
import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { TandemAstType } from '../generated/ast.js';
import { isConfidentiality, isDuration, isGoal, isTask, isTemplate, isTermination } from '../generated/ast.js';
import type { Agreement } from '../ast-utils.js';
import type { TandemServices } from '../tandem-module.js';
import { indexAgreement } from './agreement-index.js';

export function registerValidationChecks(services: TandemServices): void {
    const v = services.validation;

    /** Checks of the nodes inside an agreement. */
    const checkContents = (agreement: Agreement, accept: ValidationAcceptor) => {
        const index = indexAgreement(agreement);
        for (const value of index.dateValues) {
            v.ValuesValidator.checkDate(value, accept);
            v.TemplateValidator.checkDateReference(value, accept);
        }
        for (const literal of index.dateLiterals) {
            v.ValuesValidator.checkDate(literal, accept);
        }
        for (const value of index.numberValues) {
            v.TemplateValidator.checkNumberReference(value, accept);
        }
        for (const locale of index.locales) {
            v.ValuesValidator.checkLocale(locale, accept);
        }
        for (const member of agreement.members) {
            if (isGoal(member)) {
                v.DeclarationsValidator.checkGoal(member, accept);
            } else if (isTask(member)) {
                v.DeclarationsValidator.checkTask(member, accept);
            } else if (isConfidentiality(member)) {
                member.shares.forEach(share => v.DeclarationsValidator.checkShare(share, accept));
            } else if (isDuration(member) && member.meeting) {
                v.ValuesValidator.checkMeeting(member.meeting, accept);
                v.DeclarationsValidator.checkMeeting(member.meeting, accept);
            } else if (isTermination(member)) {
                v.ValuesValidator.checkNotice(member, accept);
            }
        }
        if (isTemplate(agreement)) {
            agreement.params.forEach(param => v.TemplateValidator.checkParamDefault(param, accept));
        }
    };

    /** What contracts and templates are both checked for. */
    const agreementChecks = [
        (node: Agreement, accept: ValidationAcceptor) => v.NamesValidator.checkDuplicateNames(node, accept),
        (node: Agreement, accept: ValidationAcceptor) => v.NamesValidator.checkDuplicateSections(node, accept),
        (node: Agreement, accept: ValidationAcceptor) => v.TemplateValidator.checkPlaceholders(node, accept),
        checkContents,
        (node: Agreement, accept: ValidationAcceptor) => v.WordingValidator.checkWording(node, accept)
    ];

    const checks: ValidationChecks<TandemAstType> = {
        Import: (node, accept) => v.ImportsValidator.checkImport(node, accept),
        Contract: [
            ...agreementChecks,
            (node, accept) => v.TemplateValidator.checkBindings(node, accept),
            (node, accept) => v.EffectiveValidator.checkContract(node, accept)
        ],
        Template: [
            ...agreementChecks,
            (node, accept) => v.TemplateValidator.checkUnusedParams(node, accept)
        ]
    };
    services.validation.ValidationRegistry.register(checks);
}
