/**
 * Quick fixes that replace a word: a supported locale for an unknown one, the closest names in
 * scope for a reference that names nothing (by edit distance), and neutral wording for a
 * judgmental term (the suggestion the diagnostic carries in `data.replacement`).
 */
import type { AstNode, Reference } from 'langium';
import { GrammarUtils, isReference } from 'langium';
import type { CodeAction } from 'vscode-languageserver';
import type { QuickFixContext } from './quick-fix-context.js';

/** How many names an unresolved reference is offered. */
const MAX_SUGGESTIONS = 3;

export function replaceLocale(context: QuickFixContext): CodeAction[] {
    const data = context.diagnostic.data as { supported?: unknown } | undefined;
    const supported = Array.isArray(data?.supported)
        ? data.supported.filter((code): code is string => typeof code === 'string')
        : context.services.settings.SettingsProvider.settings.locales;
    const { start, end } = rangeOffsets(context);
    return supported.map((code, index) => context.action(`Use locale \`${code}\``, [context.edit(start, end, code)], index === 0));
}

export function replaceJudgmentalTerm(context: QuickFixContext): CodeAction[] {
    const replacement = (context.diagnostic.data as { replacement?: unknown } | undefined)?.replacement;
    if (typeof replacement !== 'string' || replacement === '') {
        return [];
    }
    const covered = context.coveredText;
    const capitalised = /^[A-Z]/.test(covered) ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
    const { start, end } = rangeOffsets(context);
    return [context.action(`Say "${capitalised}" instead`, [context.edit(start, end, capitalised)], true)];
}

export function suggestNames(context: QuickFixContext): CodeAction[] {
    const leaf = context.leaf;
    const assignment = leaf && GrammarUtils.findAssignment(leaf);
    if (!leaf || !assignment) {
        return [];
    }
    const container = leaf.astNode;
    const property = assignment.feature;
    const value = (container as unknown as Record<string, unknown>)[property];
    const references = (Array.isArray(value) ? value : [value]).filter(isReference) as Reference[];
    const index = references.findIndex(reference => reference.$refNode?.offset === leaf.offset);
    const reference = references[index];
    if (!reference) {
        return [];
    }
    const written = reference.$refText;
    const scope = context.services.references.ScopeProvider.getScope({ reference, container: container as AstNode, property, index: Array.isArray(value) ? index : undefined });
    const candidates = scope.getAllElements()
        .map(description => ({ name: description.name, distance: editDistance(written, description.name) }))
        .filter(candidate => candidate.name !== written && candidate.distance <= Math.max(2, Math.ceil(written.length / 2)))
        .toArray()
        .sort((a, b) => a.distance - b.distance || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        .slice(0, MAX_SUGGESTIONS);
    return candidates.map((candidate, position) =>
        context.action(`Change to \`${candidate.name}\``, [context.edit(leaf.offset, leaf.end, candidate.name)], position === 0));
}

function rangeOffsets(context: QuickFixContext): { start: number; end: number } {
    const textDocument = context.document.textDocument;
    return { start: textDocument.offsetAt(context.diagnostic.range.start), end: textDocument.offsetAt(context.diagnostic.range.end) };
}

/** Levenshtein distance, case-insensitive letters counting half a change (`jane` is close to `Jane`). */
export function editDistance(a: string, b: string): number {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = a[i - 1] === b[j - 1] ? 0 : a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0.5 : 1;
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + substitution);
        }
        previous = current;
    }
    return previous[b.length];
}
