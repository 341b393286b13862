/**
 * Output to a terminal: colour only where the stream is a TTY (and NO_COLOR is not set).
 */

export interface Style {
    red(text: string): string;
    yellow(text: string): string;
    blue(text: string): string;
    dim(text: string): string;
    bold(text: string): string;
    underline(text: string): string;
}

const ANSI = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

const COLOURED: Style = {
    red: ANSI(31, 39),
    yellow: ANSI(33, 39),
    blue: ANSI(34, 39),
    dim: ANSI(2, 22),
    bold: ANSI(1, 22),
    underline: ANSI(4, 24)
};

const identity = (text: string) => text;
const PLAIN: Style = { red: identity, yellow: identity, blue: identity, dim: identity, bold: identity, underline: identity };

export function styleFor(stream: NodeJS.WriteStream): Style {
    const wanted = stream.isTTY === true && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
    return wanted || process.env.FORCE_COLOR ? COLOURED : PLAIN;
}

export { plural } from '@tandem/language';

/**
 * Characters that must not reach a terminal raw from user text (file names, import paths,
 * strings, data): control characters (ESC begins an escape sequence that can rewrite the screen;
 * NUL, BEL, line breaks that forge lines), DEL and C1 controls, lone surrogates, and invisible
 * characters that hide or reorder text — zero-width space, LRM/RLM, bidirectional embeddings and
 * isolates (as in "Trojan Source"), word joiners, soft hyphen, BOM, tag characters. ZWJ and ZWNJ
 * stay: scripts such as Persian and Devanagari need them in names, and emoji use ZWJ.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2028\u2029\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]|[\u{e0000}-\u{e007f}]|[\ud800-\udfff]/gu;

/** User text made safe for a terminal: each unsafe character shown as `\u200b` (`\u{e0041}` above the BMP). */
export function terminalText(text: string): string {
    return text.replace(UNSAFE, char => {
        const code = char.codePointAt(0)!;
        return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
    });
}
