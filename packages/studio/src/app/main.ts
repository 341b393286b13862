/**
 * Tandem Studio's page: the composition root of the browser side. It finds the folder (the
 * local server's, else one the user opens), starts the language worker with the folder's files,
 * and wires the Files list, the Contract editor, Problems, the Agreement preview with its
 * Language, Save and the downloads, and the "Fill in a template" form.
 */
import { LSPClient } from '@codemirror/lsp-client';
import type { PreviewParams, PreviewResult } from '@tandem/language/protocol';
import { PREVIEW_REQUEST } from '@tandem/language/protocol';
import type { DownloadFormat, RenderedFile, RenderParams, StartupResult } from '../shared/studio-protocol.js';
import { RENDER_REQUEST, SET_FILE_NOTIFICATION, STARTUP_REQUEST, STUDIO_ROOT_URI, studioPath, studioUri } from '../shared/studio-protocol.js';
import { ContractEditor } from './contract-editor.js';
import type { Problem } from './diagnostics.js';
import { studioDiagnostics } from './diagnostics.js';
import { announce, byId, element, errorMessage } from './dom.js';
import { downloadBlob, downloadRendered } from './downloads.js';
import { PreviewPane } from './preview-pane.js';
import { ProblemsPanel } from './problems-panel.js';
import { sanitizeHtml } from './sanitize-html.js';
import type { FolderContents, StudioFolder } from './studio-folder.js';
import { canPickFolder, pickFolder, serverFolder, startingFolder, uploadedFolder } from './studio-folder.js';
import { StudioWorkspace } from './studio-workspace.js';
import { TemplateForm } from './template-form.js';
import { ViewTabs } from './view-tabs.js';
import { startLanguageWorker, workerTransport } from './worker-transport.js';

/** How long the preview waits after the last change before it asks for the agreement again. */
const PREVIEW_DELAY_MS = 120;

class Studio {
    private client!: LSPClient;
    private worker: Worker | undefined;
    private folder!: StudioFolder;
    private files: Record<string, string> = {};
    /** Files of the folder that could not be read: path → why. */
    private unreadable: Record<string, string> = {};
    private readonly editor: ContractEditor;
    private readonly problems: ProblemsPanel;
    private readonly preview = new PreviewPane();
    private readonly tabs = new ViewTabs();
    private readonly form: TemplateForm;
    private readonly languageSelect = byId<HTMLSelectElement>('language-select');
    private readonly problemsByUri = new Map<string, readonly Problem[]>();
    /** Files with edits not saved, by URI. */
    private readonly unsaved = new Set<string>();
    /** Files made by the page and never saved (the new contract of an empty folder), by URI. */
    private readonly fresh = new Set<string>();
    private languageChosen = false;
    private previewTimer: ReturnType<typeof setTimeout> | undefined;
    private previewRunning = false;
    private previewAgain = false;

    constructor() {
        this.editor = new ContractEditor(byId('editor'), {
            changed: uri => this.edited(uri),
            contractChanged: () => this.schedulePreview(0),
            save: () => void this.save()
        });
        this.problems = new ProblemsPanel(problem => this.editor.reveal(problem.line, problem.column));
        this.form = new TemplateForm({
            client: () => this.client,
            locale: () => this.chosenLocale(),
            preview: (html, note) => html === undefined ? this.preview.explain(note) : this.preview.show(html, note)
        });
        this.tabs.onChange(view => {
            if (!this.client) {
                return; // still starting: the view is filled in once the folder is open
            }
            if (view === 'fill') {
                void this.form.refresh();
            } else {
                this.schedulePreview(0);
            }
        });
        this.languageSelect.addEventListener('change', () => {
            this.languageChosen = true;
            if (this.tabs.current === 'fill') {
                this.form.recheck();
            } else {
                this.schedulePreview(0);
            }
        });
        byId('save').addEventListener('click', () => void this.save());
        for (const format of ['pdf', 'docx', 'html'] as const) {
            byId(`download-${format}`).addEventListener('click', () => void this.download(format));
        }
        window.addEventListener('beforeunload', event => {
            if (this.unsaved.size > 0) {
                event.preventDefault();
            }
        });
    }

    /** Opens a folder: a new language worker with its files, and its first contract in the editor. */
    async load(folder: StudioFolder, contents: FolderContents): Promise<void> {
        const files = contents.files;
        byId('app').setAttribute('aria-busy', 'true');
        this.client?.disconnect();
        this.worker?.terminate();
        this.worker = startLanguageWorker();
        this.folder = folder;
        this.files = files;
        this.unreadable = contents.unreadable;
        this.problemsByUri.clear();
        this.unsaved.clear();
        this.fresh.clear();
        this.languageChosen = false;
        this.client = new LSPClient({
            rootUri: STUDIO_ROOT_URI,
            initializationOptions: { files },
            workspace: client => new StudioWorkspace(client),
            extensions: [studioDiagnostics((uri, problems) => this.problemsChanged(uri, problems))],
            sanitizeHTML: sanitizeHtml,
            timeout: 60_000
        }).connect(workerTransport(this.worker));
        (this.client.workspace as StudioWorkspace).display = async uri => {
            const path = studioPath(uri);
            return path !== undefined && path in this.files ? (this.open(path), this.editor.view) : null;
        };
        this.editor.useClient(this.client);
        byId('folder-name').textContent = folder.name;
        byId('save').title = folder.saves === 'in-folder' ? 'Save the file in the folder (Ctrl+S)' : 'Save the file: your browser downloads it (Ctrl+S)';

        await this.client.initializing;
        const startup = await this.client.request<Record<string, never>, StartupResult>(STARTUP_REQUEST, {});
        this.languageSelect.replaceChildren(...startup.locales.map(locale => element('option', { value: locale.code, lang: locale.code }, locale.name)));
        if (this.tandemPaths().length === 0) {
            // Nothing to open yet: a new contract, which Save writes (or downloads).
            this.files['new-contract.tandem'] = startup.newContractText;
            this.fresh.add(studioUri('new-contract.tandem'));
        }
        const first = this.tandemPaths().find(path => /^\s*contract\s/m.test(this.files[path])) ?? this.tandemPaths()[0];
        this.open(first);
        const unreadable = Object.keys(this.unreadable);
        if (unreadable.length > 0) {
            announce(`${unreadable.length === 1 ? 'One file' : `${unreadable.length} files`} could not be opened: ${Object.values(this.unreadable).join(' ')}`);
        }
        if (this.tabs.current === 'fill') {
            await this.form.refresh();
        }
        byId('app').setAttribute('aria-busy', 'false');
    }

    /** Whether a file has edits that are not saved. */
    hasUnsavedEdits(): boolean {
        return this.unsaved.size > 0;
    }

    private tandemPaths(): string[] {
        return Object.keys(this.files).filter(path => path.endsWith('.tandem')).sort();
    }

    /** The Files list: one button per `.tandem` file, the open one marked. */
    private showFiles(): void {
        const list = byId<HTMLUListElement>('file-list');
        list.replaceChildren(...this.tandemPaths().map(path => {
            const button = element('button', { type: 'button', class: 'file', 'data-path': path }, path);
            if (this.unsaved.has(studioUri(path)) || this.fresh.has(studioUri(path))) {
                // The name stays the path; "not saved" is the button's description.
                button.append(element('span', { class: 'unsaved', 'aria-hidden': 'true' }, ' (not saved)'));
                button.setAttribute('aria-describedby', 'unsaved-note');
            }
            if (this.editor.uri === studioUri(path)) {
                button.setAttribute('aria-current', 'page');
            }
            button.addEventListener('click', () => {
                this.open(path);
                this.tabs.select('write');
                this.editor.view.focus();
            });
            const item = element('li');
            item.append(button);
            return item;
        }), ...Object.entries(this.unreadable).sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, why]) => {
            const item = element('li', { class: 'file-unreadable' });
            item.append(element('span', { class: 'file' }, path), element('span', { class: 'unreadable-why' }, ` cannot be opened: ${why}`));
            return item;
        }));
    }

    /** Shows a file in the editor; the Language goes back to the one its contract names. */
    private open(path: string): void {
        const uri = studioUri(path);
        if (uri !== this.editor.uri) {
            this.languageChosen = false;
        }
        this.editor.show(uri, this.files[path]);
        byId('editor-file').textContent = path;
        this.showFiles();
        const known = this.problemsByUri.get(uri);
        if (known) {
            this.problems.show(known);
        } else {
            this.problems.checking();
        }
        this.schedulePreview(0);
    }

    private problemsChanged(uri: string, problems: readonly Problem[]): void {
        this.problemsByUri.set(uri, problems);
        if (uri === this.editor.uri) {
            this.problems.show(problems);
            this.schedulePreview();
        }
    }

    private edited(uri: string): void {
        if (!this.unsaved.has(uri)) {
            this.unsaved.add(uri);
            this.showFiles();
        }
        this.schedulePreview();
    }

    private chosenLocale(): string | undefined {
        return this.languageChosen ? this.languageSelect.value : undefined;
    }

    private schedulePreview(delay = PREVIEW_DELAY_MS): void {
        if (this.tabs.current !== 'write') {
            return;
        }
        clearTimeout(this.previewTimer);
        this.previewTimer = setTimeout(() => void this.updatePreview(), delay);
    }

    /** Asks for the open contract's agreement; one request at a time, the latest text wins. */
    private async updatePreview(): Promise<void> {
        const uri = this.editor.uri;
        if (!uri) {
            return;
        }
        if (this.previewRunning) {
            this.previewAgain = true;
            return;
        }
        this.previewRunning = true;
        try {
            this.client.sync();
            const result = await this.client.request<PreviewParams, PreviewResult>(PREVIEW_REQUEST, { uri, contract: this.editor.contractAtCursor(), locale: this.chosenLocale() });
            if (uri === this.editor.uri && this.tabs.current === 'write') {
                const lang = /<html[^>]*\blang="([^"]+)"/.exec(result.html)?.[1];
                if (!this.languageChosen && lang && [...this.languageSelect.options].some(option => option.value === lang)) {
                    this.languageSelect.value = lang;
                }
                this.preview.show(result.html, result.errors > 0
                    ? `Draft of ${result.contract}: ${result.errors} ${result.errors === 1 ? 'error concerns' : 'errors concern'} it (here or in its template), to fix before it can be signed.`
                    : `${result.contract}${result.warnings > 0 ? `, ${result.warnings} ${result.warnings === 1 ? 'warning' : 'warnings'}` : ''}`);
            }
        } catch (error) {
            this.preview.explain(errorMessage(error).replaceAll(STUDIO_ROOT_URI, ''));
        } finally {
            this.previewRunning = false;
            if (this.previewAgain) {
                this.previewAgain = false;
                this.schedulePreview(0);
            }
        }
    }

    private async save(): Promise<void> {
        const uri = this.editor.uri;
        const path = uri && studioPath(uri);
        if (!uri || !path) {
            return;
        }
        // The editor works in \n; a file written with \r\n is saved with \r\n again.
        const edited = this.editor.textOf(uri) ?? '';
        const text = /\r\n/.test(this.files[path] ?? '') ? edited.replace(/\r?\n/g, '\r\n') : edited;
        try {
            await this.folder.save(path, text);
        } catch (error) {
            announce(errorMessage(error));
            return;
        }
        this.files[path] = text;
        this.client.notification(SET_FILE_NOTIFICATION, { uri, text });
        this.unsaved.delete(uri);
        this.fresh.delete(uri);
        this.showFiles();
        announce(this.folder.saves === 'in-folder' ? `Saved ${path}` : `Downloaded ${path.replace(/^.*\//, '')}`);
    }

    private async download(format: DownloadFormat): Promise<void> {
        const uri = this.editor.uri;
        if (!uri) {
            return;
        }
        announce(`Preparing the ${format.toUpperCase()}…`);
        try {
            this.client.sync();
            const file = await this.client.request<RenderParams, RenderedFile>(RENDER_REQUEST, { uri, contract: this.editor.contractAtCursor(), locale: this.chosenLocale(), format });
            downloadRendered(file);
            announce(`Downloaded ${file.fileName}`);
        } catch (error) {
            announce(`No ${format.toUpperCase()}: ${errorMessage(error).replaceAll(STUDIO_ROOT_URI, '')}`);
        }
    }
}

/** The folder to open: the local server's, else none yet (the static build: the user opens one). */
async function firstFolder(): Promise<StudioFolder> {
    return await serverFolder() ?? startingFolder({}, downloadBlob);
}

/** In the static build, "Open folder" and "Open files" open another folder in the page. */
function offerOpening(open: (folder: StudioFolder) => Promise<void>): void {
    const openFolder = byId<HTMLButtonElement>('open-folder');
    const openFiles = byId<HTMLInputElement>('open-files');
    const uploadFolder = byId<HTMLInputElement>('open-folder-files');
    byId('open-controls').hidden = false;
    // Without the File System Access API, a folder can still be uploaded (saved as downloads).
    openFolder.hidden = !canPickFolder();
    byId('open-folder-upload').hidden = canPickFolder();
    openFolder.addEventListener('click', () => {
        pickFolder().then(open, error => {
            if (!(error instanceof DOMException && error.name === 'AbortError')) {
                announce(`The folder could not be opened: ${errorMessage(error)}`);
            }
        });
    });
    for (const input of [openFiles, uploadFolder]) {
        input.addEventListener('change', () => {
            if (input.files && input.files.length > 0) {
                void open(uploadedFolder([...input.files], downloadBlob));
                input.value = '';
            }
        });
    }
}

async function main(): Promise<void> {
    const studio = new Studio();
    const open = async (folder: StudioFolder) => {
        if (studio.hasUnsavedEdits() && !window.confirm('Some files have changes that are not saved. Open the other files and lose those changes?')) {
            return;
        }
        try {
            await studio.load(folder, await folder.readAll());
            announce(`Opened ${folder.name}`);
        } catch (error) {
            announce(errorMessage(error));
        }
    };
    const folder = await firstFolder();
    if (folder.saves === 'as-download') {
        offerOpening(open);
    }
    await studio.load(folder, await folder.readAll());
}

main().catch(error => announce(`Tandem Studio could not start: ${errorMessage(error)}`));
