/**
 * @tandem/render/browser: the renderer in a browser (a page or a Web Worker), giving the same
 * bytes as in Node for every format. The bundled message files are inlined into the bundle;
 * the PDF writer (pdfkit) is loaded on the first PDF, and so are the fonts, fetched from the
 * URLs given to `configureBrowserRenderer`.
 */
import { useBrowserEnvironment } from './browser/browser-environment.js';

export * from './render-api.js';
export { configureBrowserRenderer } from './browser/browser-environment.js';
export type { BrowserRendererOptions } from './browser/browser-environment.js';

useBrowserEnvironment();
