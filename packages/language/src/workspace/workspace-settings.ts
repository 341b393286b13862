/**
 * `tandem.json`, the one settings file of a workspace, read the same way by `tandem validate`
 * and by the language server:
 *
 * ```json
 * {
 *   "readingLevel": { "targetGrade": 8, "minimumInflesz": 55 },
 *   "judgmentalLanguage": { "enabled": true, "extraTerms": [{ "term": "difficult", "suggestion": "…" }] },
 *   "locale": "en",
 *   "paper": "a4"
 * }
 * ```
 *
 * Every key is optional. Invalid JSON, an unknown key or a value of the wrong type is a problem
 * with a message and the place in the file it is about; the valid parts still apply. Parsing
 * is here, in the core (the browser's language worker reads it too); finding and reading the file
 * on disk is ../node/workspace-settings.ts.
 */
import type { ExtraJudgmentalTerm, TandemSettingsUpdate } from '../settings.js';
import type { Paper } from '../settings.js';
import { DEFAULT_SETTINGS } from '../settings.js';
import { sourceText } from '../source-text.js';

export const WORKSPACE_SETTINGS_FILE = 'tandem.json';

export type { Paper } from '../settings.js';

export interface WorkspaceSettings {
    readonly readingLevel?: { readonly targetGrade?: number; readonly minimumInflesz?: number };
    readonly judgmentalLanguage?: { readonly enabled?: boolean; readonly extraTerms?: readonly ExtraJudgmentalTerm[] };
    /** The locale of contracts that name none (rendering and preview). */
    readonly locale?: string;
    readonly paper?: Paper;
}

export interface SettingsProblem {
    readonly message: string;
    /** Where in the file: offset and length of the text the problem is about. */
    readonly offset: number;
    readonly length: number;
}

export interface ParsedWorkspaceSettings {
    readonly settings: WorkspaceSettings;
    readonly problems: readonly SettingsProblem[];
}

const KEYS: Readonly<Record<string, readonly string[] | null>> = {
    readingLevel: ['targetGrade', 'minimumInflesz'],
    judgmentalLanguage: ['enabled', 'extraTerms'],
    locale: null,
    paper: null
};

const TERM_KEYS = new Set(['term', 'variants', 'suggestion', 'source', 'category', 'plural']);

/** Parses and checks the text of a `tandem.json`. */
export function parseWorkspaceSettings(text: string, locales: readonly string[] = DEFAULT_SETTINGS.locales): ParsedWorkspaceSettings {
    const content = sourceText(text);
    let json: unknown;
    try {
        json = JSON.parse(content);
    } catch (error) {
        const offset = jsonErrorOffset(content, (error as Error).message);
        return { settings: {}, problems: [{ message: `tandem.json is not valid JSON: ${(error as Error).message}`, offset, length: 1 }] };
    }
    const problems: SettingsProblem[] = [];
    const at = (key: string) => keyLocation(content, key);
    if (!isObject(json)) {
        return { settings: {}, problems: [{ message: 'tandem.json must hold one object, e.g. { "readingLevel": { "targetGrade": 8 } }.', offset: 0, length: Math.min(1, content.length) }] };
    }
    const settings: { -readonly [K in keyof WorkspaceSettings]: WorkspaceSettings[K] } = {};
    for (const [key, value] of Object.entries(json)) {
        if (!(key in KEYS)) {
            problems.push({ message: `Unknown setting \`${key}\`; tandem.json knows ${Object.keys(KEYS).map(k => `\`${k}\``).join(', ')}.`, ...at(key) });
            continue;
        }
        const allowed = KEYS[key];
        if (allowed) {
            if (!isObject(value)) {
                problems.push({ message: `\`${key}\` must be an object with ${allowed.map(k => `\`${k}\``).join(' and ')}.`, ...at(key) });
                continue;
            }
            for (const inner of Object.keys(value)) {
                if (!allowed.includes(inner)) {
                    problems.push({ message: `Unknown setting \`${key}.${inner}\`; \`${key}\` knows ${allowed.map(k => `\`${k}\``).join(' and ')}.`, ...at(inner) });
                }
            }
        }
        switch (key) {
            case 'readingLevel': {
                const { targetGrade: grade, minimumInflesz: inflesz } = value as Record<string, unknown>;
                const readingLevel: { targetGrade?: number; minimumInflesz?: number } = {};
                if (grade !== undefined) {
                    if (typeof grade !== 'number' || !Number.isFinite(grade) || grade <= 0) {
                        problems.push({ message: '`readingLevel.targetGrade` must be a number above 0, e.g. 8.', ...at('targetGrade') });
                    } else {
                        readingLevel.targetGrade = grade;
                    }
                }
                if (inflesz !== undefined) {
                    if (typeof inflesz !== 'number' || !Number.isFinite(inflesz) || inflesz < 0 || inflesz > 100) {
                        problems.push({ message: '`readingLevel.minimumInflesz` must be a number from 0 to 100, e.g. 55.', ...at('minimumInflesz') });
                    } else {
                        readingLevel.minimumInflesz = inflesz;
                    }
                }
                if (readingLevel.targetGrade !== undefined || readingLevel.minimumInflesz !== undefined) {
                    settings.readingLevel = readingLevel;
                }
                break;
            }
            case 'judgmentalLanguage': {
                const { enabled, extraTerms } = value as Record<string, unknown>;
                const judgmental: { enabled?: boolean; extraTerms?: ExtraJudgmentalTerm[] } = {};
                if (enabled !== undefined) {
                    if (typeof enabled !== 'boolean') {
                        problems.push({ message: '`judgmentalLanguage.enabled` must be true or false.', ...at('enabled') });
                    } else {
                        judgmental.enabled = enabled;
                    }
                }
                if (extraTerms !== undefined) {
                    const terms = checkTerms(extraTerms);
                    if (typeof terms === 'string') {
                        problems.push({ message: terms, ...at('extraTerms') });
                    } else {
                        judgmental.extraTerms = terms;
                    }
                }
                settings.judgmentalLanguage = judgmental;
                break;
            }
            case 'locale':
                if (typeof value !== 'string' || !locales.includes(value)) {
                    problems.push({ message: `\`locale\` must be one of ${locales.map(l => `"${l}"`).join(', ')}.`, ...at('locale') });
                } else {
                    settings.locale = value;
                }
                break;
            case 'paper':
                if (value !== 'a4' && value !== 'letter') {
                    problems.push({ message: '`paper` must be "a4" or "letter".', ...at('paper') });
                } else {
                    settings.paper = value;
                }
                break;
        }
    }
    return { settings, problems };
}

function checkTerms(value: unknown): ExtraJudgmentalTerm[] | string {
    const shape = '`judgmentalLanguage.extraTerms` must be a list of { "term": "…", "suggestion": "…" } (optional: "variants", "source", "category", "plural").';
    if (!Array.isArray(value)) {
        return shape;
    }
    for (const [index, entry] of value.entries()) {
        if (!isObject(entry) || typeof entry.term !== 'string' || entry.term.trim() === '' || typeof entry.suggestion !== 'string') {
            return `${shape} Entry ${index + 1} is not.`;
        }
        const unknown = Object.keys(entry).find(key => !TERM_KEYS.has(key));
        if (unknown) {
            return `Entry ${index + 1} of \`judgmentalLanguage.extraTerms\` has an unknown key \`${unknown}\`.`;
        }
        if (entry.variants !== undefined && !(Array.isArray(entry.variants) && entry.variants.every(v => typeof v === 'string'))) {
            return `Entry ${index + 1} of \`judgmentalLanguage.extraTerms\`: "variants" must be a list of texts.`;
        }
        if (entry.plural !== undefined && typeof entry.plural !== 'boolean') {
            return `Entry ${index + 1} of \`judgmentalLanguage.extraTerms\`: "plural" must be true or false.`;
        }
    }
    return value as ExtraJudgmentalTerm[];
}

/** The settings update (for the rules) that a `tandem.json` makes. */
export function toSettingsUpdate(settings: WorkspaceSettings): TandemSettingsUpdate {
    return {
        readingLevel: settings.readingLevel ? { ...settings.readingLevel } : undefined,
        judgmentalLanguage: settings.judgmentalLanguage ? { ...settings.judgmentalLanguage } : undefined
    };
}

export { lineAndColumn } from '../source-text.js';

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function keyLocation(text: string, key: string): { offset: number; length: number } {
    const offset = text.indexOf(`"${key}"`);
    return offset >= 0 ? { offset, length: key.length + 2 } : { offset: 0, length: 0 };
}

/** The offset a JSON.parse error names: `at position N` (Node 20) or `(line L column C)` (Node 22+). */
function jsonErrorOffset(text: string, message: string): number {
    const lineColumn = /line (\d+) column (\d+)/.exec(message);
    if (lineColumn) {
        const lines = text.split('\n');
        const line = Math.min(Number(lineColumn[1]) - 1, lines.length - 1);
        return lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0) + Number(lineColumn[2]) - 1;
    }
    const position = /position (\d+)/.exec(message);
    if (position) {
        return Math.min(Number(position[1]), Math.max(0, text.length - 1));
    }
    return Math.max(0, text.length - 1);
}
