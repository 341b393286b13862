/**
 * The one table of Tandem's diagnostic codes (LANGUAGE.md, "Validation rules").
 *
 * Codes and severities are stable: tools and users rely on them. This table feeds the
 * validators (severity), the CLI (summary), the language server (code descriptions) and
 * `docs/rules/` (scripts/rule-docs.mjs regenerates each page's header and the index from it;
 * a test checks they agree).
 */

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/**
 * Where a rule runs:
 * - `syntax`: the parser;
 * - `declaration`: on what a contract or template declares, templates included;
 * - `effective`: on each effective contract (a contract merged with its template), not on templates.
 */
export type RuleScope = 'syntax' | 'declaration' | 'effective';

export interface DiagnosticCodeInfo {
    readonly severity: Severity;
    readonly scope: RuleScope;
    /** One line: when the rule fires (the wording of LANGUAGE.md's table). */
    readonly summary: string;
}

export const DIAGNOSTIC_CODES = {
    'syntax': { severity: 'error', scope: 'syntax', summary: 'the text does not parse' },
    'unresolved-reference': { severity: 'error', scope: 'declaration', summary: 'a reference names nothing in scope' },
    'unresolved-import': { severity: 'error', scope: 'declaration', summary: 'an import path does not exist' },
    'duplicate-name': { severity: 'error', scope: 'declaration', summary: 'two parties/goals/tasks/parameters share a name in one contract or template' },
    'duplicate-section': { severity: 'error', scope: 'declaration', summary: 'a section allowed once appears twice' },
    'invalid-date': { severity: 'error', scope: 'declaration', summary: 'a date that does not exist' },
    'invalid-time': { severity: 'error', scope: 'declaration', summary: 'a time that does not exist (`24:00`, `10:75`)' },
    'unknown-locale': { severity: 'error', scope: 'declaration', summary: '`locale` names a locale that is not supported' },
    'no-client': { severity: 'error', scope: 'effective', summary: 'no `client` party' },
    'no-worker': { severity: 'error', scope: 'effective', summary: 'no `worker` party' },
    'missing-duration': { severity: 'error', scope: 'effective', summary: 'no `duration` section' },
    'end-before-start': { severity: 'error', scope: 'effective', summary: 'the period ends on or before it starts' },
    'zero-quantity': { severity: 'error', scope: 'effective', summary: 'a count or length of 0 (`for 0 weeks`, `for 0 sessions`, `every 0 weeks`, `for 0 minutes`, `notice 0 weeks`)' },
    'no-goals': { severity: 'error', scope: 'effective', summary: 'no goal' },
    'task-without-owner': { severity: 'error', scope: 'declaration', summary: 'a task with no `owner`' },
    'missing-confidentiality': { severity: 'error', scope: 'effective', summary: 'no `confidentiality` section' },
    'missing-signatures': { severity: 'error', scope: 'effective', summary: 'no `sign` line' },
    'client-not-signing': { severity: 'error', scope: 'effective', summary: 'neither a client nor a guardian is among the signers' },
    'revision-order': { severity: 'error', scope: 'effective', summary: 'revision numbers do not increase, or their dates go back in time' },
    'unknown-placeholder': { severity: 'error', scope: 'declaration', summary: '`{{x}}` where x is not a parameter in scope' },
    'missing-binding': { severity: 'error', scope: 'effective', summary: 'a parameter without default is not bound' },
    'param-type-mismatch': { severity: 'error', scope: 'declaration', summary: 'a value or reference of the wrong type for a parameter' },
    'binding-without-template': { severity: 'error', scope: 'declaration', summary: 'a binding in a contract with no `from`' },
    'duplicate-binding': { severity: 'error', scope: 'declaration', summary: 'a parameter bound twice' },
    'no-limits': { severity: 'warning', scope: 'effective', summary: 'a `confidentiality` section has no `limit` (clients must hear the limits of confidentiality)' },
    'share-without-purpose': { severity: 'warning', scope: 'declaration', summary: 'a `share` with no `for` purpose' },
    'unmeasurable-goal': { severity: 'warning', scope: 'declaration', summary: 'a goal with no `measure`' },
    'goal-without-tasks': { severity: 'warning', scope: 'effective', summary: 'no task is `for` this goal' },
    'task-without-goal': { severity: 'warning', scope: 'declaration', summary: 'a task `for` no goal' },
    'client-without-tasks': { severity: 'warning', scope: 'effective', summary: 'no task is owned by a client (the client is a partner, not a spectator)' },
    'worker-without-tasks': { severity: 'warning', scope: 'effective', summary: 'no task is owned by a worker' },
    'date-outside-period': { severity: 'warning', scope: 'effective', summary: "a goal's `by`, task's `due`, `review on` or `revision on` date falls outside the period (a release's `until` may outlast it)" },
    'due-after-goal': { severity: 'warning', scope: 'effective', summary: 'a task is due after the target date of a goal it is for' },
    'sessions-exceed-period': { severity: 'warning', scope: 'effective', summary: 'more sessions than the frequency fits into the period' },
    'missing-termination': { severity: 'warning', scope: 'effective', summary: 'no `termination` section' },
    'worker-not-signing': { severity: 'warning', scope: 'effective', summary: 'no worker among the signers' },
    'unused-param': { severity: 'warning', scope: 'declaration', summary: 'a template parameter that is never used' },
    'missing-purpose': { severity: 'warning', scope: 'effective', summary: 'no `purpose`: the client must hear why the service is offered' },
    'incomplete-consent': { severity: 'warning', scope: 'effective', summary: 'no `consent` section, or one without `risks`, `alternatives` or `cost`; the message names each one missing' },
    'missing-contacts': { severity: 'warning', scope: 'effective', summary: 'no `agency`, or an agency without `phone`, `crisis` or `complaints`; the message names each one missing' },
    'release-without-expiry': { severity: 'warning', scope: 'declaration', summary: 'a release (a share outside the agency\'s team) with no `until`: a permission to share must say when it ends' },
    'meeting-days-mismatch': { severity: 'warning', scope: 'declaration', summary: 'the number of different days after `on` does not fit the frequency: `twice-weekly` needs 2, `weekly`, `fortnightly` and `monthly` need 1' },
    'judgmental-language': { severity: 'warning', scope: 'declaration', summary: 'user-written text uses a stigmatising or judgmental term; the message suggests neutral, person-first wording' },
    'reading-level': { severity: 'info', scope: 'declaration', summary: 'a sentence of at least 5 words in a goal, task, measure, share, boundary, condition, referral, `purpose` or `consent` line reads above the target: Flesch–Kincaid grade above 8 (by default) for `en`, INFLESZ below 55 (by default) for `es`' },
    'long-period': { severity: 'info', scope: 'effective', summary: 'the period is longer than 12 months' },
} as const satisfies Record<string, DiagnosticCodeInfo>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export const ALL_DIAGNOSTIC_CODES = Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[];

export function isDiagnosticCode(code: unknown): code is DiagnosticCode {
    return typeof code === 'string' && Object.prototype.hasOwnProperty.call(DIAGNOSTIC_CODES, code);
}

export function severityOf(code: DiagnosticCode): Severity {
    return DIAGNOSTIC_CODES[code].severity;
}
