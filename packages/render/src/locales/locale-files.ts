/**
 * Where the locale catalog finds the message files, given by the environment: in Node, the
 * files of the bundled `locales/` folder and of any extra folders (node/locale-folders.ts); in
 * a browser, the bundled files' messages, inlined into the bundle (browser/bundled-locales.ts).
 * A file is named by an id (its path in Node) that the catalog hands back to read it.
 */
import type { LocaleOptions } from './locale-catalog.js';

export interface LocaleFiles {
    /** Every locale that has a message file, code → the file's id, sorted by code; a later folder's file wins. */
    find(options: LocaleOptions): Map<string, string>;
    /** The parsed content of the file `id` (a JSON object: `$locale` and the messages). */
    read(id: string): Record<string, unknown>;
}

let localeFiles: LocaleFiles | undefined;

/** Sets where message files come from (the environment's entry point does, as it loads). */
export function useLocaleFiles(files: LocaleFiles): void {
    localeFiles = files;
}

export function localeFilesInUse(): LocaleFiles {
    if (!localeFiles) {
        throw new Error('no message files for the renderer: import @tandem/render (Node) or @tandem/render/browser');
    }
    return localeFiles;
}

/** The rule for message files' names, `<code>.json` (scripts/generate-locales.mjs follows it too). */
export const LOCALE_FILE = /^([A-Za-z_][A-Za-z0-9_]*)\.json$/;

/** Sorts locale codes as every list of locales is sorted (by code unit, not by the runtime's collation). */
export function sortedByCode<T>(entries: Iterable<[string, T]>): Map<string, T> {
    return new Map([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
