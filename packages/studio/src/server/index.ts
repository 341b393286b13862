/**
 * @tandem/studio/server: what the `tandem studio` command starts, and what the static build
 * shares with it.
 */
export * from './content-security-policy.js';
export { DEFAULT_HOST, DEFAULT_PORT, startStudioServer } from './studio-server.js';
export type { StudioServer, StudioServerOptions } from './studio-server.js';
export { STUDIO_HEADER, STUDIO_HEADER_VALUE } from './request-guard.js';
export { MAX_BODY_BYTES } from './request-body.js';
export { FILES_API_MARK } from './static-files.js';
