/**
 * The files of the PDF fonts in Node: the `dejavu-fonts-ttf` package, found through Node's
 * resolution so that the CLI bundle finds the installed package too. (The VS Code extension's
 * bundle replaces this module with its own, whose fonts are in the extension's folder.)
 */
import { createRequire } from 'node:module';

export interface FontFiles {
    readonly regular: string;
    readonly bold: string;
}

let fonts: FontFiles | undefined;

export function dejaVuSans(): FontFiles {
    if (!fonts) {
        const require = createRequire(import.meta.url);
        fonts = {
            regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
            bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')
        };
    }
    return fonts;
}
