/**
 * The dependency-injection module of the language core: Tandem's own services and the Langium
 * services it replaces. Editor (LSP) services live behind the separate `lsp` entry point.
 */
import './polyfills.js';
import type { DeepPartial, DefaultSharedCoreModuleContext, LangiumCoreServices, LangiumSharedCoreServices, Module, PartialLangiumCoreServices } from 'langium';
import { createDefaultCoreModule, createDefaultSharedCoreModule, EmptyFileSystem, inject } from 'langium';
import { TandemGeneratedModule, TandemGeneratedSharedModule } from './generated/module.js';
import { TandemParserErrorMessageProvider, TandemLexerErrorMessageProvider } from './parser/tandem-parser-error-messages.js';
import { createTandemParser } from './parser/isolating-parser.js';
import { TandemTokenBuilder } from './parser/tandem-token-builder.js';
import { TandemValueConverter } from './parser/tandem-value-converter.js';
import { TandemLinker } from './scoping/tandem-linker.js';
import { TandemScopeComputation } from './scoping/tandem-scope-computation.js';
import { TandemScopeProvider } from './scoping/tandem-scope-provider.js';
import { TandemSettingsProvider } from './settings.js';
import { DeclarationsValidator } from './validation/declarations-validator.js';
import { EffectiveValidator } from './validation/effective-validator.js';
import { ImportsValidator } from './validation/imports-validator.js';
import { NamesValidator } from './validation/names-validator.js';
import { TandemDocumentValidator } from './validation/tandem-document-validator.js';
import { registerValidationChecks } from './validation/tandem-validator.js';
import { TemplateValidator } from './validation/template-validator.js';
import { ValuesValidator } from './validation/values-validator.js';
import { WordingValidator } from './validation/wording-validator.js';
import { OneShotIndexManager } from './workspace/one-shot-index-manager.js';

/** Services Tandem adds to Langium's. */
export type TandemAddedServices = {
    settings: {
        SettingsProvider: TandemSettingsProvider
    },
    references: {
        ScopeProvider: TandemScopeProvider
    },
    validation: {
        DeclarationsValidator: DeclarationsValidator,
        EffectiveValidator: EffectiveValidator,
        ImportsValidator: ImportsValidator,
        NamesValidator: NamesValidator,
        TemplateValidator: TemplateValidator,
        ValuesValidator: ValuesValidator,
        WordingValidator: WordingValidator
    }
}

export type TandemServices = LangiumCoreServices & TandemAddedServices;

export const TandemModule: Module<TandemServices, PartialLangiumCoreServices & TandemAddedServices> = {
    settings: {
        SettingsProvider: () => new TandemSettingsProvider()
    },
    parser: {
        LangiumParser: (services) => createTandemParser(services),
        TokenBuilder: () => new TandemTokenBuilder(),
        ValueConverter: () => new TandemValueConverter(),
        ParserErrorMessageProvider: () => new TandemParserErrorMessageProvider(),
        LexerErrorMessageProvider: () => new TandemLexerErrorMessageProvider()
    },
    references: {
        Linker: (services) => new TandemLinker(services),
        ScopeComputation: (services) => new TandemScopeComputation(services),
        ScopeProvider: (services) => new TandemScopeProvider(services)
    },
    validation: {
        DocumentValidator: (services) => new TandemDocumentValidator(services),
        DeclarationsValidator: () => new DeclarationsValidator(),
        EffectiveValidator: () => new EffectiveValidator(),
        ImportsValidator: (services) => new ImportsValidator(services.shared.workspace.LangiumDocuments, services.shared.workspace.FileSystemProvider),
        NamesValidator: () => new NamesValidator(),
        TemplateValidator: () => new TemplateValidator(),
        ValuesValidator: (services) => new ValuesValidator(services.settings.SettingsProvider),
        WordingValidator: (services) => new WordingValidator(services.settings.SettingsProvider)
    }
};

export type TandemCoreServicesContext = DefaultSharedCoreModuleContext;

/**
 * Creates the shared services and the Tandem language services (no editor services).
 * Pass `NodeFileSystem` from `langium/node` to read files from disk.
 */
export interface TandemServicesOptions {
    /**
     * Keep the index of references (who refers to what) that find-references and rename use.
     * Default: true. A one-shot check (`tandem validate`, batch) turns it off.
     */
    readonly indexReferences?: boolean;
}

/** The shared-services override of one-shot checks. */
export const OneShotSharedModule: Module<LangiumSharedCoreServices, DeepPartial<LangiumSharedCoreServices>> = {
    workspace: {
        IndexManager: (services) => new OneShotIndexManager(services)
    }
};

export function createTandemServices(context: TandemCoreServicesContext = EmptyFileSystem, options: TandemServicesOptions = {}): {
    shared: LangiumSharedCoreServices,
    Tandem: TandemServices
} {
    const shared = options.indexReferences === false
        ? inject(createDefaultSharedCoreModule(context), TandemGeneratedSharedModule, OneShotSharedModule)
        : inject(createDefaultSharedCoreModule(context), TandemGeneratedSharedModule);
    const Tandem = inject(createDefaultCoreModule({ shared }), TandemGeneratedModule, TandemModule);
    shared.ServiceRegistry.register(Tandem);
    registerValidationChecks(Tandem);
    return { shared, Tandem };
}
