/**
 * The editor (LSP) services of Tandem: Langium's LSP module plus Tandem's, wired by dependency
 * injection. The features are grouped in modules, one file each:
 * - ./server-module.ts: diagnostics with code descriptions (rule links), files imported from
 *   outside the workspace, settings (tandem.json and the editor's), workspace symbols
 * - ./editing-module.ts: completion, hover, navigation, rename, document symbols, semantic
 *   tokens, folding, selection ranges, inlay hints, code lens, document links, formatting
 * - ./quick-fix-module.ts: code actions
 * The `tandem/preview` request is the language server's (packages/language-server/src/preview.ts).
 * Formatting lives in ../formatting (shared with `tandem fmt`); ./tandem-formatter.ts adapts it.
 */
import type { DefaultSharedModuleContext, LangiumServices, LangiumSharedServices, PartialLangiumSharedServices } from 'langium/lsp';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import type { Module } from 'langium';
import { inject } from 'langium';
import { TandemGeneratedModule, TandemGeneratedSharedModule } from '../generated/module.js';
import type { TandemAddedServices } from '../tandem-module.js';
import { TandemModule } from '../tandem-module.js';
import { registerValidationChecks } from '../validation/tandem-validator.js';
import type { TandemEditingAddedServices } from './editing-module.js';
import { EditingModule } from './editing-module.js';
import { QuickFixModule } from './quick-fix-module.js';
import type { TandemServerAddedServices } from './server-module.js';
import { ServerModule, ServerSharedModule } from './server-module.js';

export type TandemLspServices = LangiumServices & TandemAddedServices & TandemServerAddedServices & TandemEditingAddedServices;

/**
 * Creates the shared and Tandem services of a language server. A host may add its own shared
 * module (Studio's worker: its workspace, the folder it is given).
 */
export function createTandemLspServices(context: DefaultSharedModuleContext, hostModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {}): {
    shared: LangiumSharedServices,
    Tandem: TandemLspServices
} {
    const shared = inject(createDefaultSharedModule(context), TandemGeneratedSharedModule, ServerSharedModule, hostModule);
    const Tandem = inject(createDefaultModule({ shared }), TandemGeneratedModule, TandemModule, ServerModule, EditingModule, QuickFixModule) as TandemLspServices;
    shared.ServiceRegistry.register(Tandem);
    registerValidationChecks(Tandem);
    // The whole workspace is validated at start-up, not only the files opened: the editor lists
    // every file's problems (Langium validates only on edits by default).
    shared.workspace.WorkspaceManager.initialBuildOptions = { validation: true };
    // Services that listen from the start rather than wait to be asked for.
    void Tandem.workspace.ImportLoader;
    void Tandem.workspace.SettingsManager;
    return { shared, Tandem };
}
