/**
 * The worker's workspace is the folder the page opened: the editor's LSP client names it as the
 * root URI (it sends no workspace folders), so the root URI stands for the one folder, whose
 * files the page gave as `initializationOptions` (StudioInitOptions) before the workspace is read.
 */
import type { InitializeParams } from 'vscode-languageserver';
import type { LangiumSharedServices, PartialLangiumSharedServices } from 'langium/lsp';
import type { Module } from 'langium';
import { DefaultWorkspaceManager } from 'langium';
import type { StudioInitOptions } from '../shared/studio-protocol.js';
import { STUDIO_ROOT_URI, studioUri } from '../shared/studio-protocol.js';
import type { StudioFileSystemProvider } from './studio-file-system.js';

export class StudioWorkspaceManager extends DefaultWorkspaceManager {
    constructor(shared: LangiumSharedServices, private readonly fileSystem: StudioFileSystemProvider) {
        super(shared);
    }

    override initialize(params: InitializeParams): void {
        const options = params.initializationOptions as StudioInitOptions | undefined;
        for (const [path, text] of Object.entries(options?.files ?? {})) {
            if (typeof text === 'string') {
                this.fileSystem.setFile(studioUri(path), text);
            }
        }
        super.initialize({ ...params, workspaceFolders: params.workspaceFolders ?? [{ uri: params.rootUri ?? STUDIO_ROOT_URI, name: 'folder' }] });
    }
}

/** The worker's shared services: the folder as file system and workspace. */
export function studioSharedModule(fileSystem: StudioFileSystemProvider): Module<LangiumSharedServices, PartialLangiumSharedServices> {
    return {
        workspace: {
            WorkspaceManager: shared => new StudioWorkspaceManager(shared, fileSystem)
        }
    };
}
