/**
 * Where the PDF writer gets its fonts: DejaVu Sans, regular and bold (Latin, Greek, Cyrillic
 * and more: Spanish accents and the like show), as the bytes of the `dejavu-fonts-ttf` package's
 * TTF files. Each environment says how to get them: in Node, read from the installed package
 * (node/node-font-source.ts); in a browser, fetched from URLs the app gives
 * (browser/browser-environment.ts). The bytes are asked for once, when the first PDF is written.
 */

export type FontKind = 'regular' | 'bold';

/** The file of each font in `dejavu-fonts-ttf/ttf/`. */
export const DEJAVU_FONT_FILES: Readonly<Record<FontKind, string>> = {
    regular: 'DejaVuSans.ttf',
    bold: 'DejaVuSans-Bold.ttf'
};

/** Gives the bytes of one of `DEJAVU_FONT_FILES` (its file name). */
export type FontSource = (file: string) => Uint8Array | Promise<Uint8Array>;

let fontSource: FontSource | undefined;
let loaded: Promise<Readonly<Record<FontKind, Uint8Array>>> | undefined;

/** Sets where fonts come from (the environment's entry point does, before any PDF). */
export function useFontSource(source: FontSource): void {
    fontSource = source;
    loaded = undefined;
}

/** The fonts' bytes, asked of the font source once (again only after a failure). */
export function loadFontBytes(): Promise<Readonly<Record<FontKind, Uint8Array>>> {
    if (!loaded) {
        const source = fontSource;
        if (!source) {
            return Promise.reject(new Error('no font source for PDF: import @tandem/render (Node) or call configureBrowserRenderer from @tandem/render/browser'));
        }
        loaded = Promise.all([source(DEJAVU_FONT_FILES.regular), source(DEJAVU_FONT_FILES.bold)])
            .then(([regular, bold]) => ({ regular, bold }));
        loaded.catch(() => {
            loaded = undefined;
        });
    }
    return loaded;
}
