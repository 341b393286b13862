/**
 * @tandem/studio/server: what the `tandem studio` command starts, and what the static build
 * shares with it.
 */
export * from './content-security-policy.js';
