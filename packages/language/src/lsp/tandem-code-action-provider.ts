/**
 * Quick fixes for Tandem's diagnostics: which fix answers which code. The fixes live in
 * ./quick-fixes, one file per family; each edits the text in the canonical layout
 * (docs/formatting.md), and for a contract `from` a template inserts into the contract.
 */
import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command } from 'vscode-languageserver';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { Model } from '../generated/ast.js';
import { addPurpose, addReleaseExpiry, completeConsent, completeContacts, fixMeetingDays } from './quick-fixes/consent-fixes.js';
import { addMissingBindings, addTaskOwner, fixBindingWithoutTemplate, removeDuplicateBinding } from './quick-fixes/declaration-fixes.js';
import { QuickFixContext } from './quick-fixes/quick-fix-context.js';
import { addClientSigners, addConfidentiality, addSignatures, addStandardLimits, addTermination, addWorkerSigners } from './quick-fixes/section-fixes.js';
import { replaceJudgmentalTerm, replaceLocale, suggestNames } from './quick-fixes/wording-fixes.js';
import type { TandemLspServices } from './tandem-lsp-module.js';

export type QuickFix = (context: QuickFixContext) => CodeAction[];

/** The quick fixes of each code that has some. */
export const QUICK_FIXES: Partial<Record<DiagnosticCode, QuickFix>> = {
    'missing-termination': addTermination,
    'missing-confidentiality': addConfidentiality,
    'no-limits': addStandardLimits,
    'missing-signatures': addSignatures,
    'client-not-signing': addClientSigners,
    'worker-not-signing': addWorkerSigners,
    'task-without-owner': addTaskOwner,
    'missing-binding': addMissingBindings,
    'binding-without-template': fixBindingWithoutTemplate,
    'duplicate-binding': removeDuplicateBinding,
    'unknown-locale': replaceLocale,
    'unresolved-reference': suggestNames,
    'judgmental-language': replaceJudgmentalTerm,
    'missing-purpose': addPurpose,
    'incomplete-consent': completeConsent,
    'missing-contacts': completeContacts,
    'release-without-expiry': addReleaseExpiry,
    'meeting-days-mismatch': fixMeetingDays
};

export class TandemCodeActionProvider implements CodeActionProvider {
    constructor(protected readonly services: TandemLspServices) { }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction> | undefined> {
        // Several diagnostics can have the same fix (`missing-binding`, one per parameter, binds them
        // all): it is offered once, for all of them.
        const actions = new Map<string, CodeAction>();
        for (const diagnostic of params.context.diagnostics) {
            const code = diagnostic.code ?? (diagnostic.data as { code?: unknown } | undefined)?.code;
            const fix = typeof code === 'string' ? QUICK_FIXES[code as DiagnosticCode] : undefined;
            if (!fix) {
                continue;
            }
            for (const action of fix(new QuickFixContext(this.services, document as LangiumDocument<Model>, diagnostic))) {
                const key = JSON.stringify([action.title, action.edit]);
                const same = actions.get(key);
                if (same) {
                    same.diagnostics = [...(same.diagnostics ?? []), ...(action.diagnostics ?? [])];
                } else {
                    actions.set(key, action);
                }
            }
        }
        return [...actions.values()];
    }
}
