/**
 * The 0.2 outputs of @tandem/export for the editor's commands, in the extension host and without
 * `vscode` (so that they are tested alone): the iCalendar and the FHIR bundle of a contract
 * (Export Calendar…, Export for Case Record (FHIR)…) and the "what changed in your agreement"
 * page of two versions (Compare with…). The same calls as `tandem calendar`, `tandem export
 * --format fhir` and `tandem diff --format html`; a contract with errors gives no output, as there.
 */
import type { TandemSettingsUpdate } from '@tandem/language';
import { plural } from '@tandem/language';
import type { ContractDiff } from '@tandem/export';
import { buildChangesAgreement, contractData, diffContracts, writeFhirBundle, writeICalendar } from '@tandem/export';
import { agreementLocale, loadLocale, renderAgreement } from '@tandem/render';
import type { AgreementProblem, CheckedContract } from './local-agreements.js';
import { checkAgreementFile, NoContractError } from './local-agreements.js';

export type DataExportFormat = 'ics' | 'fhir';

export interface DataExportKind {
    /** What the file is, in a sentence ("the calendar was not written"). */
    readonly what: string;
    /** The file's name beside the contract's file: `<contract><suffix>`. */
    readonly suffix: string;
    /** The save dialog's filter. */
    readonly filter: { readonly name: string; readonly extensions: readonly string[] };
}

export const DATA_EXPORTS: Readonly<Record<DataExportFormat, DataExportKind>> = {
    ics: { what: 'calendar', suffix: '.ics', filter: { name: 'iCalendar', extensions: ['ics'] } },
    fhir: { what: 'FHIR bundle', suffix: '.fhir.json', filter: { name: 'FHIR JSON', extensions: ['json'] } }
};

/** The contract has errors: nothing is exported from it (as `tandem calendar` and `tandem export` refuse it). */
export class ContractErrorsError extends Error {
    constructor(readonly contract: string, readonly errors: readonly AgreementProblem[], message: string) {
        super(message);
        this.name = 'ContractErrorsError';
    }
}

/**
 * The calendar (titles in the contract's locale, as `tandem calendar`) or the FHIR R4 bundle of
 * a contract; throws `ContractErrorsError` when the contract has errors.
 */
export function contractExportText(contract: CheckedContract, format: DataExportFormat): string {
    if (contract.errors.length > 0) {
        throw new ContractErrorsError(contract.contract, contract.errors,
            `${contract.contract} has ${plural(contract.errors.length, 'error')}: no ${DATA_EXPORTS[format].what} was written`);
    }
    const effective = contract.effective();
    return format === 'ics'
        ? writeICalendar(contractData(effective), loadLocale(agreementLocale(effective)))
        : writeFhirBundle(contractData(effective));
}

/** One version of an agreement: its text, checked as the file at `path` (imports are read from disk beside it). */
export interface AgreementVersion {
    readonly path: string;
    readonly text: string;
}

export interface CompareOptions {
    /** The contract to compare (by name in both versions); by default the first of the new version, and the old version's only one. */
    readonly contract?: string;
    /** The page's locale; by default the new version's. */
    readonly locale?: string;
    readonly settings?: TandemSettingsUpdate;
}

export type ComparedAgreements =
    | {
        readonly kind: 'page';
        /** The new version's contract. */
        readonly contract: string;
        /** The "what changed in your agreement" page: a whole HTML document from @tandem/render. */
        readonly html: string;
        readonly diff: ContractDiff;
        readonly locale: string;
    }
    | {
        /** One version has errors: there is nothing to compare until they are fixed (as `tandem diff`). */
        readonly kind: 'errors';
        readonly version: 'old' | 'new';
        readonly contract: string;
        readonly errors: readonly AgreementProblem[];
    };

/**
 * Compares the effective contracts of two versions (@tandem/export's `diffContracts`) and writes
 * the page of changes in HTML. Throws `NoContractError` (./local-agreements.ts) when a version
 * has no such contract.
 */
export async function compareAgreementVersions(before: AgreementVersion, after: AgreementVersion, options: CompareOptions = {}): Promise<ComparedAgreements> {
    const newFile = await checkAgreementFile(after.path, after.text, options.settings);
    const newContract = newFile.select(options.contract);
    const oldFile = await checkAgreementFile(before.path, before.text, options.settings);
    // A contract renamed between the versions is still the same one when each file has only it.
    const oldName = options.contract === undefined && oldFile.contracts.length === 1 ? undefined : newContract.contract;
    if (oldName !== undefined && !oldFile.contracts.includes(oldName)) {
        throw new NoContractError(`The older version has no contract ${oldName}${oldFile.contracts.length > 0 ? ` (it has ${oldFile.contracts.join(', ')})` : ''}.`);
    }
    const oldContract = oldFile.select(oldName);
    for (const [version, contract] of [['old', oldContract], ['new', newContract]] as const) {
        if (contract.errors.length > 0) {
            return { kind: 'errors', version, contract: contract.contract, errors: contract.errors };
        }
    }
    const oldEffective = oldContract.effective();
    const newEffective = newContract.effective();
    const oldData = contractData(oldEffective);
    const newData = contractData(newEffective);
    const diff = diffContracts(oldData, newData);
    const locale = agreementLocale(newEffective, { locale: options.locale });
    const page = buildChangesAgreement(diff, oldData, newData, loadLocale(locale));
    const html = Buffer.from(await renderAgreement(page, { format: 'html' })).toString('utf8');
    return { kind: 'page', contract: newContract.contract, html, diff, locale };
}
