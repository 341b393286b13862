/**
 * Links every reference of a document, as Langium's linker does, but with a plain recursion over
 * the AST instead of generic streams (linking is on the path of every keystroke and of every
 * batch job), and a cancellation check per contract or template rather than per node.
 */
import type { AstNode, LangiumDocument, Reference } from 'langium';
import { Cancellation, DefaultLinker, interruptAndCheck, isReference } from 'langium';
import type { Model } from '../generated/ast.js';

export class TandemLinker extends DefaultLinker {

    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const model = document.parseResult.value as Model;
        for (const declaration of model.declarations ?? []) {
            await interruptAndCheck(cancelToken);
            this.linkContents(declaration, document);
        }
    }

    private linkContents(node: AstNode, document: LangiumDocument): void {
        for (const property in node) {
            if (property.charCodeAt(0) === 36 /* $ */) {
                continue;
            }
            const value = (node as unknown as Record<string, unknown>)[property];
            if (Array.isArray(value)) {
                for (let index = 0; index < value.length; index++) {
                    const item = value[index];
                    if (isReference(item)) {
                        this.doLink({ reference: item as Reference, container: node, property, index }, document);
                    } else if (isNode(item)) {
                        this.linkContents(item, document);
                    }
                }
            } else if (isReference(value)) {
                this.doLink({ reference: value, container: node, property }, document);
            } else if (isNode(value)) {
                this.linkContents(value, document);
            }
        }
    }
}

function isNode(value: unknown): value is AstNode {
    return typeof value === 'object' && value !== null && typeof (value as AstNode).$type === 'string';
}
