/**
 * `tandem.json` on disk: the nearest one above a path, read and checked by the core's parser
 * (../workspace/workspace-settings.ts), which this module re-exports for `tandem validate`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ParsedWorkspaceSettings } from '../workspace/workspace-settings.js';
import { parseWorkspaceSettings, WORKSPACE_SETTINGS_FILE } from '../workspace/workspace-settings.js';

export * from '../workspace/workspace-settings.js';

/** The nearest `tandem.json` in `start` or a folder above it. */
export function findWorkspaceSettingsFile(start: string): string | undefined {
    let folder = path.resolve(start);
    try {
        if (fs.statSync(folder).isFile()) {
            folder = path.dirname(folder);
        }
    } catch {
        // a path that does not exist: search from where it would be
    }
    while (true) {
        const candidate = path.join(folder, WORKSPACE_SETTINGS_FILE);
        if (fs.existsSync(candidate)) {
            return candidate;
        }
        const parent = path.dirname(folder);
        if (parent === folder) {
            return undefined;
        }
        folder = parent;
    }
}

/** Reads and checks a `tandem.json` file. */
export function readWorkspaceSettingsFile(file: string, locales?: readonly string[]): ParsedWorkspaceSettings {
    return parseWorkspaceSettings(fs.readFileSync(file, 'utf8'), locales);
}

