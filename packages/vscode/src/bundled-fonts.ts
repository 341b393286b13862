/**
 * The PDF fonts inside the extension: the bundle has no node_modules, so @tandem/render's
 * `writers/fonts.ts` (which finds the `dejavu-fonts-ttf` package through Node's resolution) is
 * replaced by this module when the extension is bundled (scripts/bundle-extension.mjs). The TTF
 * files are copied into the extension's `fonts/` folder, beside `dist/`.
 */
import * as path from 'node:path';

export interface FontFiles {
    readonly regular: string;
    readonly bold: string;
}

export function dejaVuSans(): FontFiles {
    // The bundle is dist/extension.cjs (or dist/server.cjs): CommonJS, so __dirname is dist/.
    const folder = path.join(__dirname, '..', 'fonts');
    return { regular: path.join(folder, 'DejaVuSans.ttf'), bold: path.join(folder, 'DejaVuSans-Bold.ttf') };
}
