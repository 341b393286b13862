/**
 * `tandem export <file> [--contract NAME] --format fhir|json [--out PATH]` (LANGUAGE.md 0.2):
 * the effective contract as a FHIR R4 collection bundle, or as JSON following
 * docs/schema/tandem-contract.schema.json (@tandem/export). A contract with errors is refused
 * (its diagnostics printed, exit 1).
 */
import { contractData, writeContractJson, writeFhirBundle } from '@tandem/export';
import { availableLocales } from '@tandem/render';
import { ExitStatus } from '../cli-error.js';
import { openCommandContract, printDiagnostics, refuseDraft, refuseFolder, writeOutput } from './command-contract.js';

export const EXPORT_FORMATS = ['fhir', 'json'] as const;
export type ExportFormat = typeof EXPORT_FORMATS[number];

export interface ExportCommandOptions {
    readonly contract?: string;
    readonly format: ExportFormat;
    readonly out?: string;
}

export async function runExport(file: string, options: ExportCommandOptions): Promise<ExitStatus> {
    await refuseFolder(options.out);
    const opened = await openCommandContract(file, options.contract, availableLocales(), 'export');
    printDiagnostics(opened);
    if (refuseDraft(opened, 'it was not exported')) {
        return ExitStatus.Errors;
    }
    const contract = opened.effective();
    const text = options.format === 'fhir' ? writeFhirBundle(contractData(contract)) : writeContractJson(contract);
    await writeOutput(text, options.out);
    return ExitStatus.Ok;
}
