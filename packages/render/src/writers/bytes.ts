/**
 * Text to bytes and back, and bytes joined, with what every JavaScript runtime has (TextEncoder,
 * TextDecoder, Uint8Array) rather than Node's Buffer, so that the writers run in a browser too.
 * UTF-8 for the text formats and DOCX parts; Latin-1 (one byte per character) for PDF syntax.
 */

const utf8Encoder = new TextEncoder();
/** Keeps a leading byte-order mark as U+FEFF, as Buffer's `toString('utf8')` does. */
const utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true });

export function utf8Bytes(text: string): Uint8Array {
    return utf8Encoder.encode(text);
}

export function utf8Text(bytes: Uint8Array): string {
    return utf8Decoder.decode(bytes);
}

/** One byte per character, its code modulo 256 (as Buffer's 'latin1'): PDF operators and binary strings. */
export function latin1Bytes(text: string): Uint8Array {
    const bytes = new Uint8Array(text.length);
    for (let index = 0; index < text.length; index++) {
        bytes[index] = text.charCodeAt(index);
    }
    return bytes;
}

export function latin1Text(bytes: Uint8Array): string {
    let text = '';
    for (let start = 0; start < bytes.length; start += 0x8000) {
        text += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
    }
    return text;
}

export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
    let length = 0;
    for (const chunk of chunks) {
        length += chunk.length;
    }
    const joined = new Uint8Array(length);
    let offset = 0;
    for (const chunk of chunks) {
        joined.set(chunk, offset);
        offset += chunk.length;
    }
    return joined;
}
