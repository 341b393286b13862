/**
 * Selection ranges (expand selection): from the word at the cursor out through each enclosing
 * syntax node — the line, the section, the agreement, the file.
 */
import type { CstNode, LangiumDocument } from 'langium';
import { CstUtils } from 'langium';
import type { Position, Range, SelectionRange } from 'vscode-languageserver';

export class TandemSelectionRangeProvider {

    getSelectionRanges(document: LangiumDocument, positions: readonly Position[]): SelectionRange[] {
        return positions.map(position => this.selectionRange(document, position));
    }

    private selectionRange(document: LangiumDocument, position: Position): SelectionRange {
        const root = document.parseResult.value.$cstNode;
        const offset = document.textDocument.offsetAt(position);
        const ranges: Range[] = [];
        let node: CstNode | undefined = root ? CstUtils.findLeafNodeAtOffset(root, offset) : undefined;
        while (node) {
            const last = ranges[ranges.length - 1];
            if (!last || !sameRange(last, node.range)) {
                ranges.push(node.range);
            }
            node = node.container;
        }
        if (ranges.length === 0) {
            return { range: { start: position, end: position } };
        }
        let selection: SelectionRange | undefined;
        for (let i = ranges.length - 1; i >= 0; i--) {
            selection = { range: ranges[i], parent: selection };
        }
        return selection!;
    }
}

function sameRange(a: Range, b: Range): boolean {
    return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
