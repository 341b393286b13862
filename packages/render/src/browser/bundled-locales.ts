/**
 * The message files in a browser: the bundled `locales/*.json`, inlined into the bundle through
 * bundled-locale-messages.ts (generated from those files by scripts/generate-locales.mjs, so that
 * they stay the only list of locales). There are no extra folders in a browser.
 */
import type { LocaleFiles } from '../locales/locale-files.js';
import { sortedByCode } from '../locales/locale-files.js';
import { BUNDLED_LOCALE_MESSAGES } from './bundled-locale-messages.js';

export const bundledLocales: LocaleFiles = {
    find() {
        return sortedByCode(Object.keys(BUNDLED_LOCALE_MESSAGES).map(code => [code, code]));
    },
    read(code) {
        const messages = BUNDLED_LOCALE_MESSAGES[code];
        if (!messages) {
            throw new Error(`no bundled message file for locale "${code}"`);
        }
        return messages;
    }
};
