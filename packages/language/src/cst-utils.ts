/**
 * Finding the text of an AST node's property, fast. Langium's `findNodeForProperty` collects
 * every match before it picks one; the validators and the effective contract ask for a property
 * of every string and date, so this version stops at the one asked for and remembers which
 * grammar assignment each grammar element belongs to.
 */
import type { AstNode, CstNode, GrammarAST } from 'langium';
import { isCompositeCstNode } from 'langium';

const featureOfElement = new Map<GrammarAST.AbstractElement, string | null>();

function featureOf(element: GrammarAST.AbstractElement | undefined): string | undefined {
    if (!element) {
        return undefined;
    }
    let feature = featureOfElement.get(element);
    if (feature === undefined) {
        let current: AstNode | undefined = element;
        while (current && current.$type !== 'Assignment') {
            current = current.$container;
        }
        feature = current ? (current as GrammarAST.Assignment).feature : null;
        featureOfElement.set(element, feature);
    }
    return feature ?? undefined;
}

/** The CST node of the `index`-th value of `property` of the AST node whose CST node is `node`. */
export function findPropertyNode(node: CstNode | undefined, property: string, index = 0): CstNode | undefined {
    if (!node || !isCompositeCstNode(node)) {
        return undefined;
    }
    const state = { remaining: index, last: undefined as CstNode | undefined };
    return search(node, property, node.astNode, state) ?? state.last;
}

function search(node: CstNode, property: string, element: AstNode, state: { remaining: number; last: CstNode | undefined }): CstNode | undefined {
    if (!isCompositeCstNode(node)) {
        return undefined;
    }
    for (const child of node.content) {
        if (featureOf(child.grammarSource) === property) {
            if (state.remaining === 0) {
                return child;
            }
            state.remaining--;
            state.last = child;
        } else if (isCompositeCstNode(child) && child.astNode === element) {
            const found = search(child, property, element, state);
            if (found) {
                return found;
            }
        }
    }
    return undefined;
}

/** The CST node of the first keyword `keyword` that belongs to the AST node itself. */
export function findKeywordNode(node: CstNode | undefined, keyword: string): CstNode | undefined {
    if (!node || !isCompositeCstNode(node)) {
        return undefined;
    }
    for (const child of node.content) {
        const source = child.grammarSource;
        if (source && source.$type === 'Keyword' && (source as GrammarAST.Keyword).value === keyword) {
            return child;
        }
        if (isCompositeCstNode(child) && child.astNode === node.astNode) {
            const found = findKeywordNode(child, keyword);
            if (found) {
                return found;
            }
        }
    }
    return undefined;
}

