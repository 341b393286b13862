/**
 * Settings in the server, from one source: the workspace's `tandem.json` (read as
 * `tandem validate` reads it, ../node/workspace-settings.ts), overridden by the editor's
 * `tandem` configuration section (`tandem.readingLevel.targetGrade`,
 * `tandem.judgmentalLanguage.enabled`). A change of either — the file on disk, or the editor's
 * settings — applies at once: every document is validated again. Problems in `tandem.json`
 * (invalid JSON, an unknown key, a wrong value) are published as diagnostics on that file.
 */
import type { FileSystemProvider, LangiumDocuments, URI as UriType } from 'langium';
import { URI, UriUtils } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { WorkspaceSettings } from '../workspace/workspace-settings.js';
import { parseWorkspaceSettings, toSettingsUpdate, WORKSPACE_SETTINGS_FILE } from '../workspace/workspace-settings.js';
import type { TandemSettingsProvider, TandemSettingsUpdate } from '../settings.js';
import { DEFAULT_SETTINGS } from '../settings.js';

/** The editor's `tandem` section, as far as the server reads it. */
export interface EditorSettings {
    readonly readingLevel?: { readonly targetGrade?: unknown };
    readonly judgmentalLanguage?: { readonly enabled?: unknown };
}

export class WorkspaceSettingsManager {
    private readonly shared: LangiumSharedServices;
    private readonly settingsProvider: TandemSettingsProvider;
    private readonly fileSystem: FileSystemProvider;
    private readonly documents: LangiumDocuments;
    private fileSettings: WorkspaceSettings = {};
    private editorSettings: EditorSettings = {};
    private settingsUri: UriType | undefined;
    /** Published problems, so that a fixed file gets its diagnostics cleared. */
    private publishedFor: string | undefined;

    constructor(shared: LangiumSharedServices, settingsProvider: TandemSettingsProvider) {
        this.shared = shared;
        this.settingsProvider = settingsProvider;
        this.fileSystem = shared.workspace.FileSystemProvider;
        this.documents = shared.workspace.LangiumDocuments;
        shared.lsp.LanguageServer.onInitialized(() => {
            void this.shared.workspace.WorkspaceManager.ready.then(() => this.reload());
        });
        shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
            if (update.section === 'tandem') {
                this.editorSettings = (update.configuration ?? {}) as EditorSettings;
                void this.apply();
            }
        });
        shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(params => {
            if (params.changes.some(change => change.uri.endsWith(`/${WORKSPACE_SETTINGS_FILE}`))) {
                void this.reload();
            }
        });
    }

    /** The settings of the workspace file (locale and paper are for rendering and the preview). */
    get workspaceSettings(): WorkspaceSettings {
        return this.fileSettings;
    }

    /** Reads `tandem.json` and the editor's settings again and applies them. */
    async reload(): Promise<void> {
        this.settingsUri = this.findSettingsFile();
        const diagnostics: Diagnostic[] = [];
        this.fileSettings = {};
        if (this.settingsUri) {
            const text = await this.fileSystem.readFile(this.settingsUri).catch(() => '');
            const parsed = parseWorkspaceSettings(text, this.settingsProvider.settings.locales);
            this.fileSettings = parsed.settings;
            for (const problem of parsed.problems) {
                diagnostics.push({
                    range: rangeOf(text, problem.offset, problem.length),
                    severity: DiagnosticSeverity.Error,
                    code: 'settings',
                    source: 'tandem',
                    message: problem.message
                });
            }
        }
        this.publish(diagnostics);
        try {
            const configuration = await this.shared.workspace.ConfigurationProvider.getConfiguration('tandem', 'readingLevel');
            const judgmental = await this.shared.workspace.ConfigurationProvider.getConfiguration('tandem', 'judgmentalLanguage');
            this.editorSettings = { readingLevel: configuration, judgmentalLanguage: judgmental };
        } catch {
            // no editor settings
        }
        await this.apply();
    }

    /** tandem.json, then the editor's settings over it; every document is validated again. */
    private async apply(): Promise<void> {
        const fromFile = toSettingsUpdate(this.fileSettings);
        const grade = this.editorSettings.readingLevel?.targetGrade;
        const enabled = this.editorSettings.judgmentalLanguage?.enabled;
        const update: TandemSettingsUpdate = {
            readingLevel: {
                minimumInflesz: fromFile.readingLevel?.minimumInflesz ?? DEFAULT_SETTINGS.readingLevel.minimumInflesz,
                targetGrade: typeof grade === 'number' && grade > 0 ? grade : fromFile.readingLevel?.targetGrade ?? DEFAULT_SETTINGS.readingLevel.targetGrade
            },
            judgmentalLanguage: {
                enabled: typeof enabled === 'boolean' ? enabled : fromFile.judgmentalLanguage?.enabled ?? DEFAULT_SETTINGS.judgmentalLanguage.enabled,
                extraTerms: fromFile.judgmentalLanguage?.extraTerms ?? []
            }
        };
        const before = JSON.stringify(this.settingsProvider.settings);
        this.settingsProvider.update(update);
        if (JSON.stringify(this.settingsProvider.settings) !== before) {
            await this.revalidate();
        }
    }

    private async revalidate(): Promise<void> {
        const builder = this.shared.workspace.DocumentBuilder;
        await this.shared.workspace.WorkspaceLock.write(token => builder.build(this.documents.all.toArray(), { validation: true }, token));
    }

    private findSettingsFile(): UriType | undefined {
        for (const folder of this.shared.workspace.WorkspaceManager.workspaceFolders ?? []) {
            const candidate = UriUtils.joinPath(URI.parse(folder.uri), WORKSPACE_SETTINGS_FILE);
            try {
                if (this.fileSystem.existsSync(candidate)) {
                    return candidate;
                }
            } catch {
                // not readable: as if absent
            }
        }
        return undefined;
    }

    private publish(diagnostics: Diagnostic[]): void {
        const connection = this.shared.lsp.Connection;
        const uri = this.settingsUri?.toString();
        if (this.publishedFor && this.publishedFor !== uri) {
            connection?.sendDiagnostics({ uri: this.publishedFor, diagnostics: [] });
        }
        if (uri) {
            connection?.sendDiagnostics({ uri, diagnostics });
            this.publishedFor = uri;
        }
    }
}

function rangeOf(text: string, offset: number, length: number) {
    const position = (at: number) => {
        const before = text.slice(0, at);
        const line = before.split('\n').length - 1;
        return { line, character: at - (before.lastIndexOf('\n') + 1) };
    };
    return { start: position(offset), end: position(offset + length) };
}
