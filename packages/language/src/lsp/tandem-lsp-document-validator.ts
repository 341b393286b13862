/**
 * Diagnostics as the editor shows them: each with its code and a `codeDescription` linking to the
 * rule's page (./rule-documentation.ts). Related information (where the cause is written) is
 * attached when a problem is found (validation/problem-placement.ts), so the command line's JSON
 * carries the same.
 */
import type { LangiumDocument, ValidationOptions } from 'langium';
import { Cancellation } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { isDiagnosticCode } from '../diagnostics/codes.js';
import { TandemDocumentValidator } from '../validation/tandem-document-validator.js';
import type { TandemLspServices } from './tandem-lsp-module.js';
import type { RuleDocumentation } from './rule-documentation.js';

export class TandemLspDocumentValidator extends TandemDocumentValidator {
    private readonly ruleDocumentation: RuleDocumentation;

    constructor(services: TandemLspServices) {
        super(services);
        this.ruleDocumentation = services.diagnostics.RuleDocumentation;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        for (const diagnostic of diagnostics) {
            if (isDiagnosticCode(diagnostic.code)) {
                diagnostic.codeDescription = { href: this.ruleDocumentation.hrefFor(diagnostic.code) };
            }
        }
        return diagnostics;
    }
}
