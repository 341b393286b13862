/**
 * Files the page gives the user: the rendered agreement (the worker's bytes, base64 in LSP
 * messages) or a contract's text, saved through the browser's download.
 */
import type { RenderedFile } from '../shared/studio-protocol.js';

/** Starts a download of the bytes under this file name. */
export function downloadBlob(fileName: string, blob: Blob): void {
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Downloads a file the worker rendered. */
export function downloadRendered(file: RenderedFile): void {
    const binary = atob(file.base64);
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index++) {
        bytes[index] = binary.charCodeAt(index);
    }
    downloadBlob(file.fileName, new Blob([bytes], { type: file.mimeType }));
}
