/**
 * @tandem/render: the readable agreement. An effective contract becomes an agreement model
 * (plain data, in a locale), which one writer per format lays out: HTML, Markdown, text, PDF
 * and DOCX. No editor (LSP) code and no AST: only the language core's effective contract.
 * This is the Node entry point: message files are read from the locale folders and the PDF
 * fonts from the `dejavu-fonts-ttf` package (node/). A browser imports `@tandem/render/browser`.
 */
import { useNodeEnvironment } from './node/node-environment.js';

export * from './render-api.js';
export { bundledLocaleDir } from './node/locale-folders.js';

useNodeEnvironment();
