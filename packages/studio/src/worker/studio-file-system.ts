/**
 * The folder's files as the worker's file system: Langium reads them from here at start-up (so
 * that imports resolve and `tandem.json` applies), and the page updates a file when it is saved
 * or created. Folders are implied by the files' paths. Nothing here reaches a disk or a network.
 */
import type { FileSystemNode, FileSystemProvider } from 'langium';
import { URI } from 'langium';

export class StudioFileSystemProvider implements FileSystemProvider {
    private readonly files = new Map<string, string>();

    /** Sets (or adds) a file's text, by URI. */
    setFile(uri: string, text: string): void {
        this.files.set(URI.parse(uri).toString(), text);
    }

    async stat(uri: URI): Promise<FileSystemNode> {
        return this.statSync(uri);
    }

    statSync(uri: URI): FileSystemNode {
        const key = uri.toString();
        if (this.files.has(key)) {
            return { isFile: true, isDirectory: false, uri };
        }
        if (this.isFolder(key)) {
            return { isFile: false, isDirectory: true, uri };
        }
        throw new Error(`${uri.path}: no such file in the folder`);
    }

    async exists(uri: URI): Promise<boolean> {
        return this.existsSync(uri);
    }

    existsSync(uri: URI): boolean {
        const key = uri.toString();
        return this.files.has(key) || this.isFolder(key);
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return this.readBinarySync(uri);
    }

    readBinarySync(uri: URI): Uint8Array {
        return new TextEncoder().encode(this.readFileSync(uri));
    }

    async readFile(uri: URI): Promise<string> {
        return this.readFileSync(uri);
    }

    readFileSync(uri: URI): string {
        const text = this.files.get(uri.toString());
        if (text === undefined) {
            throw new Error(`${uri.path}: no such file in the folder`);
        }
        return text;
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        return this.readDirectorySync(uri);
    }

    readDirectorySync(uri: URI): FileSystemNode[] {
        const prefix = uri.toString().replace(/\/?$/, '/');
        const entries = new Map<string, FileSystemNode>();
        for (const key of this.files.keys()) {
            if (!key.startsWith(prefix)) {
                continue;
            }
            const rest = key.slice(prefix.length);
            const slash = rest.indexOf('/');
            const name = slash < 0 ? rest : rest.slice(0, slash);
            if (!entries.has(name)) {
                const child = URI.parse(prefix + name);
                entries.set(name, { isFile: slash < 0, isDirectory: slash >= 0, uri: child });
            }
        }
        return [...entries.values()];
    }

    private isFolder(key: string): boolean {
        const prefix = key.replace(/\/?$/, '/');
        for (const file of this.files.keys()) {
            if (file.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
