/**
 * The one walk over an AST: a node and everything it contains, in document order, with a plain
 * recursion over its properties (no streams: this is on the path of every keystroke and of every
 * batch job). The agreement index (validation/agreement-index.ts) visits the nodes; the linker
 * (scoping/tandem-linker.ts) visits the references.
 */
import type { AstNode, Reference } from 'langium';
import { isReference } from 'langium';

export interface AstWalker {
    /** Each node, the first one included, before what it contains. */
    node?(node: AstNode): void;
    /** Each reference, with where it is: `container[property]`, or `container[property][index]`. */
    reference?(reference: Reference, container: AstNode, property: string, index?: number): void;
}

export function walkAst(node: AstNode, walker: AstWalker): void {
    walker.node?.(node);
    for (const property in node) {
        if (property.charCodeAt(0) === 36 /* $ */) {
            continue;
        }
        const value = (node as unknown as Record<string, unknown>)[property];
        if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                const item = value[index];
                if (isNode(item)) {
                    walkAst(item, walker);
                } else if (walker.reference && isReference(item)) {
                    walker.reference(item, node, property, index);
                }
            }
        } else if (isNode(value)) {
            walkAst(value, walker);
        } else if (walker.reference && isReference(value)) {
            walker.reference(value, node, property);
        }
    }
}

function isNode(value: unknown): value is AstNode {
    return typeof value === 'object' && value !== null && typeof (value as AstNode).$type === 'string';
}
