/**
 * The PDF fonts' bytes in Node: read from the files `./fonts.js` finds (the installed
 * `dejavu-fonts-ttf` package, or the extension's copy).
 */
import { readFileSync } from 'node:fs';
import type { FontSource } from '../writers/font-source.js';
import { DEJAVU_FONT_FILES } from '../writers/font-source.js';
import { dejaVuSans } from './fonts.js';

export const nodeFontSource: FontSource = file => {
    const files = dejaVuSans();
    const path = file === DEJAVU_FONT_FILES.bold ? files.bold : file === DEJAVU_FONT_FILES.regular ? files.regular : undefined;
    if (!path) {
        throw new Error(`no PDF font named ${file}`);
    }
    return readFileSync(path);
};
