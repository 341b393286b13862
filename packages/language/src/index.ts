/**
 * @tandem/language: the language core. Parsing, scoping, validation and the effective contract
 * model; no editor (LSP) code, so that the renderer and the CLI can use it alone.
 */
import './polyfills.js';

export * from './agreements/select-agreement.js';
export * from './ast-utils.js';
export * from './diagnostics/codes.js';
export * from './formatting/tandem-text-formatter.js';
export * from './generated/ast.js';
export * from './model/builtin-words.js';
export * from './model/calendar.js';
export * from './model/effective-contract.js';
export * from './model/effective-contract-builder.js';
export * from './model/placeholders.js';
export * from './scaffold/new-contract.js';
export * from './scoping/imports.js';
export * from './names.js';
export * from './plural.js';
export * from './settings.js';
export * from './source-text.js';
export * from './tandem-module.js';
export * from './validation/effective/index.js';
export * from './validation/problem-placement.js';
export * from './validation/row-values.js';
export { JudgmentalTermMatcher } from './validation/wording/judgmental-terms.js';
export { findHardSentences } from './validation/wording/reading-level.js';
export { countSpanishWords, findHardSpanishSentences, infleszScore, spanishSyllables } from './validation/wording/inflesz.js';
