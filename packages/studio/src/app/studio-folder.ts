/**
 * Where the page's files come from and go to, one kind of folder per way of reaching them:
 * - the local server of `tandem studio` (its `/api/` routes: files read and saved inside the
 *   folder it serves);
 * - a folder the user picks in a browser with the File System Access API (the static build);
 * - files the user uploads, saved back as downloads (browsers without that API);
 * - no folder yet (the static build before one is opened): one new contract to start from.
 */

/** What a folder holds, by path relative to the folder (with `/`). */
export interface FolderContents {
    /** Every `.tandem` file that could be read (and `tandem.json`, when there is one): path → text. */
    readonly files: Record<string, string>;
    /** The files that could not be read (e.g. not UTF-8): path → why. The others still open. */
    readonly unreadable: Record<string, string>;
}

/** A folder's files. */
export interface StudioFolder {
    /** What the page shows as the folder's name. */
    readonly name: string;
    /** What Save does: write into the folder, or download the file. */
    readonly saves: 'in-folder' | 'as-download';
    readAll(): Promise<FolderContents>;
    save(path: string, text: string): Promise<void>;
}

/** A request refused, or a folder that cannot be read: the message says what and where. */
export class FolderError extends Error {}

const API_HEADERS = { 'X-Tandem-Studio': '1' };

/**
 * The folder `tandem studio` serves, when the page came from it: its server marks index.html
 * (`<meta name="tandem-studio-files" content="api/">`); the static build elsewhere has no files
 * API and is not asked.
 */
export async function serverFolder(): Promise<StudioFolder | undefined> {
    const api = document.querySelector('meta[name="tandem-studio-files"]')?.getAttribute('content');
    if (!api) {
        return undefined;
    }
    const response = await fetch(`${api}files`, { headers: API_HEADERS });
    if (!response.ok) {
        throw new FolderError(`The folder's files could not be listed: ${await errorOf(response)}`);
    }
    const listing = await response.json() as { folder: string, files: { path: string }[], settings?: string };
    return {
        name: listing.folder,
        saves: 'in-folder',
        async readAll() {
            const contents: FolderContents = { files: {}, unreadable: {} };
            const paths = [...listing.files.map(file => file.path), ...(listing.settings ? [listing.settings] : [])];
            await Promise.all(paths.map(async path => {
                const read = await fetch(`${api}file?path=${encodeURIComponent(path)}`, { headers: API_HEADERS });
                if (read.ok) {
                    contents.files[path] = await read.text();
                } else {
                    contents.unreadable[path] = await errorOf(read);
                }
            }));
            return contents;
        },
        async save(path, text) {
            const saved = await fetch(`${api}file?path=${encodeURIComponent(path)}`, {
                method: 'PUT', headers: { ...API_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }, body: text
            });
            if (!saved.ok) {
                throw new FolderError(`${path} was not saved: ${await errorOf(saved)}`);
            }
        }
    };
}

async function errorOf(response: Response): Promise<string> {
    try {
        const body = await response.json() as { error?: string };
        return body.error ?? `${response.status} ${response.statusText}`;
    } catch {
        return `${response.status} ${response.statusText}`;
    }
}

/** The File System Access API's parts that are used (Chromium-based browsers have it). */
interface DirectoryHandle {
    readonly kind: 'directory';
    readonly name: string;
    values(): AsyncIterable<DirectoryHandle | FileHandle>;
    getDirectoryHandle(name: string): Promise<DirectoryHandle>;
    getFileHandle(name: string, options?: { create?: boolean }): Promise<FileHandle>;
}

interface FileHandle {
    readonly kind: 'file';
    readonly name: string;
    getFile(): Promise<File>;
    createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void>; abort(): Promise<void> }>;
}

type DirectoryPicker = (options?: { mode?: 'read' | 'readwrite', id?: string }) => Promise<DirectoryHandle>;

/** Whether this browser lets the page open a folder and save into it. */
export function canPickFolder(): boolean {
    return typeof (window as unknown as { showDirectoryPicker?: DirectoryPicker }).showDirectoryPicker === 'function';
}

/** Asks the user for a folder (File System Access API). */
export async function pickFolder(): Promise<StudioFolder> {
    const picker = (window as unknown as { showDirectoryPicker: DirectoryPicker }).showDirectoryPicker;
    const root = await picker({ mode: 'readwrite', id: 'tandem-studio' });
    return directoryFolder(root);
}

function directoryFolder(root: DirectoryHandle): StudioFolder {
    return {
        name: root.name,
        saves: 'in-folder',
        async readAll() {
            const contents: FolderContents = { files: {}, unreadable: {} };
            await readDirectory(root, '', contents);
            return contents;
        },
        async save(path, text) {
            const parts = path.split('/');
            let folder = root;
            for (const part of parts.slice(0, -1)) {
                folder = await folder.getDirectoryHandle(part);
            }
            // The browser writes to a temporary file and replaces the file on close: a failed
            // write leaves the file as it was.
            const writable = await (await folder.getFileHandle(parts[parts.length - 1], { create: true })).createWritable();
            try {
                await writable.write(text);
                await writable.close();
            } catch (error) {
                await writable.abort().catch(() => undefined);
                throw new FolderError(`${path} was not saved: ${error instanceof Error ? error.message : String(error)}`);
            }
        }
    };
}

async function readDirectory(folder: DirectoryHandle, prefix: string, contents: FolderContents): Promise<void> {
    for await (const entry of folder.values()) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') {
            continue;
        }
        const path = prefix + entry.name;
        if (entry.kind === 'directory') {
            await readDirectory(entry, `${path}/`, contents);
        } else if (entry.name.endsWith('.tandem') || path === 'tandem.json') {
            await readInto(contents, path, await entry.getFile());
        }
    }
}

/** Files the user chose (`<input type="file">`): saved back as downloads. */
export function uploadedFolder(chosen: readonly File[], download: (fileName: string, bytes: Blob) => void): StudioFolder {
    return {
        name: (chosen[0] as File & { webkitRelativePath?: string }).webkitRelativePath?.split('/')[0]
            || (chosen.length === 1 ? chosen[0].name : `${chosen.length} files`),
        saves: 'as-download',
        async readAll() {
            const contents: FolderContents = { files: {}, unreadable: {} };
            for (const file of chosen) {
                const path = (file as File & { webkitRelativePath?: string }).webkitRelativePath?.replace(/^[^/]*\//, '') || file.name;
                if ((path.endsWith('.tandem') || path === 'tandem.json') && !path.split('/').some(name => name.startsWith('.') || name === 'node_modules')) {
                    await readInto(contents, path, file);
                }
            }
            return contents;
        },
        async save(path, text) {
            download(path.replace(/^.*\//, ''), new Blob([text], { type: 'text/plain;charset=utf-8' }));
        }
    };
}

/** No folder yet: one new contract, kept in the page until saved (as a download). */
export function startingFolder(starter: Record<string, string>, download: (fileName: string, bytes: Blob) => void): StudioFolder {
    return {
        name: 'No folder open',
        saves: 'as-download',
        async readAll() {
            return { files: { ...starter }, unreadable: {} };
        },
        async save(path, text) {
            download(path.replace(/^.*\//, ''), new Blob([text], { type: 'text/plain;charset=utf-8' }));
        }
    };
}

/**
 * Reads a file's text as `tandem` reads it: UTF-8, or UTF-16 with a byte-order mark. A file
 * that is neither is listed as unreadable, and the others still open.
 */
async function readInto(contents: FolderContents, path: string, file: Blob): Promise<void> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
    try {
        contents.files[path] = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
        contents.unreadable[path] = `${path} is not UTF-8 text: save it as UTF-8 (or UTF-16 with a byte-order mark) and open the folder again.`;
    }
}
