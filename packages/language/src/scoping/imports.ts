/**
 * Import paths: relative to the importing file (an absolute path stays as it is).
 */
import type { LangiumDocument } from 'langium';
import { URI, UriUtils } from 'langium';
import type { Import, Model } from '../generated/ast.js';

export function resolveImportUri(importingDocument: URI, path: string): URI {
    if (path.startsWith('/')) {
        return importingDocument.with({ path });
    }
    return UriUtils.resolvePath(UriUtils.dirname(importingDocument), path);
}

/** The URIs a document imports directly, in order, without repeats. */
export function importedUris(document: LangiumDocument<Model>): URI[] {
    return importedUrisOf(document.uri, document.parseResult.value.imports ?? []);
}

export function importedUrisOf(documentUri: URI, imports: readonly Import[]): URI[] {
    const seen = new Set<string>();
    const uris: URI[] = [];
    for (const imp of imports) {
        if (typeof imp.path !== 'string' || imp.path.length === 0) {
            continue;
        }
        const uri = resolveImportUri(documentUri, imp.path);
        const key = uri.toString();
        if (!seen.has(key)) {
            seen.add(key);
            uris.push(uri);
        }
    }
    return uris;
}
