/**
 * `--jobs`: bounded by the cores and by the memory free for workers, and said so when lowered.
 */
import { describe, expect, it } from 'vitest';
import { boundJobs, WORKER_MEMORY_MB } from '../src/jobs.js';

const MB = 1024 * 1024;

describe('boundJobs', () => {
    it('defaults to one per core, within memory', () => {
        expect(boundJobs(undefined, { cores: 8, memory: 64_000 * MB })).toEqual({ jobs: 8 });
        expect(boundJobs(undefined, { cores: 64, memory: 1024 * MB })).toEqual({ jobs: 4 });
    });

    it('lowers a request above the cores or the memory, and says why', () => {
        expect(boundJobs(64, { cores: 2, memory: 20_000 * MB })).toEqual({ jobs: 2, lowered: '--jobs 64 lowered to 2: this machine has 2 cores' });
        expect(boundJobs(100_000, { cores: 2, memory: 20_000 * MB }).jobs).toBe(2);
        expect(boundJobs(16, { cores: 32, memory: 3 * WORKER_MEMORY_MB * MB })).toEqual({ jobs: 3, lowered: `--jobs 16 lowered to 3: 768 MB of free memory allows 3 (${WORKER_MEMORY_MB} MB each)` });
        expect(boundJobs(4, { cores: 8, memory: 10 * MB })).toEqual({ jobs: 1, lowered: '--jobs 4 lowered to 1: 10 MB of free memory allows 1 (256 MB each)' });
    });

    it('keeps a request that fits', () => {
        expect(boundJobs(2, { cores: 2, memory: 20_000 * MB })).toEqual({ jobs: 2 });
    });
});
