/**
 * The agreement model: the readable agreement as plain data, every sentence already written in
 * the chosen locale, every date formatted and every name resolved. Built from an effective
 * contract by ./agreement-builder.ts; the writers (../writers/) read only this model, never the
 * AST or the effective contract, so each format lays out exactly the same words.
 */

/** Where a piece of the agreement was written (1-based line and column), for editor previews. */
export interface SourcePosition {
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    /** Written in the contract itself or in the template it is `from`. */
    readonly origin: 'contract' | 'template';
}

export interface AgreementParagraph {
    readonly kind: 'paragraph';
    readonly text: string;
    readonly source?: SourcePosition;
}

export interface AgreementListItem {
    /** The item's text; a blank line in user-written text starts a new paragraph. */
    readonly paragraphs: readonly string[];
    /** Details under the item (a goal's measure and target date), one line each. */
    readonly details: readonly string[];
    readonly source?: SourcePosition;
}

export interface AgreementList {
    readonly kind: 'list';
    readonly ordered: boolean;
    readonly items: readonly AgreementListItem[];
}

/** A heading inside a section, e.g. "What you will do". */
export interface AgreementSubheading {
    readonly kind: 'subheading';
    readonly text: string;
}

export interface AgreementSigner {
    readonly name: string;
    readonly role: string;
    /** What the signer attests beyond the agreement itself (an interpreter's interpretation). */
    readonly attestation?: string;
    readonly source?: SourcePosition;
}

/** The signature lines: one per signer, each kept on one page. */
export interface AgreementSignatures {
    readonly kind: 'signatures';
    readonly signers: readonly AgreementSigner[];
}

export type AgreementBlock = AgreementParagraph | AgreementList | AgreementSubheading | AgreementSignatures;

export type SectionId =
    | 'purpose' | 'parties' | 'period' | 'contact' | 'goals' | 'tasks' | 'privacy' | 'boundaries' | 'expect' | 'ending' | 'rights'
    | 'changes' | 'signatures' | 'permission'
    /** The sections of a "what changed in your agreement" page (`tandem diff`), one per section that changed. */
    | `changes-${string}`;

export interface AgreementSection {
    readonly id: SectionId;
    readonly heading: string;
    readonly blocks: readonly AgreementBlock[];
    readonly source?: SourcePosition;
}

export interface Agreement {
    /** The locale the agreement is written in (the `lang` of HTML, PDF and DOCX). */
    readonly locale: string;
    readonly title: string;
    readonly agency?: string;
    /** (0.2) How to reach the agency, one line each (phone, address, hours), under its name. */
    readonly agencyDetails: readonly string[];
    /** The opening paragraph under the title. */
    readonly intro: string;
    /** Present when the agreement is a draft: the mark on every page and the notice at the top. */
    readonly draft?: { readonly label: string; readonly notice: string };
    readonly sections: readonly AgreementSection[];
    /**
     * (0.2) One permission to share information per release, after the agreement: each starts a
     * new page in pdf and docx (and a new printed page in html) and has its own signature lines.
     */
    readonly permissions: readonly AgreementSection[];
    /** Page furniture of paged formats. */
    readonly footer: {
        /** e.g. "Version 2": the last `revision` number, 1 when there is none. */
        readonly version: string;
        /** The clients' names (empty when there is none), so that a loose page says whose agreement it is. */
        readonly client: string;
        /** The page number with `{page}` and `{pages}` left to fill, e.g. "Page {page} of {pages}". */
        readonly pageOf: string;
    };
    /** Labels of the signature lines. */
    readonly signatureLabels: { readonly name: string; readonly role: string; readonly signature: string; readonly date: string };
}

/** Fills `{page}` and `{pages}` of a footer's page number. */
export function pageLabel(agreement: Agreement, page: number, pages: number): string {
    return agreement.footer.pageOf.replace('{page}', String(page)).replace('{pages}', String(pages));
}

/** The footer of paged formats without the page number: the agreement, the client's name and the version. */
export function footerText(agreement: Agreement): string {
    return [agreement.title, agreement.footer.client, agreement.footer.version].filter(part => part.length > 0).join(' · ');
}

/** The footer line of paged formats: the agreement, the client's name, the version and the page number. */
export function footerLine(agreement: Agreement, page: number, pages: number): string {
    return `${footerText(agreement)} · ${pageLabel(agreement, page, pages)}`;
}
