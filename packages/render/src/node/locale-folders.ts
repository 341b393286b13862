/**
 * The message files in Node: the `<code>.json` files of the bundled folder
 * (`packages/render/locales`) and of any extra folders (`extraLocaleDirs`), read from disk.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LOCALE } from '@tandem/language/default-locale';
import type { LocaleFiles } from '../locales/locale-files.js';
import { LOCALE_FILE, sortedByCode } from '../locales/locale-files.js';

/** The folder of the bundled message files: `packages/render/locales`. */
export function bundledLocaleDir(): string {
    // From src/node/ or dist/node/ of this package.
    const own = fileURLToPath(new URL('../../locales', import.meta.url));
    if (existsSync(path.join(own, `${DEFAULT_LOCALE}.json`))) {
        return own;
    }
    // Bundled into another program (the CLI): find the installed package.
    const require = createRequire(import.meta.url);
    return path.dirname(require.resolve(`@tandem/render/locales/${DEFAULT_LOCALE}.json`));
}

export const localeFolders: LocaleFiles = {
    find(options) {
        const found = new Map<string, string>();
        for (const dir of [bundledLocaleDir(), ...(options.extraLocaleDirs ?? [])]) {
            for (const entry of readdirSync(dir).sort()) {
                const match = LOCALE_FILE.exec(entry);
                if (match) {
                    found.set(match[1], path.join(dir, entry));
                }
            }
        }
        return sortedByCode(found);
    },
    read(file) {
        return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    }
};
