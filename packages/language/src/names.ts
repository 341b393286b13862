/**
 * What a Tandem name is: the grammar's `ID` terminal, whole. The one test for it, used by rename
 * and by the editor's New Contract from Template (whatever else refuses a name — a keyword, a
 * clash — is the caller's to check).
 */
import { TandemTerminals } from './generated/ast.js';

/** `^ID$`: letters, digits and `_`, not starting with a digit. */
export const NAME_PATTERN = new RegExp(`^(?:${TandemTerminals.ID.source})$`);

export function isTandemName(text: string): boolean {
    return NAME_PATTERN.test(text);
}
