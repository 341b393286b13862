/**
 * Scoping exactly as LANGUAGE.md's "Names, scope and files" says:
 * - references resolve by kind within their contract or template; a contract `from` a template
 *   also sees the template's parties, goals, tasks and parameters (the template's first: a
 *   reference finds the first declaration of its kind, and the effective contract lists the
 *   template's members before the contract's);
 * - a `from` reference sees the templates of its own file and of the files it imports directly.
 *
 * Each agreement's declarations are kept in one symbol table (a map per kind, built once per AST
 * node), so a lookup is a map access rather than a scan.
 */
import type { AstNode, AstNodeDescription, AstNodeDescriptionProvider, LangiumCoreServices, LangiumDocuments, ReferenceInfo, Scope, ScopeProvider, Stream } from 'langium';
import { AstUtils, EMPTY_SCOPE, stream } from 'langium';
import type { Model, Template } from '../generated/ast.js';
import { Goal, isContract, isTemplate, Param, Party, Task, Template as TemplateType } from '../generated/ast.js';
import type { Agreement, Declaration } from '../ast-utils.js';
import { declarationsOf, getAgreement } from '../ast-utils.js';
import { importedUris } from './imports.js';

type DeclarationType = typeof Party.$type | typeof Goal.$type | typeof Task.$type | typeof Param.$type;

/** The declarations of one agreement by kind and name; the first of a name wins. */
export class SymbolTable {
    private readonly byType = new Map<string, Map<string, Declaration>>();

    constructor(declarations: readonly Declaration[]) {
        for (const declaration of declarations) {
            if (!declaration.name) {
                continue;
            }
            let names = this.byType.get(declaration.$type);
            if (!names) {
                names = new Map();
                this.byType.set(declaration.$type, names);
            }
            if (!names.has(declaration.name)) {
                names.set(declaration.name, declaration);
            }
        }
    }

    get(type: string, name: string): Declaration | undefined {
        return this.byType.get(type)?.get(name);
    }

    all(type: string): Iterable<Declaration> {
        return this.byType.get(type)?.values() ?? [];
    }
}

const symbolTables = new WeakMap<Agreement, SymbolTable>();

/** The symbol table of an agreement's own declarations (cached: an AST node never changes). */
function symbolTableOf(agreement: Agreement): SymbolTable {
    let table = symbolTables.get(agreement);
    if (!table) {
        table = new SymbolTable(declarationsOf(agreement));
        symbolTables.set(agreement, table);
    }
    return table;
}

/** A scope over symbol tables, searched in order. */
class SymbolTableScope implements Scope {
    private readonly described = new Map<AstNode, AstNodeDescription>();

    constructor(
        private readonly tables: readonly SymbolTable[],
        private readonly type: string,
        private readonly descriptions: AstNodeDescriptionProvider
    ) { }

    getElement(name: string): AstNodeDescription | undefined {
        for (const table of this.tables) {
            const node = table.get(this.type, name);
            if (node) {
                return this.describe(node);
            }
        }
        return undefined;
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const element = this.getElement(name);
        return stream(element ? [element] : []);
    }

    getAllElements(): Stream<AstNodeDescription> {
        const seen = new Set<string>();
        const elements: AstNodeDescription[] = [];
        for (const table of this.tables) {
            for (const node of table.all(this.type)) {
                if (!seen.has(node.name)) {
                    seen.add(node.name);
                    elements.push(this.describe(node));
                }
            }
        }
        return stream(elements);
    }

    private describe(node: Declaration): AstNodeDescription {
        let description = this.described.get(node);
        if (!description) {
            description = this.descriptions.createDescription(node, node.name);
            this.described.set(node, description);
        }
        return description;
    }
}

const DECLARATION_TYPES: ReadonlySet<string> = new Set<DeclarationType>([Party.$type, Goal.$type, Task.$type, Param.$type]);

export class TandemScopeProvider implements ScopeProvider {

    protected readonly descriptions: AstNodeDescriptionProvider;
    protected readonly documents: LangiumDocuments;
    protected readonly reflection: LangiumCoreServices['shared']['AstReflection'];

    constructor(services: LangiumCoreServices) {
        this.descriptions = services.workspace.AstNodeDescriptionProvider;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.reflection = services.shared.AstReflection;
    }

    getScope(context: ReferenceInfo): Scope {
        const type = this.reflection.getReferenceType(context);
        if (type === TemplateType.$type) {
            return this.getTemplateScope(context.container);
        }
        if (!DECLARATION_TYPES.has(type)) {
            return EMPTY_SCOPE;
        }
        const agreement = getAgreement(context.container);
        if (!agreement) {
            return EMPTY_SCOPE;
        }
        return new SymbolTableScope(this.tablesVisibleFrom(agreement), type, this.descriptions);
    }

    /** The symbol tables an agreement's references search, in order. */
    tablesVisibleFrom(agreement: Agreement): SymbolTable[] {
        if (isContract(agreement)) {
            // The `from` reference may be linked lazily here; it never depends on the contract's own scope.
            const template = agreement.template?.ref;
            return template ? [symbolTableOf(template), symbolTableOf(agreement)] : [symbolTableOf(agreement)];
        }
        return [symbolTableOf(agreement)];
    }

    /** The templates of the reference's own file, then of the files it imports directly. */
    getTemplateScope(node: AstNode): Scope {
        const document = AstUtils.getDocument(node);
        const templates: Template[] = [...templatesOf(document.parseResult.value as Model)];
        for (const uri of importedUris(document as never)) {
            if (this.documents.hasDocument(uri)) {
                const imported = this.documents.getDocument(uri)!;
                templates.push(...templatesOf(imported.parseResult.value as Model));
            }
        }
        const byName = new Map<string, AstNodeDescription>();
        for (const template of templates) {
            if (template.name && !byName.has(template.name)) {
                byName.set(template.name, this.descriptions.createDescription(template, template.name));
            }
        }
        return {
            getElement: name => byName.get(name),
            getElements: name => stream(byName.has(name) ? [byName.get(name)!] : []),
            getAllElements: () => stream(byName.values())
        };
    }
}

function templatesOf(model: Model | undefined): Template[] {
    return (model?.declarations ?? []).filter(isTemplate);
}
