/**
 * The messages between Studio's page and its language worker, declared once for both sides
 * (this module imports nothing). The worker is a Tandem language server (LSP over
 * `postMessage`); besides LSP and the server's `tandem/preview` request, it answers these:
 *
 *   tandem/studio/startup   {}                                  → { locales, newContractText }
 *   tandem/studio/render    { uri, contract?, locale?, format } → { base64, fileName, mimeType }
 *   tandem/studio/templates {}                                  → { templates: TemplateSummary[] }
 *   tandem/studio/fill      FillParams                          → FillResult
 *   tandem/studio/setFile   { uri, text } (notification): a file saved or created in the folder
 *
 * The folder's files reach the worker as `initializationOptions: { files }` (StudioInitOptions):
 * they are its file system, so that imports resolve and `tandem.json` applies.
 */

/** The root of the folder's files as the worker sees them: `file:///studio/<path>`. */
export const STUDIO_ROOT_URI = 'file:///studio/';

/** The URI of a file of the folder, from its path relative to the folder (with `/`). */
export function studioUri(path: string): string {
    return STUDIO_ROOT_URI + path.split('/').map(encodeURIComponent).join('/');
}

/** The path relative to the folder of one of its URIs (undefined for another URI). */
export function studioPath(uri: string): string | undefined {
    return uri.startsWith(STUDIO_ROOT_URI) ? uri.slice(STUDIO_ROOT_URI.length).split('/').map(decodeURIComponent).join('/') : undefined;
}

export interface StudioInitOptions {
    /** Every `.tandem` file of the folder (and its `tandem.json`), path → text. */
    readonly files: Readonly<Record<string, string>>;
}

export const STARTUP_REQUEST = 'tandem/studio/startup';
export const RENDER_REQUEST = 'tandem/studio/render';
export const TEMPLATES_REQUEST = 'tandem/studio/templates';
export const FILL_REQUEST = 'tandem/studio/fill';
export const SET_FILE_NOTIFICATION = 'tandem/studio/setFile';

export interface StartupResult {
    /** The agreement's languages: each locale's code and its name in itself. */
    readonly locales: readonly { readonly code: string, readonly name: string }[];
    /** A new contract to start from when no folder is open (`tandem new`'s text). */
    readonly newContractText: string;
}

/** The formats the page downloads (the CLI's `--format`). */
export type DownloadFormat = 'html' | 'pdf' | 'docx';

export interface RenderParams {
    readonly uri: string;
    readonly contract?: string;
    /** The agreement's language; the contract's own (or the folder's default) when absent. */
    readonly locale?: string;
    readonly format: DownloadFormat;
}

export interface RenderedFile {
    /** The file's bytes, base64 (LSP messages are JSON). */
    readonly base64: string;
    /** A file name for the download, e.g. `JaneDoe.pdf`. */
    readonly fileName: string;
    readonly mimeType: string;
}

export interface TemplateParamSummary {
    readonly name: string;
    readonly type: 'text' | 'date' | 'number';
    readonly description?: string;
    /** The default as written in the template (a string's value without quotes). */
    readonly defaultValue?: string;
}

export interface TemplateSummary {
    readonly name: string;
    readonly title?: string;
    /** The file that declares it, relative to the folder. */
    readonly path: string;
    readonly params: readonly TemplateParamSummary[];
}

export interface TemplatesResult {
    readonly templates: readonly TemplateSummary[];
}

export interface FillParams {
    /** The template's file, relative to the folder, and its name. */
    readonly path: string;
    readonly template: string;
    /** The values typed into the form, by parameter name (an empty string is no value). */
    readonly values: Readonly<Record<string, string>>;
    readonly locale?: string;
    /** Also render the filled agreement in this format (for "Download PDF"). */
    readonly format?: DownloadFormat;
}

export interface FillProblem {
    /** The parameter whose value causes it; absent for a problem of the agreement as a whole. */
    readonly param?: string;
    readonly code: string;
    readonly severity: 'error' | 'warning' | 'info';
    readonly message: string;
}

export interface FillResult {
    readonly problems: readonly FillProblem[];
    /** The filled agreement as HTML, for the preview (a draft while there are errors). */
    readonly html?: string;
    /** The file asked for with `format`. */
    readonly file?: RenderedFile;
    /** The contract text: `from` the template, importing its file, one binding per parameter. */
    readonly contractText: string;
    /** A file name for the contract, e.g. `HousingPlanContract.tandem`. */
    readonly contractFileName: string;
}

export interface SetFileParams {
    readonly uri: string;
    readonly text: string;
}
