/**
 * Agreements checked and rendered in the extension host, with @tandem/language and
 * @tandem/render: the text of an editor (saved or not) with the files it imports from disk.
 * Export uses it for every format; the preview uses it when the language server does not answer
 * `tandem/preview`.
 */
import type { AgreementDiagnostic, EffectiveContract, TandemSettingsUpdate } from '@tandem/language';
import { AgreementNotFoundError } from '@tandem/language';
import type { OpenedAgreementFile, OpenedContract } from '@tandem/language/node';
import { openAgreementFile } from '@tandem/language/node';
import type { Paper, RenderFormat } from '@tandem/render';
import { renderContract } from '@tandem/render';

/** A diagnostic as the preview and export report it (0-based line and character). */
export interface AgreementProblem {
    readonly severity: 'error' | 'warning' | 'info';
    readonly code: string;
    readonly message: string;
    readonly line: number;
    readonly character: number;
    /** The document it is in: the file itself, or the file of the contract's template. */
    readonly uri: string;
}

export interface CheckedAgreementFile {
    readonly contracts: readonly string[];
    readonly templates: readonly string[];
    /** Renders one contract (the first when no name is given); a contract with errors is a draft. */
    render(options: AgreementRenderOptions): Promise<RenderedAgreement>;
    /** One contract (the first when no name is given) with its problems, for the data exports and Compare with…. */
    select(contract?: string): CheckedContract;
}

export interface CheckedContract {
    readonly contract: string;
    readonly errors: readonly AgreementProblem[];
    readonly warnings: readonly AgreementProblem[];
    /** The contract merged with its template. */
    effective(): EffectiveContract;
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
 * declares and a way to render its contracts. Which diagnostics concern a contract, and whether
 * it is a draft, is `openAgreementFile`'s (`@tandem/language/node`) decision, as for `tandem render`.
 */
export async function checkAgreementFile(fsPath: string, text: string, settings?: TandemSettingsUpdate): Promise<CheckedAgreementFile> {
    const opened = await openAgreementFile(fsPath, { text, settings });
    return {
        contracts: opened.contracts,
        templates: opened.templates,
        async render(options) {
            const selected = selectContract(opened, options.contract);
            const problems = selected.diagnostics.map(toProblem);
            const bytes = await renderContract(selected.effective(), {
                format: options.format,
                locale: options.locale,
                paper: options.paper,
                draft: selected.draft,
                sourcePositions: options.sourcePositions
            });
            const template = selected.template;
            const templateUri = template?.$container ? template.$container.$document?.uri.toString() : undefined;
            return {
                contract: selected.contract.name,
                bytes,
                errors: problems.filter(problem => problem.severity === 'error'),
                warnings: problems.filter(problem => problem.severity === 'warning'),
                templateUri
            };
        },
        select(contract) {
            const selected = selectContract(opened, contract);
            const problems = selected.diagnostics.map(toProblem);
            return {
                contract: selected.contract.name,
                errors: problems.filter(problem => problem.severity === 'error'),
                warnings: problems.filter(problem => problem.severity === 'warning'),
                effective: () => selected.effective()
            };
        }
    };
}

function selectContract(opened: OpenedAgreementFile, contract: string | undefined): OpenedContract {
    try {
        return opened.select({ name: contract, unnamed: 'first' });
    } catch (error) {
        if (error instanceof AgreementNotFoundError) {
            throw new NoContractError((contract !== undefined
                ? `There is no contract ${contract} in this file`
                : 'This file has no contract to render (a template is rendered through a contract from it)') + `${error.note}.`);
        }
        throw error;
    }
}

const SEVERITIES = { 1: 'error', 2: 'warning', 3: 'info', 4: 'info' } as const;

function toProblem({ uri, diagnostic }: AgreementDiagnostic): AgreementProblem {
    return {
        severity: SEVERITIES[diagnostic.severity ?? 1],
        code: String(diagnostic.code ?? ''),
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        line: diagnostic.range.start.line,
        character: diagnostic.range.start.character,
        uri
    };
}
