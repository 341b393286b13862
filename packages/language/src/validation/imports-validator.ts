/**
 * `unresolved-import`: an import path that names no file, or a file that cannot be imported (not
 * a `.tandem` file, a folder or special file, a file that cannot be read), each with its reason.
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
        const unusable = this.unusable(uri, imp.path);
        if (unusable) {
            report(accept, 'unresolved-import', unusable, { node: imp, property: 'path' });
            return;
        }
        if (this.documents.hasDocument(uri) || this.isFile(uri)) {
            return;
        }
        const withExtension = imp.path.endsWith('.tandem') ? undefined : `${imp.path}.tandem`;
        const hint = withExtension && (this.documents.hasDocument(resolveImportUri(document.uri, withExtension)) || this.isFile(resolveImportUri(document.uri, withExtension)))
            ? ` Did you mean "${withExtension}"?`
            : '';
        report(accept, 'unresolved-import', `Cannot find the file "${imp.path}" (paths are relative to this file).${hint}`, { node: imp, property: 'path' });
    }

    /** Why an existing path cannot be imported, if it cannot. */
    private unusable(uri: ReturnType<typeof resolveImportUri>, path: string): string | undefined {
        let node;
        try {
            node = this.fileSystem.statSync(uri);
        } catch {
            return undefined; // missing: reported below as not found
        }
        if (node.isDirectory) {
            return `"${path}" is a folder: an import names a .tandem file.`;
        }
        if (!node.isFile) {
            return `"${path}" is not a regular file (a device, pipe or socket): an import names a .tandem file.`;
        }
        if (!path.endsWith('.tandem')) {
            return `"${path}" is not a .tandem file: only Tandem files can be imported.`;
        }
        if (this.documents.hasDocument(uri)) {
            return undefined;
        }
        try {
            this.fileSystem.readFileSync(uri);
        } catch (error) {
            const code = (error as NodeJS.ErrnoException).code;
            return `Cannot read the file "${path}": ${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message}.`;
        }
        return undefined;
    }

    private isFile(uri: ReturnType<typeof resolveImportUri>): boolean {
        try {
            return this.fileSystem.statSync(uri).isFile;
        } catch {
            return false;
        }
    }
}
