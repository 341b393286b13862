/**
 * Turns what the parser and linker found into Tandem's codes, and holds the rule of LANGUAGE.md:
 * while a file has a syntax error, only `syntax` and `unresolved-reference` are reported for it.
 */
import type { AstNode, LangiumDocument, ValidationOptions } from 'langium';
import { Cancellation, DefaultDocumentValidator, DocumentValidator } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { isBinding, isContract, isTemplate } from '../generated/ast.js';
import { sourceProblemOf } from '../workspace/source-problems.js';
import { templateParameters } from './problem-placement.js';

const AGREEMENT_ONLY = Object.freeze({ validateNode: true, validateChildren: false });

export class TandemDocumentValidator extends DefaultDocumentValidator {

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        // A file whose bytes are not valid UTF-8 (read from disk): that is its one problem.
        const source = sourceProblemOf(document.uri.toString(), document.textDocument.getText());
        if (source) {
            const at = { line: source.line - 1, character: source.column - 1 };
            return [{ severity: 1, range: { start: at, end: { line: at.line, character: at.character + 1 } }, code: 'syntax', source: 'tandem', message: source.message }];
        }
        const diagnostics = await super.validateDocument(document, { ...options, stopAfterParsingErrors: false, stopAfterLexingErrors: false }, cancelToken);
        const hasSyntaxError = diagnostics.some(diagnostic => diagnostic.code === 'syntax');
        if (!hasSyntaxError) {
            return diagnostics;
        }
        return diagnostics.filter(diagnostic => diagnostic.code === 'syntax' || diagnostic.code === 'unresolved-reference');
    }

    protected override processLexingErrors(...args: Parameters<DefaultDocumentValidator['processLexingErrors']>): void {
        this.withCode(args[1], 'syntax', () => super.processLexingErrors(...args));
    }

    protected override processParsingErrors(...args: Parameters<DefaultDocumentValidator['processParsingErrors']>): void {
        this.withCode(args[1], 'syntax', () => super.processParsingErrors(...args));
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[]): void {
        for (const reference of document.references) {
            const error = reference.error;
            if (!error || isSuppressedLinkingError(error.info.container)) {
                continue;
            }
            const { container, property, index } = error.info;
            const refText = error.info.reference.$refText;
            diagnostics.push(this.toDiagnostic('error', unresolvedMessage(container.$type, property, refText), {
                node: container,
                range: reference.$refNode?.range,
                property,
                index,
                code: 'unresolved-reference',
                data: { code: 'unresolved-reference', containerType: container.$type, property, refText },
                // A binding that names no parameter: where the template's parameters are (./problem-placement.ts).
                relatedInformation: isBinding(container) ? templateParameters(container.$container.template?.ref) : undefined
            }));
        }
    }

    /** Checks are registered on imports and agreements, which visit their own contents (./tandem-validator.ts). */
    protected override validateSingleNodeOptions(node: AstNode, options: ValidationOptions) {
        return isContract(node) || isTemplate(node) ? AGREEMENT_ONLY : super.validateSingleNodeOptions(node, options);
    }

    private withCode(diagnostics: Diagnostic[], code: string, run: () => void): void {
        const before = diagnostics.length;
        run();
        for (let i = before; i < diagnostics.length; i++) {
            diagnostics[i].code = code;
            diagnostics[i].data = { code };
        }
    }
}

/** Linking errors we leave to another rule: bindings where there are no parameters to bind. */
export function isSuppressedLinkingError(container: AstNode): boolean {
    if (!isBinding(container)) {
        return false;
    }
    const contract = container.$container;
    return isContract(contract) && (!contract.template || !contract.template.ref);
}

const KIND_OF_REFERENCE: Readonly<Record<string, string>> = {
    'Task.owners': 'party',
    'Task.goals': 'goal',
    'Sign.signers': 'party',
    'Share.party': 'party',
    'Contract.template': 'template',
    'Binding.param': 'parameter',
    'DateValue.param': 'date parameter',
    'NumberValue.param': 'number parameter'
};

function unresolvedMessage(containerType: string | undefined, property: string | undefined, refText: string | undefined): string {
    const kind = KIND_OF_REFERENCE[`${containerType}.${property}`] ?? 'declaration';
    if (kind === 'template') {
        return `No template \`${refText}\` here: templates are visible in their own file and in files that \`import\` it directly.`;
    }
    if (kind === 'parameter') {
        return `The template has no parameter \`${refText}\`.`;
    }
    return `No ${kind} named \`${refText}\` in this contract or template.`;
}

export { DocumentValidator };
