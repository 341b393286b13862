/**
 * Tandem's own LSP messages, declared once for the language server (which answers them) and the
 * VS Code extension (which sends them): the `tandem/preview` request, its parameters and result,
 * and the `tandem.openPreview` command that the "Preview agreement" code lens runs. Exported as
 * `@tandem/language/protocol` so that the extension's client takes these declarations without
 * the editor services (this module imports nothing). Documented in docs/editor.md.
 *
 *   tandem/preview { uri, contract?, locale? } → { html, errors, warnings, contract }
 */
/** The command the "Preview agreement" code lens runs: arguments `[documentUri, contractName]`. */
export const OPEN_PREVIEW_COMMAND = 'tandem.openPreview';

/**
 * The symbol kind of a template in `workspace/symbol` and document symbols (LSP's
 * `SymbolKind.Interface`): the extension's template pickers look for it.
 */
export const TEMPLATE_SYMBOL_KIND = 11;

export interface PreviewParams {
    /** The document's URI. */
    readonly uri: string;
    /** The contract's name; the first contract of the document when absent. */
    readonly contract?: string;
    /** Overrides the contract's locale (e.g. `es`). */
    readonly locale?: string;
}

export interface PreviewResult {
    /** The rendered agreement: one self-contained HTML file, with `data-source-*` attributes. */
    readonly html: string;
    /** Errors and warnings that concern the contract (with errors, it is rendered as a draft). */
    readonly errors: number;
    readonly warnings: number;
    /** The name of the contract rendered. */
    readonly contract: string;
}

/**
 * The request's method. A plain string, not a `RequestType`: the server's and the client's
 * vscode-jsonrpc are separate copies whose classes do not type-check against each other, and a
 * string keeps this module free of any dependency. Type the handler and the call with the
 * interfaces above.
 */
export const PREVIEW_REQUEST = 'tandem/preview';
