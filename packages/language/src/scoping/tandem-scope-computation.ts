/**
 * What a document shows the rest of the workspace: its templates, and nothing else (contracts
 * are never referenced from other files). Local names are looked up by the scope provider from
 * per-agreement symbol tables, so no local symbol table is precomputed here.
 */
import type { AstNodeDescription, LangiumDocument, LocalSymbols } from 'langium';
import { DefaultScopeComputation, MultiMap } from 'langium';
import type { Model } from '../generated/ast.js';
import { isTemplate } from '../generated/ast.js';

export class TandemScopeComputation extends DefaultScopeComputation {

    override async collectExportedSymbols(document: LangiumDocument): Promise<AstNodeDescription[]> {
        const model = document.parseResult.value as Model;
        const exported: AstNodeDescription[] = [];
        for (const declaration of model.declarations ?? []) {
            if (isTemplate(declaration) && declaration.name) {
                exported.push(this.descriptions.createDescription(declaration, declaration.name, document));
            }
        }
        return exported;
    }

    override async collectLocalSymbols(): Promise<LocalSymbols> {
        return new MultiMap();
    }
}
