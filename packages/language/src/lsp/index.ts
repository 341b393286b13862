/**
 * @tandem/language/lsp: the editor services (separate from the core entry point, so that the
 * renderer and the CLI never load editor code).
 */
import '../polyfills.js';

export * from './tandem-lsp-module.js';
export * from './rule-documentation.js';
export * from './tandem-language-server.js';
export * from './protocol.js';
