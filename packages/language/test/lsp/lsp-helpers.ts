/**
 * Test helpers for the editor services: the LSP services over an in-memory file system, and
 * documents added and built the way the server does.
 */
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import { VirtualFileSystemProvider } from 'langium/test';
import type { Model } from '@tandem/language';
import { createTandemLspServices } from '@tandem/language/lsp';

export function createLspServices() {
    const fileSystem = new VirtualFileSystemProvider();
    const services = createTandemLspServices({ fileSystemProvider: () => fileSystem });
    return { ...services, fileSystem };
}

export type LspServices = ReturnType<typeof createLspServices>;

/** Adds in-memory files (path → text) to the workspace and builds them together. */
export async function buildFiles(services: LspServices, files: Record<string, string>): Promise<Array<LangiumDocument<Model>>> {
    const { shared } = services;
    const documents = Object.entries(files).map(([path, text]) => {
        services.fileSystem.insert(URI.file(path), text);
        const document = shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.file(path));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    // In the workspace lock, as the server builds: updates queued meanwhile run after it.
    await shared.workspace.WorkspaceLock.write(token => shared.workspace.DocumentBuilder.build(documents, { validation: true }, token));
    return documents;
}

/** Changes a file's text and runs the incremental update the server runs after an edit. */
export async function editFile(services: LspServices, path: string, text: string): Promise<void> {
    services.fileSystem.insert(URI.file(path), text);
    await services.shared.workspace.WorkspaceLock.write(token => services.shared.workspace.DocumentBuilder.update([URI.file(path)], [], token));
}

/** Waits until every queued workspace update has run. */
export async function settle(services: LspServices): Promise<void> {
    for (let i = 0; i < 3; i++) {
        await services.shared.workspace.WorkspaceLock.read(() => undefined);
        await new Promise(resolve => setTimeout(resolve, 0));
    }
}

export function documentAt(services: LspServices, path: string): LangiumDocument<Model> {
    return services.shared.workspace.LangiumDocuments.getDocument(URI.file(path)) as LangiumDocument<Model>;
}

/** The offset of the n-th (0-based) occurrence of `needle` in `text`, plus `delta`. */
export function offsetOf(text: string, needle: string, delta = 0, occurrence = 0): number {
    let index = -1;
    for (let i = 0; i <= occurrence; i++) {
        index = text.indexOf(needle, index + 1);
        if (index < 0) {
            throw new Error(`${needle} not found`);
        }
    }
    return index + delta;
}

export const TEMPLATE = `template Housing "Housing support" {
    param clientName: text "Client's full name"
    param start: date "First day"
    param length: number = 12 "Length in weeks"
    parties {
        client Client "{{clientName}}"
        worker Worker "Sam Lee" title "Case manager"
    }
    duration { from start for length weeks  meet weekly }
    goal Home "Move into safe housing" { measure "A signed lease" }
    task Search "Search listings" { owner Client  for Home }
    task Call "Call landlords" { owner Worker  for Home }
    confidentiality { limit safety }
    termination { when goals-met }
    sign Client, Worker
}
`;

export const CONTRACT = `import "lib.tandem"

contract Jane from Housing {
    clientName = "Jane Doe"
    start = 2026-12-01
    goal Income "Apply for benefits" { measure "Application sent" by 2027-01-15 }
    task Forms "Fill in the forms" { owner Client, Worker  for Income }
}
`;
