/**
 * One contract or template of a built document, with exactly the diagnostics that concern it,
 * and the one rule that decides whether its agreement is a draft. Pure (no file system, no
 * editor code): `openAgreement` of `@tandem/language/node` loads and builds a file and then
 * calls `selectAgreement`; the language server's preview calls it on the document it has.
 *
 * The diagnostics that concern an agreement (docs/decisions.md, "Which errors block `render`"):
 * - those inside it (for a contract, its template's effective problems are placed there),
 * - those outside every contract and template of its file (imports),
 * - every syntax error of its file (a syntax error anywhere can cut any declaration short),
 * - for a contract `from` a template: the template's errors (its declaration problems reach
 *   every contract from it) and the syntax errors of the template's file; not its warnings.
 * Another contract's or template's problems never do.
 *
 * A draft is an agreement with at least one error among those diagnostics: `isDraft`.
 */
import type { LangiumDocument } from 'langium';
import type { Diagnostic, Position, Range } from 'vscode-languageserver-types';
import type { Agreement } from '../ast-utils.js';
import type { Contract, Model, Template } from '../generated/ast.js';
import { isContract, isTemplate } from '../generated/ast.js';
import { buildEffectiveContract } from '../model/effective-contract-builder.js';
import type { EffectiveContract } from '../model/effective-contract.js';

export type AgreementKind = 'contract' | 'template';

/** A diagnostic with the document it is in (a contract's template may be in another file). */
export interface AgreementDiagnostic {
    /** The URI of the document, as a string. */
    readonly uri: string;
    readonly diagnostic: Diagnostic;
}

export interface AgreementRequest {
    /** What to pick; default `contract`. */
    readonly kind?: AgreementKind;
    /** The name to pick; when absent, see `unnamed`. */
    readonly name?: string;
    /**
     * Without a name: `first` takes the file's first contract or template (the preview, Export);
     * `only` takes it only when it is the only one, else names them (`tandem render`). Default `first`.
     */
    readonly unnamed?: 'first' | 'only';
    /** How the file is named in messages; default the document's path. */
    readonly file?: string;
}

interface SelectedBase {
    readonly document: LangiumDocument<Model>;
    /** Every diagnostic that concerns the agreement: its document's first, each file's by position. */
    readonly diagnostics: readonly AgreementDiagnostic[];
    readonly errors: readonly AgreementDiagnostic[];
    readonly warnings: readonly AgreementDiagnostic[];
    /** `isDraft(diagnostics)`: rendered, the agreement is marked DRAFT. */
    readonly draft: boolean;
}

export interface SelectedContract extends SelectedBase {
    readonly kind: 'contract';
    readonly contract: Contract;
    /** The template the contract is `from`, when it resolves. */
    readonly template?: Template;
    /** The contract merged with its template, built on first use. */
    effective(): EffectiveContract;
}

export interface SelectedTemplate extends SelectedBase {
    readonly kind: 'template';
    readonly template: Template;
}

export type SelectedAgreement = SelectedContract | SelectedTemplate;

/** Why no agreement could be picked. */
export type AgreementNotFoundReason =
    /** the file declares no contract (or template) */
    | 'none'
    /** a name was given and nothing of the kind has it */
    | 'unknown'
    /** no name was given and `unnamed: 'only'` found several */
    | 'ambiguous';

/**
 * No agreement to pick. The message names what the file has, and, when the file has syntax
 * errors, the first of them as `file:line:column` (a misspelt `contract` keyword is why a file
 * "has no contract").
 */
export class AgreementNotFoundError extends Error {
    constructor(
        readonly reason: AgreementNotFoundReason,
        readonly kind: AgreementKind,
        readonly file: string,
        /** The names of the file's contracts (or templates), in order. */
        readonly names: readonly string[],
        /** The file's syntax errors. */
        readonly syntaxErrors: readonly AgreementDiagnostic[],
        /** The name asked for, if any. */
        readonly requested?: string
    ) {
        const note = syntaxNote(file, syntaxErrors);
        super(notFoundMessage(reason, kind, file, names, requested) + note);
        this.name = 'AgreementNotFoundError';
        this.note = note;
    }

    /**
     * "; the file has a syntax error: FILE:LINE:COLUMN: message", or empty: for a shell that words
     * the rest of the message its own way.
     */
    readonly note: string;
}

/** Picks the agreement asked for and gathers its diagnostics; throws `AgreementNotFoundError`. */
export function selectAgreement(document: LangiumDocument<Model>, request: AgreementRequest & { kind: 'template' }): SelectedTemplate;
export function selectAgreement(document: LangiumDocument<Model>, request?: AgreementRequest & { kind?: 'contract' }): SelectedContract;
export function selectAgreement(document: LangiumDocument<Model>, request?: AgreementRequest): SelectedAgreement;
export function selectAgreement(document: LangiumDocument<Model>, request: AgreementRequest = {}): SelectedAgreement {
    const kind = request.kind ?? 'contract';
    const agreement = chooseAgreement(document, request);
    const diagnostics = diagnosticsOfAgreement(agreement);
    const base = {
        document,
        diagnostics,
        errors: diagnostics.filter(isError),
        warnings: diagnostics.filter(entry => entry.diagnostic.severity === 2),
        draft: isDraft(diagnostics)
    };
    if (kind === 'template') {
        return { ...base, kind, template: agreement as Template };
    }
    const contract = agreement as Contract;
    let effective: EffectiveContract | undefined;
    return {
        ...base,
        kind,
        contract,
        template: contract.template?.ref,
        effective: () => (effective ??= buildEffectiveContract(contract))
    };
}

/** The one rule: an agreement is a draft when an error concerns it. */
export function isDraft(diagnostics: readonly AgreementDiagnostic[]): boolean {
    return diagnostics.some(isError);
}

function isError(entry: AgreementDiagnostic): boolean {
    return (entry.diagnostic.severity ?? 1) === 1;
}

/** The contract (or template) of the document that the request names. */
export function chooseAgreement(document: LangiumDocument<Model>, request: AgreementRequest = {}): Agreement {
    const kind = request.kind ?? 'contract';
    const file = request.file ?? document.uri.path;
    const declarations = document.parseResult.value?.declarations ?? [];
    const candidates: Agreement[] = kind === 'template' ? declarations.filter(isTemplate) : declarations.filter(isContract);
    const names = candidates.map(candidate => candidate.name);
    const notFound = (reason: AgreementNotFoundReason) =>
        new AgreementNotFoundError(reason, kind, file, names, syntaxErrorsOf(document), request.name);
    if (request.name !== undefined) {
        const found = candidates.find(candidate => candidate.name === request.name);
        if (!found) {
            throw notFound('unknown');
        }
        return found;
    }
    if (candidates.length === 0) {
        throw notFound('none');
    }
    if (candidates.length > 1 && request.unnamed === 'only') {
        throw notFound('ambiguous');
    }
    return candidates[0];
}

/** The diagnostics that concern a contract or template (see the header), sorted. */
export function diagnosticsOfAgreement(agreement: Agreement): AgreementDiagnostic[] {
    const document = agreement.$container.$document as LangiumDocument<Model> | undefined;
    if (!document) {
        return [];
    }
    const found = ownDiagnostics(agreement, document, () => true);
    if (isContract(agreement)) {
        const template = agreement.template?.ref;
        const templateDocument = template?.$container.$document as LangiumDocument<Model> | undefined;
        if (template && templateDocument) {
            const reaching = ownDiagnostics(template, templateDocument, diagnostic => (diagnostic.severity ?? 1) === 1, false);
            const seen = new Set(found.map(entry => entry.diagnostic));
            found.push(...reaching.filter(entry => !seen.has(entry.diagnostic)));
        }
    }
    const main = document.uri.toString();
    return found.sort((a, b) =>
        Number(b.uri === main) - Number(a.uri === main)
        || (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0)
        || comparePositions(a.diagnostic.range.start, b.diagnostic.range.start));
}

/**
 * Diagnostics of the document inside the agreement, syntax errors, and (with `outside`) those
 * outside every declaration; `keep` filters those inside.
 */
function ownDiagnostics(agreement: Agreement, document: LangiumDocument<Model>, keep: (diagnostic: Diagnostic) => boolean, outside = true): AgreementDiagnostic[] {
    const uri = document.uri.toString();
    const ranges = (document.parseResult.value?.declarations ?? [])
        .map(declaration => ({ declaration, range: declaration.$cstNode?.range }))
        .filter((entry): entry is { declaration: Agreement; range: Range } => entry.range !== undefined);
    const result: AgreementDiagnostic[] = [];
    for (const diagnostic of document.diagnostics ?? []) {
        if (diagnostic.code === 'syntax') {
            result.push({ uri, diagnostic });
            continue;
        }
        const owner = ranges.find(({ range }) => contains(range, diagnostic.range.start));
        if (owner ? owner.declaration === agreement && keep(diagnostic) : outside) {
            result.push({ uri, diagnostic });
        }
    }
    return result;
}

function syntaxErrorsOf(document: LangiumDocument): AgreementDiagnostic[] {
    const uri = document.uri.toString();
    return (document.diagnostics ?? [])
        .filter(diagnostic => diagnostic.code === 'syntax')
        .map(diagnostic => ({ uri, diagnostic }));
}

function contains(range: Range, position: Position): boolean {
    return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}

function comparePositions(a: Position, b: Position): number {
    return a.line - b.line || a.character - b.character;
}

function notFoundMessage(reason: AgreementNotFoundReason, kind: AgreementKind, file: string, names: readonly string[], name?: string): string {
    const plural = kind === 'contract' ? 'contracts' : 'templates';
    switch (reason) {
        case 'unknown':
            return names.length > 0
                ? `no ${kind} named ${name} in ${file}; its ${plural}: ${names.join(', ')}`
                : `no ${kind} named ${name} in ${file}: it has no ${plural}`;
        case 'none':
            return kind === 'contract'
                ? `${file} has no contract (a template is used through a contract from it)`
                : `${file} has no templates`;
        case 'ambiguous':
            return `${file} has ${names.length} ${plural}: choose one by name (${names.join(', ')})`;
    }
}

/** " — the file has a syntax error: FILE:LINE:COLUMN: message", or nothing. */
function syntaxNote(file: string, syntaxErrors: readonly AgreementDiagnostic[]): string {
    const first = syntaxErrors[0]?.diagnostic;
    if (!first) {
        return '';
    }
    const more = syntaxErrors.length > 1 ? ` (and ${syntaxErrors.length - 1} more)` : '';
    return `; the file has a syntax error: ${file}:${first.range.start.line + 1}:${first.range.start.character + 1}: ${first.message}${more}`;
}
