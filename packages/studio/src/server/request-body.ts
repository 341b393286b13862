/**
 * The body of a save: `text/plain` only (else 415), at most `limit` bytes (else 413, without
 * reading the rest), as raw bytes for the shared `.tandem` decoder.
 */
import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-responses.js';

/** The largest `.tandem` file a save accepts: far above any agreement, well below harm. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

function tooLarge(limit: number): HttpError {
    // The connection closes after the answer: what the page was still sending is not read.
    return new HttpError(413, `The file is too large to save: Tandem Studio saves files of up to ${Math.round(limit / 1024 / 1024)} MB.`, { Connection: 'close' });
}

export async function readTextBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
    const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'text/plain') {
        throw new HttpError(415, 'Send the file\'s text as text/plain (UTF-8).');
    }
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
        throw tooLarge(limit);
    }
    return new Promise<Buffer>((resolve, reject) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const onData = (chunk: Buffer) => {
            size += chunk.length;
            if (size > limit) {
                // Stop reading, but keep the socket: the answer must still reach the page.
                request.off('data', onData);
                request.pause();
                reject(tooLarge(limit));
                return;
            }
            chunks.push(chunk);
        };
        request.on('data', onData);
        request.once('end', () => resolve(Buffer.concat(chunks, size)));
        request.once('error', reject);
    });
}
