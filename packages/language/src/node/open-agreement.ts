/**
 * `openAgreement`: the one way a command opens an agreement from disk. It loads the file with
 * the files it imports, builds them (parse, link, validate), picks a contract or a template by
 * name and returns it with exactly the diagnostics that concern it and whether it is a draft
 * (`selectAgreement` of the core decides both). `tandem render`, `tandem new`, `tandem batch`
 * and the VS Code extension's Export, local preview and New Contract from Template use it; the
 * v0.2 commands (diff, calendar, export) are meant to.
 *
 *   const opened = await openAgreement('client.tandem', { name: 'Ana', unnamed: 'only' });
 *   opened.draft; opened.diagnostics; opened.effective(); opened.pathOf(entry.uri)
 *
 *   const { template } = await openAgreement('lib/housing.tandem', { kind: 'template', name: 'HousingSupport' });
 *
 * `openAgreementFile` loads and builds only, for a caller that picks later (or picks several).
 *
 * Throws `AgreementReadError` when the file cannot be read, and `AgreementNotFoundError` (with
 * the names the file has, and its first syntax error as file:line:column) when nothing by that
 * name (or nothing at all) is there.
 */
import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import type { Model } from '../generated/ast.js';
import { isContract, isTemplate } from '../generated/ast.js';
import type { AgreementRequest, SelectedContract, SelectedTemplate } from '../agreements/select-agreement.js';
import { selectAgreement } from '../agreements/select-agreement.js';
import type { TandemSettingsUpdate } from '../settings.js';
import type { TandemWorkspace } from './index.js';
import { createTandemWorkspace } from './index.js';

export interface OpenFileOptions {
    /** The file's text, instead of what is on disk (an editor's unsaved text); imports are still read from disk. */
    readonly text?: string;
    /** Rule settings (reading grade, locales...), as `tandem.json` and the editor give them. */
    readonly settings?: TandemSettingsUpdate;
}

export type OpenAgreementOptions = Omit<AgreementRequest, 'file'> & OpenFileOptions;

interface OpenedParts {
    /** The file as given. */
    readonly path: string;
    readonly workspace: TandemWorkspace;
    /** How to name a diagnostic's document: the file as given, else a path relative to the current folder. */
    pathOf(uri: string): string;
}

export type OpenedContract = SelectedContract & OpenedParts;
export type OpenedTemplate = SelectedTemplate & OpenedParts;
export type OpenedAgreement = OpenedContract | OpenedTemplate;

/** A file loaded and built, to pick one or more agreements from (the editor's Export picks after opening). */
export interface OpenedAgreementFile extends OpenedParts {
    readonly document: LangiumDocument<Model>;
    /** The names of its contracts and of its templates, in order. */
    readonly contracts: readonly string[];
    readonly templates: readonly string[];
    select(request: Omit<AgreementRequest, 'file'> & { kind: 'template' }): OpenedTemplate;
    select(request?: Omit<AgreementRequest, 'file'> & { kind?: 'contract' }): OpenedContract;
    select(request?: Omit<AgreementRequest, 'file'>): OpenedAgreement;
}

/** The file cannot be read; the message says why, in words (`describeFsError`). */
export class AgreementReadError extends Error {
    constructor(readonly path: string, message: string) {
        super(message);
        this.name = 'AgreementReadError';
    }
}

/** Loads `file` with its imports and builds them; throws `AgreementReadError`. */
export async function openAgreementFile(file: string, options: OpenFileOptions = {}): Promise<OpenedAgreementFile> {
    const absolutePath = path.resolve(file);
    const workspace = createTandemWorkspace(options.settings);
    if (options.text !== undefined) {
        const shared = workspace.services.shared;
        const document = shared.workspace.LangiumDocumentFactory.fromString<Model>(options.text, URI.file(absolutePath));
        shared.workspace.LangiumDocuments.addDocument(document);
    }
    const { loaded, problems } = await workspace.load([{ path: file, absolutePath }]);
    if (problems.length > 0 || loaded.length === 0) {
        throw new AgreementReadError(file, problems[0]?.message ?? `cannot read ${file}`);
    }
    await workspace.build();
    const document: LangiumDocument<Model> = loaded[0].document;
    const main = document.uri.toString();
    const parts: OpenedParts = {
        path: file,
        workspace,
        pathOf: uri => uri === main ? file : path.relative(process.cwd(), URI.parse(uri).fsPath)
    };
    const declarations = document.parseResult.value?.declarations ?? [];
    return {
        ...parts,
        document,
        contracts: declarations.filter(isContract).map(contract => contract.name),
        templates: declarations.filter(isTemplate).map(template => template.name),
        select: ((request: Omit<AgreementRequest, 'file'> = {}) => ({ ...selectAgreement(document, { ...request, file }), ...parts })) as OpenedAgreementFile['select']
    };
}

/** Loads `file` with its imports, builds them and picks the agreement asked for (see the header). */
export async function openAgreement(file: string, options: OpenAgreementOptions & { kind: 'template' }): Promise<OpenedTemplate>;
export async function openAgreement(file: string, options?: OpenAgreementOptions & { kind?: 'contract' }): Promise<OpenedContract>;
export async function openAgreement(file: string, options?: OpenAgreementOptions): Promise<OpenedAgreement>;
export async function openAgreement(file: string, options: OpenAgreementOptions = {}): Promise<OpenedAgreement> {
    const { kind, name, unnamed } = options;
    return (await openAgreementFile(file, options)).select({ kind, name, unnamed });
}
