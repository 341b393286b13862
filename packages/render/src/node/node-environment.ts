/**
 * The renderer in Node (what `@tandem/render` sets up as it loads): message files read from the
 * locale folders, PDF fonts read from the `dejavu-fonts-ttf` package.
 */
import { useLocaleFiles } from '../locales/locale-files.js';
import { useFontSource } from '../writers/font-source.js';
import { localeFolders } from './locale-folders.js';
import { nodeFontSource } from './node-font-source.js';

export function useNodeEnvironment(): void {
    useLocaleFiles(localeFolders);
    useFontSource(nodeFontSource);
}
