/**
 * @tandem/batch: agreements from a template and rows of data, for print jobs. Rows are streamed
 * (CSV, JSON, JSONL), each checked as an effective contract, rendered (on worker threads when
 * asked), written atomically under safe names, and listed in a manifest.
 */
export * from './batch-runner.js';
export * from './data/data-record.js';
export * from './data/decoding-stream.js';
export * from './data/open-data.js';
export * from './jobs.js';
export * from './output/manifest.js';
export * from './output/safe-file-names.js';
export * from './render-pool.js';
export * from './render-worker.js';
