/**
 * The user-written strings of a contract or template, with where they are: what the wording
 * and placeholder rules read. `prose` marks the strings LANGUAGE.md holds to the reading level
 * (goals, tasks, measures, shares, boundaries, conditions, referrals, and in 0.2 `purpose` and
 * every `consent` line).
 */
import type { AstNode, CstNode, LangiumDocument } from 'langium';
import type { Agreement } from '../ast-utils.js';
import { findPropertyNode } from '../cst-utils.js';
import { indexAgreement } from './agreement-index.js';

/**
 * A user-written string. Rules read its `value` (escapes resolved); its token is looked up only
 * when a problem in it is reported.
 */
export class UserString {
    private token: CstNode | undefined | null = null;

    constructor(
        readonly node: AstNode,
        readonly property: string,
        readonly value: string,
        readonly prose: boolean
    ) { }

    /** The STRING token, quotes included. */
    get cst(): CstNode | undefined {
        if (this.token === null) {
            this.token = findPropertyNode(this.node.$cstNode, this.property);
        }
        return this.token;
    }
}

export const STRING_PROPERTIES: Readonly<Record<string, ReadonlyArray<readonly [property: string, prose: boolean]>>> = {
    Contract: [['title', false]],
    Template: [['title', false]],
    Param: [['description', false]],
    TextValue: [['text', false]],
    Agency: [['name', false]],
    AgencyDetail: [['text', false]],
    Purpose: [['text', true]],
    Channel: [['text', false]],
    ConsentItem: [['text', true], ['requires', true]],
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

/**
 * The document range of `length` characters at `offset` into a string's value. Offsets into the
 * value are mapped back to the text as written, where `\"` and `\\` take two characters.
 */
export function rangeInString(document: LangiumDocument, userString: UserString, offset: number, length: number) {
    const cst = userString.cst;
    if (!cst) {
        return userString.node.$cstNode?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    }
    const raw = cst.text;
    const bodyOffset = cst.offset + 1;
    return {
        start: document.textDocument.positionAt(bodyOffset + rawOffset(raw, offset)),
        end: document.textDocument.positionAt(bodyOffset + rawOffset(raw, offset + length))
    };
}

/** The offset in a STRING token's body (after the opening quote) of the value's `valueOffset`-th character. */
function rawOffset(token: string, valueOffset: number): number {
    if (!token.includes('\\')) {
        return valueOffset;
    }
    let raw = 1;
    for (let value = 0; value < valueOffset && raw < token.length; value++) {
        raw += token[raw] === '\\' && (token[raw + 1] === '"' || token[raw + 1] === '\\') ? 2 : 1;
    }
    return raw - 1;
}
