/**
 * `tandem diff --format text` (the default) and `--format json`: the changes for a person at a
 * terminal, one line each (`section  item  change  field: old → new`), with word-level marks
 * inside a changed text (`[-removed-]{+added+}`, words of any script kept whole); and the JSON
 * shape LANGUAGE.md gives.
 */
import { diffWordsWithSpace } from 'diff';
import type { ContractChange, ContractDiff, DiffValue } from './contract-diff.js';

/** The JSON of `tandem diff --format json`: `{"changes": [...], "revisionAdded": boolean}`. */
export function formatDiffJson(diff: ContractDiff): string {
    return `${JSON.stringify({
        changes: diff.changes.map(change => ({
            section: change.section, item: change.item, change: change.change, field: change.field, old: change.old, new: change.new
        })),
        revisionAdded: diff.revisionAdded
    }, null, 2)}\n`;
}

export function formatDiffText(diff: ContractDiff): string {
    const lines = diff.changes.map(describeChange);
    const count = diff.changes.length;
    lines.push(count === 0
        ? 'No changes.'
        : `${count} ${count === 1 ? 'change' : 'changes'}; ${diff.revisionAdded ? 'a new revision is added' : 'no new revision: add a `revision` line to the new version'}.`);
    return `${lines.join('\n')}\n`;
}

function describeChange(change: ContractChange): string {
    const head = [change.section, change.item ?? '-', change.change].join('  ');
    if (change.change !== 'changed') {
        return head;
    }
    const words = typeof change.old === 'string' && typeof change.new === 'string' && /\s/.test(`${change.old}${change.new}`)
        ? `  (${markWords(change.old, change.new)})`
        : '';
    return `${head}  ${change.field}: ${show(change.old)} → ${show(change.new)}${words}`;
}

/** `old` turned into `new` word by word: `[-removed-]` and `{+added+}` around what changed. */
export function markWords(before: string, after: string): string {
    return diffWordsWithSpace(before, after).map(part => (part.added ? `{+${part.value}+}` : part.removed ? `[-${part.value}-]` : part.value)).join('');
}

function show(value: DiffValue): string {
    return value === null ? '(none)' : typeof value === 'string' ? JSON.stringify(value) : String(value);
}
