/**
 * Links every reference of a document, as Langium's linker does, but with the plain recursion of
 * ../ast-walk.ts instead of generic streams (linking is on the path of every keystroke and of every
 * batch job), and a cancellation check per contract or template rather than per node.
 */
import type { LangiumDocument } from 'langium';
import { Cancellation, DefaultLinker, interruptAndCheck } from 'langium';
import { walkAst } from '../ast-walk.js';
import type { Model } from '../generated/ast.js';

export class TandemLinker extends DefaultLinker {

    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const model = document.parseResult.value as Model;
        for (const declaration of model.declarations ?? []) {
            await interruptAndCheck(cancelToken);
            walkAst(declaration, {
                reference: (reference, container, property, index) => this.doLink({ reference, container, property, index }, document)
            });
        }
    }
}
