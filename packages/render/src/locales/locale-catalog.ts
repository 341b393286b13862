/**
 * The locales of the rendered agreement (LANGUAGE.md, "Locales"). A locale is one message file,
 * `<code>.json`, in a locale folder: `$locale` names it and gives the Intl locale used for
 * plurals and dates; every other key is an ICU message (intl-messageformat). The set of
 * locales is whatever files are there: adding a locale is adding one file. Extra folders (for
 * tests or an organisation's own locales) can be given; a later folder's file wins. These files
 * are the only list of locales: the core's default (`BUNDLED_LOCALES`) and the extension's
 * setting enum are generated from them (scripts/generate-locales.mjs), and the CLI, the server
 * and the preview ask `availableLocales()`. The default locale is the core's `DEFAULT_LOCALE`.
 * Where the files are read from is the environment's (locale-files.ts): a folder in Node, the
 * bundle in a browser.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { DEFAULT_LOCALE } from '@tandem/language/default-locale';
import { localeFilesInUse } from './locale-files.js';

/** The parts of a message file besides the messages. */
export interface LocaleInfo {
    /** The name of the language in itself, e.g. "Español". */
    readonly name: string;
    /** The Intl locale for plurals and dates, e.g. "en-GB" for "1 December 2026". */
    readonly intl: string;
}

export interface LocaleOptions {
    /** More folders of message files, searched after the bundled one (Node only: a browser has no folders). */
    readonly extraLocaleDirs?: readonly string[];
}

const localeFilesCache = new Map<string, Map<string, string>>();

/**
 * Every locale that has a message file, code → file, sorted by code. Looked up once per set of
 * folders in a process (a batch asks for every row).
 */
function localeFiles(options: LocaleOptions): Map<string, string> {
    const key = JSON.stringify(options.extraLocaleDirs ?? []);
    let files = localeFilesCache.get(key);
    if (!files) {
        files = localeFilesInUse().find(options);
        localeFilesCache.set(key, files);
    }
    return files;
}

/** The codes of the locales that have a message file (what `locale` and `--locale` may name). */
export function availableLocales(options: LocaleOptions = {}): string[] {
    return [...localeFiles(options).keys()];
}

export type MessageValues = Record<string, string | number>;

/** One locale's messages, parsed once, and its date format. */
export class LocaleMessages {
    private readonly formats = new Map<string, IntlMessageFormat>();
    private readonly dateFormat: Intl.DateTimeFormat;
    private readonly listFormat: Intl.ListFormat;

    constructor(readonly code: string, readonly info: LocaleInfo, private readonly messages: Readonly<Record<string, string>>) {
        this.dateFormat = new Intl.DateTimeFormat(info.intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
        this.listFormat = new Intl.ListFormat(info.intl, { style: 'long', type: 'conjunction' });
    }

    /** The message `key` with its values filled in. */
    format(key: string, values: MessageValues = {}): string {
        let message = this.formats.get(key);
        if (!message) {
            const source = this.messages[key];
            if (source === undefined) {
                throw new Error(`locale ${this.code} has no message "${key}"`);
            }
            message = new IntlMessageFormat(source, this.info.intl, undefined, { ignoreTag: true });
            this.formats.set(key, message);
        }
        return String(message.format(values));
    }

    private readonly formattedDates = new Map<string, string>();

    /** A calendar day (YYYY-MM-DD) in words: "1 December 2026", "1 de diciembre de 2026". */
    formatDate(isoDate: string): string {
        let formatted = this.formattedDates.get(isoDate);
        if (formatted === undefined) {
            const [year, month, day] = isoDate.split('-').map(Number);
            const date = new Date(0);
            date.setUTCFullYear(year, month - 1, day);
            formatted = this.dateFormat.format(date);
            this.formattedDates.set(isoDate, formatted);
        }
        return formatted;
    }

    /** "A, B and C" in the locale's words. */
    formatList(items: readonly string[]): string {
        return this.listFormat.format(items);
    }
}

const cache = new Map<string, LocaleMessages>();

/**
 * Loads a locale's message file. Every key of the default locale must be there, so that a
 * missing sentence is found when the file is loaded, not when an agreement needs it.
 */
export function loadLocale(code: string, options: LocaleOptions = {}): LocaleMessages {
    const files = localeFiles(options);
    const file = files.get(code);
    if (!file) {
        throw new Error(`no message file for locale "${code}" (available: ${[...files.keys()].join(', ')})`);
    }
    const cached = cache.get(file);
    if (cached) {
        return cached;
    }
    const { $locale, ...messages } = readMessageFile(file);
    const info = $locale as Partial<LocaleInfo> | undefined;
    if (!info || typeof info.intl !== 'string' || typeof info.name !== 'string') {
        throw new Error(`${file}: "$locale" must give "name" and "intl"`);
    }
    const reference = code === DEFAULT_LOCALE ? messages : readMessageFile(files.get(DEFAULT_LOCALE)!);
    const missing = Object.keys(reference).filter(key => key !== '$locale' && typeof messages[key] !== 'string');
    if (missing.length > 0) {
        throw new Error(`${file}: missing messages ${missing.join(', ')}`);
    }
    const loaded = new LocaleMessages(code, { name: info.name, intl: info.intl }, messages as Record<string, string>);
    cache.set(file, loaded);
    return loaded;
}

function readMessageFile(file: string): Record<string, unknown> {
    return localeFilesInUse().read(file);
}
