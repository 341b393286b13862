/**
 * The fonts embedded in PDFs: DejaVu Sans from the `dejavu-fonts-ttf` package (Latin, Greek,
 * Cyrillic and more: Spanish accents and the like show). Found through Node's resolution so
 * that the CLI bundle finds the installed package too.
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
