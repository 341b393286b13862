/**
 * The types of the files the static app is made of, by extension, and which are worth
 * compressing. A file of any other extension is not served.
 */

export interface FileType {
    readonly contentType: string;
    /** Text and fonts compress; PNG and WOFF2 already are. */
    readonly compressible: boolean;
}

const TYPES: Readonly<Record<string, FileType>> = {
    '.html': { contentType: 'text/html; charset=utf-8', compressible: true },
    '.js': { contentType: 'text/javascript; charset=utf-8', compressible: true },
    '.mjs': { contentType: 'text/javascript; charset=utf-8', compressible: true },
    '.css': { contentType: 'text/css; charset=utf-8', compressible: true },
    '.json': { contentType: 'application/json; charset=utf-8', compressible: true },
    '.map': { contentType: 'application/json; charset=utf-8', compressible: true },
    '.txt': { contentType: 'text/plain; charset=utf-8', compressible: true },
    '.svg': { contentType: 'image/svg+xml', compressible: true },
    '.ttf': { contentType: 'font/ttf', compressible: true },
    '.woff2': { contentType: 'font/woff2', compressible: false },
    '.png': { contentType: 'image/png', compressible: false },
    '.ico': { contentType: 'image/x-icon', compressible: true },
    '.wasm': { contentType: 'application/wasm', compressible: true }
};

/** The type of a file by its name, or undefined for a file the app does not serve. */
export function fileTypeOf(name: string): FileType | undefined {
    const dot = name.lastIndexOf('.');
    return dot > 0 ? TYPES[name.slice(dot).toLowerCase()] : undefined;
}
