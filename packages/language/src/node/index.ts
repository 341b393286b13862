/**
 * @tandem/language/node: loading `.tandem` files from disk into a workspace and checking them,
 * for the command line and batch jobs. Imports are followed (their files are loaded so that
 * templates resolve) but only the files asked for are reported.
 */
import '../polyfills.js';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Model } from '../generated/ast.js';
import { importedUris } from '../scoping/imports.js';
import type { TandemSettingsUpdate } from '../settings.js';
import type { TandemServices } from '../tandem-module.js';
import { createTandemServices } from '../tandem-module.js';
import { describeFsError } from './fs-errors.js';
import { readTandemSource } from './text-encoding.js';

export interface InputProblem {
    /** The path as given (or as found under a folder given). */
    readonly path: string;
    readonly message: string;
}

export interface SourceFile {
    /** The path as given on the command line, or joined to the folder given. */
    readonly path: string;
    readonly absolutePath: string;
}

/** Expands paths: files as they are, folders searched recursively for `*.tandem`. */
export async function findTandemFiles(paths: readonly string[]): Promise<{ files: SourceFile[]; problems: InputProblem[] }> {
    const files: SourceFile[] = [];
    const problems: InputProblem[] = [];
    const seen = new Set<string>();
    const add = (display: string) => {
        const absolutePath = path.resolve(display);
        if (!seen.has(absolutePath)) {
            seen.add(absolutePath);
            files.push({ path: display, absolutePath });
        }
    };
    for (const given of paths) {
        let stat;
        try {
            stat = await fs.stat(given);
        } catch (error) {
            problems.push({ path: given, message: describeFsError(error, given) });
            continue;
        }
        if (stat.isDirectory()) {
            const found = await walk(given, problems);
            if (found.length === 0) {
                problems.push({ path: given, message: `no .tandem files in folder ${given}` });
            }
            found.forEach(add);
        } else {
            add(given);
        }
    }
    return { files, problems };
}

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

async function walk(folder: string, problems: InputProblem[]): Promise<string[]> {
    let entries;
    try {
        entries = await fs.readdir(folder, { withFileTypes: true });
    } catch (error) {
        problems.push({ path: folder, message: describeFsError(error, folder) });
        return [];
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const found: string[] = [];
    for (const entry of entries) {
        const child = path.join(folder, entry.name);
        if (entry.isDirectory()) {
            if (!SKIPPED_FOLDERS.has(entry.name)) {
                found.push(...await walk(child, problems));
            }
        } else if (entry.isFile() && entry.name.endsWith('.tandem')) {
            found.push(child);
        }
    }
    return found;
}

export { sourceText } from '../source-text.js';

export interface CheckedFile extends SourceFile {
    readonly document: LangiumDocument<Model>;
    readonly diagnostics: Diagnostic[];
}

export interface TandemWorkspace {
    readonly services: TandemServices;
    /** Loads the files (and, transitively, what they import) into the workspace. */
    load(files: readonly SourceFile[]): Promise<{ loaded: Array<SourceFile & { document: LangiumDocument<Model> }>; problems: InputProblem[] }>;
    /** Parses, links and validates every loaded document. */
    build(): Promise<void>;
}

export interface WorkspaceOptions {
    /**
     * Keep the index of references (who refers to what) that find-references and rename use.
     * A one-shot check does not need it; the language server does. Default: false.
     */
    readonly indexReferences?: boolean;
}

export function createTandemWorkspace(settings?: TandemSettingsUpdate, options: WorkspaceOptions = {}): TandemWorkspace {
    const { shared, Tandem } = createTandemServices(NodeFileSystem, { indexReferences: options.indexReferences ?? false });
    if (settings) {
        Tandem.settings.SettingsProvider.update(settings);
    }
    const documents = shared.workspace.LangiumDocuments;
    const factory = shared.workspace.LangiumDocumentFactory;
    const all: LangiumDocument[] = [];

    const loadOne = async (absolutePath: string): Promise<LangiumDocument<Model>> => {
        const uri = URI.file(absolutePath);
        if (documents.hasDocument(uri)) {
            return documents.getDocument(uri) as LangiumDocument<Model>;
        }
        const { text } = await readTandemSource(absolutePath);
        const document = factory.fromString<Model>(text, uri);
        documents.addDocument(document);
        all.push(document);
        return document;
    };

    return {
        services: Tandem,
        async load(files) {
            const loaded: Array<SourceFile & { document: LangiumDocument<Model> }> = [];
            const problems: InputProblem[] = [];
            const queue: LangiumDocument<Model>[] = [];
            for (const file of files) {
                try {
                    const document = await loadOne(file.absolutePath);
                    loaded.push({ ...file, document });
                    queue.push(document);
                } catch (error) {
                    problems.push({ path: file.path, message: describeFsError(error, file.path) });
                }
            }
            // Follow imports so that their templates resolve; a missing one is `unresolved-import`.
            const visited = new Set(queue.map(document => document.uri.toString()));
            while (queue.length > 0) {
                const document = queue.shift()!;
                for (const uri of importedUris(document)) {
                    const key = uri.toString();
                    if (visited.has(key)) {
                        continue;
                    }
                    visited.add(key);
                    if (!uri.path.endsWith('.tandem')) {
                        continue; // not a Tandem file: the validator says so on the import
                    }
                    try {
                        queue.push(await loadOne(uri.fsPath));
                    } catch (error) {
                        // Missing: `unresolved-import` on the import line. There but unreadable:
                        // that too, and the command cannot check the file (exit 2).
                        const code = (error as NodeJS.ErrnoException).code;
                        if (code !== 'ENOENT' && code !== 'ENOTDIR') {
                            problems.push({ path: uri.fsPath, message: `${describeFsError(error, uri.fsPath)} (imported by ${document.uri.fsPath})` });
                        }
                    }
                }
            }
            return { loaded, problems };
        },
        async build() {
            // `all` and any document added to the services directly (an editor's unsaved text).
            const known = new Set(all);
            const added = documents.all.filter(document => !known.has(document)).toArray();
            await shared.workspace.DocumentBuilder.build([...added, ...all], { validation: true });
        }
    };
}

/** Loads, builds and returns the diagnostics of each file asked for. */
export async function checkFiles(files: readonly SourceFile[], settings?: TandemSettingsUpdate): Promise<{ checked: CheckedFile[]; problems: InputProblem[]; workspace: TandemWorkspace }> {
    const workspace = createTandemWorkspace(settings);
    const { loaded, problems } = await workspace.load(files);
    await workspace.build();
    const checked = loaded.map(file => ({ ...file, diagnostics: file.document.diagnostics ?? [] }));
    return { checked, problems, workspace };
}
export * from './atomic-file.js';
export * from './fs-errors.js';
export * from './open-agreement.js';
export * from './tandem-file-system.js';
export * from './text-encoding.js';
export * from './workspace-settings.js';
