/**
 * Diagnostics as the editor shows them: each with its code, a `codeDescription` linking to the
 * rule's page (./rule-documentation.ts) and, where the cause is written elsewhere, related
 * information pointing at it (the parameter a value must match, the template a contract is
 * `from`).
 */
import type { LangiumDocument, ValidationOptions } from 'langium';
import { AstUtils, Cancellation, CstUtils } from 'langium';
import type { Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import type { Binding, DateValue, NumberValue, Param } from '../generated/ast.js';
import { isBinding, isContract, isDateValue, isNumberValue } from '../generated/ast.js';
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
            if (!diagnostic.relatedInformation && (diagnostic.code === 'param-type-mismatch' || diagnostic.code === 'unresolved-reference')) {
                const related = this.relatedToParameter(document, diagnostic);
                if (related) {
                    diagnostic.relatedInformation = related;
                }
            }
        }
        return diagnostics;
    }

    /** For a value of the wrong type: where the parameter is declared; for an unknown binding: the template. */
    private relatedToParameter(document: LangiumDocument, diagnostic: Diagnostic): DiagnosticRelatedInformation[] | undefined {
        const root = document.parseResult.value.$cstNode;
        const offset = document.textDocument.offsetAt(diagnostic.range.start);
        const leaf = root ? CstUtils.findLeafNodeAtOffset(root, offset) : undefined;
        let node = leaf?.astNode;
        while (node && !isBinding(node) && !isDateValue(node) && !isNumberValue(node) && !isContract(node)) {
            node = node.$container;
        }
        if (!node) {
            return undefined;
        }
        if (diagnostic.code === 'param-type-mismatch') {
            const param = isBinding(node) ? node.param?.ref : (isDateValue(node) || isNumberValue(node)) ? (node as DateValue | NumberValue).param?.ref : undefined;
            return param ? [this.declaredHere(param, `\`${param.name}\` is declared here as a ${param.type} parameter`)] : undefined;
        }
        if (isBinding(node)) {
            const template = (node as Binding).$container.template?.ref;
            if (template?.$cstNode) {
                return [{
                    location: { uri: AstUtils.getDocument(template).uri.toString(), range: template.$cstNode.range },
                    message: `The parameters of template \`${template.name}\``
                }];
            }
        }
        return undefined;
    }

    private declaredHere(param: Param, message: string): DiagnosticRelatedInformation {
        const range = param.$cstNode?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        return { location: { uri: AstUtils.getDocument(param).uri.toString(), range }, message };
    }
}
