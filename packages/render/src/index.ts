/**
 * @tandem/render: the readable agreement. An effective contract becomes an agreement model
 * (plain data, in a locale), which one writer per format lays out: HTML, Markdown, text, PDF
 * and DOCX. No editor (LSP) code and no AST: only the language core's effective contract.
 */
export * from './locales/locale-catalog.js';
export * from './model/agreement.js';
export * from './model/agreement-builder.js';
export * from './model/agreement-size.js';
export * from './model/plain-text.js';
export * from './render.js';
export * from './render-refusal.js';
export { MissingGlyphError } from './writers/pdf-coverage.js';
export { escapeHtml, writeHtml } from './writers/html.js';
export type { HtmlOptions, Paper } from './writers/html.js';
export { escapeMarkdown, writeMarkdown } from './writers/md.js';
export { TEXT_WIDTH, wrap, writeText } from './writers/txt.js';
