/**
 * How many render workers a batch may start: what was asked (default: one per core), never more
 * than the cores, nor than the memory free for them allows (`WORKER_MEMORY_MB` each). The pool
 * itself starts no more than its rows in flight need (render-pool.ts). When a request is lowered,
 * the reason is given, for the command to say so.
 */
import * as os from 'node:os';

/** What one PDF worker may take at its peak, in MB (measured: 150–200 MB on the examples). */
export const WORKER_MEMORY_MB = 256;

export interface MachineLimits {
    readonly cores: number;
    /** Memory available to this process, in bytes. */
    readonly memory: number;
}

export function machineLimits(): MachineLimits {
    const cores = Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
    const constrained = (process as { constrainedMemory?: () => number | undefined }).constrainedMemory?.() ?? 0;
    const free = os.freemem();
    const memory = constrained > 0 && constrained < Number.MAX_SAFE_INTEGER ? Math.min(constrained, free) : free;
    return { cores, memory };
}

export function boundJobs(requested: number | undefined, limits: MachineLimits = machineLimits()): { jobs: number; lowered?: string } {
    const byMemory = Math.max(1, Math.floor(limits.memory / (WORKER_MEMORY_MB * 1024 * 1024)));
    const wanted = requested ?? limits.cores;
    const jobs = Math.max(1, Math.min(wanted, limits.cores, byMemory));
    if (requested === undefined || jobs === requested) {
        return { jobs };
    }
    const reason = jobs === byMemory && byMemory < limits.cores
        ? `${Math.round(limits.memory / (1024 * 1024))} MB of free memory allows ${byMemory} (${WORKER_MEMORY_MB} MB each)`
        : `this machine has ${limits.cores} core${limits.cores === 1 ? '' : 's'}`;
    return { jobs, lowered: `--jobs ${requested} lowered to ${jobs}: ${reason}` };
}
