/**
 * Server-side editor services: diagnostics with code descriptions, files imported from outside
 * the workspace, settings (tandem.json and the editor's), the workspace symbols.
 */
import type { Module } from 'langium';
import type { LangiumSharedServices, PartialLangiumServices, PartialLangiumSharedLSPServices } from 'langium/lsp';
import { ImportLoader } from './import-loader.js';
import { RuleDocumentation } from './rule-documentation.js';
import { TandemLanguageServer } from './tandem-language-server.js';
import { TandemLspDocumentValidator } from './tandem-lsp-document-validator.js';
import type { TandemLspServices } from './tandem-lsp-module.js';
import { TandemWorkspaceSymbolProvider } from './tandem-workspace-symbol-provider.js';
import { WorkspaceSettingsManager } from './workspace-settings-manager.js';

/** Services the server module adds to Langium's and the core's. */
export type TandemServerAddedServices = {
    diagnostics: {
        RuleDocumentation: RuleDocumentation
    },
    workspace: {
        ImportLoader: ImportLoader,
        SettingsManager: WorkspaceSettingsManager
    }
}

export const ServerModule: Module<TandemLspServices, PartialLangiumServices & TandemServerAddedServices> = {
    diagnostics: {
        RuleDocumentation: () => new RuleDocumentation()
    },
    workspace: {
        ImportLoader: (services) => new ImportLoader(services.shared),
        SettingsManager: (services) => new WorkspaceSettingsManager(services.shared, services.settings.SettingsProvider)
    },
    validation: {
        DocumentValidator: (services) => new TandemLspDocumentValidator(services)
    }
};

export const ServerSharedModule: Module<LangiumSharedServices, PartialLangiumSharedLSPServices> = {
    lsp: {
        LanguageServer: (services) => new TandemLanguageServer(services),
        WorkspaceSymbolProvider: (services) => new TandemWorkspaceSymbolProvider(services)
    }
};
