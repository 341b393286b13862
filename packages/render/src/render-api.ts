/**
 * What both entry points of @tandem/render export (index.ts for Node, browser.ts for a browser):
 * the environment-neutral renderer. Nothing here reads a file or uses Node: message files and
 * fonts come from the environment the entry point sets up (locales/locale-files.ts,
 * writers/font-source.ts).
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
