/**
 * The renderer in a browser (what `@tandem/render/browser` sets up as it loads): message files
 * from the bundle (bundled-locales.ts), PDF fonts fetched from the app's URLs when the first PDF
 * is written. An app serves the two files of the `dejavu-fonts-ttf` package
 * (`ttf/DejaVuSans.ttf`, `ttf/DejaVuSans-Bold.ttf`) and says where.
 */
import { useLocaleFiles } from '../locales/locale-files.js';
import { useFontSource } from '../writers/font-source.js';
import { bundledLocales } from './bundled-locales.js';

export interface BrowserRendererOptions {
    /** The URL of a font file, given its name (`DejaVuSans.ttf` or `DejaVuSans-Bold.ttf`). */
    readonly fontUrl: (file: string) => string | URL;
}

let options: BrowserRendererOptions | undefined;

/** Says where the PDF fonts are (before the first PDF; HTML and DOCX need nothing). */
export function configureBrowserRenderer(configuration: BrowserRendererOptions): void {
    options = configuration;
    useFontSource(fetchFont);
}

async function fetchFont(file: string): Promise<Uint8Array> {
    if (!options) {
        throw new Error('the PDF fonts have no URL: call configureBrowserRenderer({ fontUrl }) first');
    }
    const url = options.fontUrl(file);
    const response = await fetch(url);
    if (!response.ok) {
        throw new Error(`could not fetch the PDF font ${file} from ${String(url)}: ${response.status} ${response.statusText}`);
    }
    return new Uint8Array(await response.arrayBuffer());
}

export function useBrowserEnvironment(): void {
    useLocaleFiles(bundledLocales);
    useFontSource(fetchFont);
}
