/**
 * `unresolved-import`: an import path that names no file.
 */
import type { FileSystemProvider, LangiumDocuments, ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import type { Import } from '../generated/ast.js';
import { resolveImportUri } from '../scoping/imports.js';
import { report } from './report.js';

export class ImportsValidator {

    constructor(
        private readonly documents: LangiumDocuments,
        private readonly fileSystem: FileSystemProvider
    ) { }

    checkImport(imp: Import, accept: ValidationAcceptor): void {
        if (typeof imp.path !== 'string') {
            return;
        }
        const document = AstUtils.getDocument(imp);
        if (imp.path.trim().length === 0) {
            report(accept, 'unresolved-import', 'An import needs the path of a `.tandem` file, relative to this file.', { node: imp, property: 'path' });
            return;
        }
        const uri = resolveImportUri(document.uri, imp.path);
        if (this.documents.hasDocument(uri) || this.isFile(uri)) {
            return;
        }
        const withExtension = imp.path.endsWith('.tandem') ? undefined : `${imp.path}.tandem`;
        const hint = withExtension && (this.documents.hasDocument(resolveImportUri(document.uri, withExtension)) || this.isFile(resolveImportUri(document.uri, withExtension)))
            ? ` Did you mean "${withExtension}"?`
            : '';
        report(accept, 'unresolved-import', `Cannot find the file "${imp.path}" (paths are relative to this file).${hint}`, { node: imp, property: 'path' });
    }

    private isFile(uri: ReturnType<typeof resolveImportUri>): boolean {
        try {
            return this.fileSystem.statSync(uri).isFile;
        } catch {
            return false;
        }
    }
}
