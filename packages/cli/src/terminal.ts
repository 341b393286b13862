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
