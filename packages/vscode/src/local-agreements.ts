/**
 * Agreements checked and rendered in the extension host, with @tandem/language and
 * @tandem/render: the text of an editor (saved or not) with the files it imports from disk.
 * Export uses it for every format; the preview uses it when the language server does not answer
 * `tandem/preview`.
 */
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import type { Contract, Model, TandemSettingsUpdate } from '@tandem/language';
import { buildEffectiveContract, isContract, isTemplate } from '@tandem/language';
import { createTandemWorkspace } from '@tandem/language/node';
import type { Paper, RenderFormat } from '@tandem/render';
import { renderContract } from '@tandem/render';

/** A diagnostic as the preview and export report it (0-based line and character). */
export interface AgreementProblem {
    readonly severity: 'error' | 'warning' | 'info';
    readonly code: string;
    readonly message: string;
    readonly line: number;
    readonly character: number;
}

export interface CheckedAgreementFile {
    readonly contracts: readonly string[];
    readonly templates: readonly string[];
    /** Renders one contract (the first when no name is given); a contract with errors is a draft. */
    render(options: AgreementRenderOptions): Promise<RenderedAgreement>;
}

export interface AgreementRenderOptions {
    readonly contract?: string;
    readonly format: RenderFormat;
    readonly locale?: string;
    readonly paper?: Paper;
    readonly sourcePositions?: boolean;
}

export interface RenderedAgreement {
    readonly contract: string;
    readonly bytes: Uint8Array;
    readonly errors: readonly AgreementProblem[];
    readonly warnings: readonly AgreementProblem[];
    /** The file of the template the contract is `from`, for source positions that point into it. */
    readonly templateUri?: string;
}

/** Thrown when there is nothing to render: no contract, or one that does not exist. */
export class NoContractError extends Error { }

/**
 * Checks `text` as the file at `fsPath` (its imports are read from disk) and returns what it
 * declares and a way to render its contracts.
 */
export async function checkAgreementFile(fsPath: string, text: string, settings?: TandemSettingsUpdate): Promise<CheckedAgreementFile> {
    const workspace = createTandemWorkspace(settings);
    const shared = workspace.services.shared;
    const document = shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.file(fsPath));
    shared.workspace.LangiumDocuments.addDocument(document);
    await workspace.load([{ path: fsPath, absolutePath: fsPath }]);
    await shared.workspace.DocumentBuilder.build(shared.workspace.LangiumDocuments.all.toArray(), { validation: true });

    const declarations = document.parseResult.value.declarations ?? [];
    const contracts = declarations.filter(isContract);
    return {
        contracts: contracts.map(contract => contract.name),
        templates: declarations.filter(isTemplate).map(template => template.name),
        async render(options) {
            const contract = options.contract !== undefined
                ? contracts.find(candidate => candidate.name === options.contract)
                : contracts[0];
            if (!contract) {
                throw new NoContractError(options.contract !== undefined
                    ? `There is no contract ${options.contract} in this file.`
                    : 'This file has no contract to render (a template is rendered through a contract from it).');
            }
            const problems = problemsOf(contract, document);
            const errors = problems.filter(problem => problem.severity === 'error');
            const warnings = problems.filter(problem => problem.severity === 'warning');
            const bytes = await renderContract(buildEffectiveContract(contract), {
                format: options.format,
                locale: options.locale,
                paper: options.paper,
                draft: errors.length > 0,
                sourcePositions: options.sourcePositions
            });
            const template = contract.template?.ref;
            const templateUri = template?.$container ? template.$container.$document?.uri.toString() : undefined;
            return { contract: contract.name, bytes, errors, warnings, templateUri };
        }
    };
}

const SEVERITIES = { 1: 'error', 2: 'warning', 3: 'info', 4: 'info' } as const;

/**
 * The diagnostics that concern a contract, as `tandem render` counts them: those inside it and
 * those outside every contract and template (imports, syntax).
 */
function problemsOf(contract: Contract, document: LangiumDocument<Model>): AgreementProblem[] {
    const ranges = document.parseResult.value.declarations
        .map(declaration => ({ declaration, range: declaration.$cstNode?.range }));
    return (document.diagnostics ?? [])
        .filter(diagnostic => {
            if (diagnostic.code === 'syntax') {
                return true;
            }
            const line = diagnostic.range.start.line;
            const owner = ranges.find(({ range }) => range !== undefined && range.start.line <= line && line <= range.end.line);
            return !owner || owner.declaration === contract;
        })
        .map(diagnostic => ({
            severity: SEVERITIES[diagnostic.severity ?? 1],
            code: String(diagnostic.code ?? ''),
            message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
            line: diagnostic.range.start.line,
            character: diagnostic.range.start.character
        }));
}
