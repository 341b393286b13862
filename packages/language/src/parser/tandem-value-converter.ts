/**
 * Converts terminal text to values: strings lose their quotes and their two escapes (`\"` and
 * `\\`; any other backslash stands for itself, so `"C:\temp"` keeps its backslash).
 */
import type { CstNode, GrammarAST, ValueType } from 'langium';
import { DefaultValueConverter } from 'langium';

export class TandemValueConverter extends DefaultValueConverter {

    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        switch (rule.name) {
            case 'STRING':
                return unescapeString(input);
            case 'DATE':
            case 'TIME':
                return input;
            case 'NUMBER':
                return Number(input);
            default:
                return super.runConverter(rule, input, cstNode);
        }
    }
}

/** The value of a STRING token's text (with its quotes). */
export function unescapeString(tokenText: string): string {
    const body = tokenText.length >= 2 && tokenText.endsWith('"') ? tokenText.slice(1, -1) : tokenText.slice(1);
    return body.includes('\\') ? body.replace(/\\(["\\])/g, '$1') : body;
}
