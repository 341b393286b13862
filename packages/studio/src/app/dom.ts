/**
 * The few DOM helpers the page's modules share: finding an element of index.html by id (a
 * missing one is a build mistake, reported as such) and making elements with text.
 */

/** The element of index.html with this id. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
    const element = document.getElementById(id);
    if (!element) {
        throw new Error(`Tandem Studio: index.html has no element #${id}`);
    }
    return element as T;
}

/** A new element with attributes and text (never HTML: text is always text). */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
    const made = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        made.setAttribute(name, value);
    }
    if (text !== undefined) {
        made.textContent = text;
    }
    return made;
}

/** Says something to screen readers (and shows it) in the page's status line. */
export function announce(message: string): void {
    byId('status').textContent = message;
}

/** What went wrong, in words: an Error's message, an LSP error's, else the value as text. */
export function errorMessage(error: unknown): string {
    if (error instanceof Error) {
        return error.message;
    }
    const message = (error as { message?: unknown } | null)?.message;
    return typeof message === 'string' ? message : String(error);
}
