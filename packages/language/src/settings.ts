/**
 * The settings that change what the rules report (`TandemSettingsProvider` service). One object,
 * shared by the CLI (from `tandem.json` and `--reading-grade`; the locales from the renderer's
 * message files) and the language server (from `tandem.json` and the editor's `tandem` section).
 */

import { BUNDLED_LOCALES } from './bundled-locales.js';
import type { JudgmentalTermEntry } from './validation/wording/judgmental-terms.js';

/** An extra term for the `judgmental-language` rule, in the shape of the bundled list's entries. */
export type ExtraJudgmentalTerm = JudgmentalTermEntry;

/** The paper an agreement is laid out on (`--paper`, tandem.json's `paper`, the editor's export setting): the one `Paper` type. */
export type Paper = 'a4' | 'letter';

export interface TandemSettings {
    readonly readingLevel: {
        /** The target grade of the `reading-level` rule (Flesch–Kincaid, `en`); sentences above it are reported. */
        readonly targetGrade: number;
        /** (0.2) The lowest INFLESZ score of the `reading-level` rule (`es`); sentences below it are reported. */
        readonly minimumInflesz: number;
    };
    readonly judgmentalLanguage: {
        readonly enabled: boolean;
        readonly extraTerms: readonly ExtraJudgmentalTerm[];
    };
    /** The locales `locale` may name (`unknown-locale` otherwise). */
    readonly locales: readonly string[];
}

export const DEFAULT_SETTINGS: TandemSettings = {
    readingLevel: { targetGrade: 8, minimumInflesz: 55 },
    judgmentalLanguage: { enabled: true, extraTerms: [] },
    // The renderer's message files at build time (scripts/generate-locales.mjs); the CLI, the
    // server and the extension set the list they find at run time.
    locales: BUNDLED_LOCALES
};

export type TandemSettingsUpdate = {
    readonly readingLevel?: Partial<TandemSettings['readingLevel']>;
    readonly judgmentalLanguage?: Partial<TandemSettings['judgmentalLanguage']>;
    readonly locales?: readonly string[];
};

/** Holds the settings in force; listeners hear of every change (the validator re-checks). */
export class TandemSettingsProvider {
    private current: TandemSettings = DEFAULT_SETTINGS;
    private readonly listeners: Array<(settings: TandemSettings) => void> = [];

    get settings(): TandemSettings {
        return this.current;
    }

    update(update: TandemSettingsUpdate): void {
        this.current = {
            readingLevel: { ...this.current.readingLevel, ...update.readingLevel },
            judgmentalLanguage: { ...this.current.judgmentalLanguage, ...update.judgmentalLanguage },
            locales: update.locales ?? this.current.locales
        };
        for (const listener of this.listeners) {
            listener(this.current);
        }
    }

    onChange(listener: (settings: TandemSettings) => void): void {
        this.listeners.push(listener);
    }
}
