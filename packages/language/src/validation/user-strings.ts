/**
 * The user-written strings of a contract or template, with where they are: what the wording
 * and placeholder rules read. `prose` marks the strings LANGUAGE.md holds to the reading level
 * (goals, tasks, measures, shares, boundaries, conditions and referrals).
 */
import type { AstNode, CstNode, LangiumDocument } from 'langium';
import type { Agreement } from '../ast-utils.js';
import { indexAgreement } from './agreement-index.js';

export interface UserString {
    readonly node: AstNode;
    readonly property: string;
    readonly value: string;
    /** The STRING token, quotes included. */
    readonly cst: CstNode;
    readonly prose: boolean;
}

export const STRING_PROPERTIES: Readonly<Record<string, ReadonlyArray<readonly [property: string, prose: boolean]>>> = {
    Contract: [['title', false]],
    Template: [['title', false]],
    Param: [['description', false]],
    TextValue: [['text', false]],
    Agency: [['name', false]],
    Party: [['fullName', false], ['title', false], ['contact', false], ['speaks', false]],
    Frequency: [['text', false]],
    Place: [['text', false]],
    Goal: [['title', true], ['measure', true]],
    Task: [['title', true]],
    Share: [['information', true], ['recipient', false], ['purpose', true]],
    Limit: [['text', false]],
    BoundaryItem: [['text', true]],
    Condition: [['text', true]],
    Termination: [['referral', true]],
    Revision: [['description', false]]
};

/** Every user-written string of a contract or template, in document order. */
export function userStrings(agreement: Agreement): readonly UserString[] {
    return indexAgreement(agreement).strings;
}

/** The text between a STRING token's quotes, as written (escapes unresolved), and its offset in the document. */
export function stringBody(userString: UserString): { text: string; offset: number } {
    const raw = userString.cst.text;
    const closed = raw.length >= 2 && raw.endsWith('"');
    return { text: raw.slice(1, closed ? -1 : undefined), offset: userString.cst.offset + 1 };
}

/** The document range of `length` characters at `offset` into a string's body. */
export function rangeInString(document: LangiumDocument, userString: UserString, offset: number, length: number) {
    const body = stringBody(userString);
    return {
        start: document.textDocument.positionAt(body.offset + offset),
        end: document.textDocument.positionAt(body.offset + offset + length)
    };
}
