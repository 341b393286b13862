/**
 * The default locale: what a contract that names none is written in, and what the renderer falls
 * back to. One constant for the whole toolkit. It imports nothing, so the renderer (and its
 * worker threads) take it as `@tandem/language/default-locale` without loading the language core.
 */
export const DEFAULT_LOCALE = 'en';
