/**
 * `tandem calendar <file> [--contract NAME] [--out PATH]` (LANGUAGE.md 0.2): the contract's
 * meetings, reviews and dates as an iCalendar file (@tandem/export), titles in the contract's
 * locale. A contract with errors is refused (its diagnostics printed, exit 1).
 */
import { contractData, writeICalendar } from '@tandem/export';
import { agreementLocale, availableLocales, loadLocale } from '@tandem/render';
import { ExitStatus } from '../cli-error.js';
import { openCommandContract, printDiagnostics, refuseDraft, refuseFolder, writeOutput } from './command-contract.js';

export interface CalendarCommandOptions {
    readonly contract?: string;
    readonly out?: string;
}

export async function runCalendar(file: string, options: CalendarCommandOptions): Promise<ExitStatus> {
    await refuseFolder(options.out);
    const opened = await openCommandContract(file, options.contract, availableLocales(), 'put in a calendar');
    printDiagnostics(opened);
    if (refuseDraft(opened, 'no calendar was written')) {
        return ExitStatus.Errors;
    }
    const contract = opened.effective();
    await writeOutput(writeICalendar(contractData(contract), loadLocale(agreementLocale(contract))), options.out);
    return ExitStatus.Ok;
}
