/**
 * The preview's language switch: the contract's own locale, then every locale that has a message
 * file in the renderer (`availableLocales()`: the extension's copy of packages/render/locales),
 * each named in itself (`$locale.name`). No list of locales is written here.
 */
import type { LocaleOptions } from '@tandem/render';
import { availableLocales, loadLocale } from '@tandem/render';

export interface LocaleChoice {
    /** The locale's code; empty for the contract's own. */
    readonly value: string;
    readonly label: string;
}

/** `options` adds folders of message files, as the renderer takes them (tests). */
export function previewLocaleChoices(options: LocaleOptions = {}): LocaleChoice[] {
    return [
        { value: '', label: 'Contract’s own' },
        ...availableLocales(options).map(code => ({ value: code, label: loadLocale(code, options).info.name }))
    ];
}
