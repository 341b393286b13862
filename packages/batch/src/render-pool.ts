/**
 * Renders agreements for a batch: in this thread (`--jobs 1`), or on worker threads (`--jobs N`).
 * The host names the worker's entry (the bundled CLI runs itself as a worker); the worker side is
 * `serveRenderRequests` (./render-worker.ts). Agreements cross threads as JSON (plain data), bytes come back transferred.
 */
import { Worker } from 'node:worker_threads';
import type { Agreement, Paper, RenderFormat } from '@tandem/render';
import { renderAgreement } from '@tandem/render';
import type { PrepareMessage, RenderMessage, RenderReply } from './render-worker.js';

export interface RenderRequest {
    readonly agreement: Agreement;
    readonly format: RenderFormat;
    readonly paper?: Paper;
}

export interface RenderPool {
    render(request: RenderRequest): Promise<Uint8Array>;
    close(): Promise<void>;
    /** How many workers (threads) were started; 0 when rendering in this thread. */
    readonly started: number;
}

export interface WorkerEntry {
    /** The module the workers run (it must call `serveRenderRequests` when it finds `workerData`). */
    readonly url: URL;
    readonly workerData: unknown;
}

/** A pool for one format; workers start loading that format's writer at once. */
export function createRenderPool(jobs: number, format: RenderFormat, entry?: WorkerEntry): RenderPool {
    return jobs > 1 && entry ? new WorkerRenderPool(jobs, format, entry) : new InProcessRenderPool();
}

class InProcessRenderPool implements RenderPool {
    readonly started = 0;

    render(request: RenderRequest): Promise<Uint8Array> {
        return renderAgreement(request.agreement, { format: request.format, paper: request.paper });
    }

    async close(): Promise<void> { }
}

interface Job {
    readonly id: number;
    readonly message: RenderMessage;
    resolve(bytes: Uint8Array): void;
    reject(error: Error): void;
}

/**
 * Each worker is given the next agreement before it has finished the one in hand, so that it
 * never waits for this thread (busy reading rows and writing files) to send more.
 */
const JOBS_PER_WORKER = 2;

/**
 * A render worker's young generation, in MB. V8's default (sized from the machine's memory) let
 * each worker's heap grow to some 200 MB while rendering PDFs; 48 MB keeps a `--jobs 2` batch
 * near 400 MB of RSS instead of 580 MB, at no cost in time that the batch bench can see.
 */
const WORKER_YOUNG_GENERATION_MB = 48;

/**
 * Workers started with the pool, to load the renderer while the template and the first rows are
 * read; the others (up to `jobs`) start only when rows wait for them, so a batch of six rows
 * never starts more workers than its rows can keep busy.
 */
const EAGER_WORKERS = 2;

class WorkerRenderPool implements RenderPool {
    private readonly workers: Worker[] = [];
    /** The jobs each worker has been sent and not answered, oldest first. */
    private readonly sent = new Map<Worker, Job[]>();
    private readonly queue: Job[] = [];
    private nextId = 0;
    private closed = false;

    constructor(private readonly jobs: number, private readonly format: RenderFormat, private readonly entry: WorkerEntry) {
        for (let i = 0; i < Math.min(jobs, EAGER_WORKERS); i++) {
            this.startWorker();
        }
    }

    /** How many workers were started (never more than the rows in flight needed). */
    get started(): number {
        return this.workers.length;
    }

    private startWorker(): void {
        const worker = new Worker(this.entry.url, { workerData: this.entry.workerData, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
        const prepare: PrepareMessage = { prepare: this.format };
        worker.postMessage(prepare);
        worker.on('message', (reply: RenderReply) => this.finish(worker, reply));
        worker.on('error', error => this.fail(worker, error));
        worker.on('exit', code => {
            if (!this.closed) {
                this.fail(worker, new Error(`a render worker stopped (exit code ${code})`));
            }
        });
        this.workers.push(worker);
        this.sent.set(worker, []);
    }

    render(request: RenderRequest): Promise<Uint8Array> {
        return new Promise((resolve, reject) => {
            const id = this.nextId++;
            this.queue.push({
                id,
                message: { id, agreement: JSON.stringify(request.agreement), format: request.format, paper: request.paper },
                resolve,
                reject
            });
            this.dispatch();
        });
    }

    async close(): Promise<void> {
        if (this.closed) {
            return;
        }
        this.closed = true;
        await Promise.all(this.workers.map(worker => worker.terminate()));
    }

    private dispatch(): void {
        while (this.queue.length > 0) {
            // The worker with the fewest jobs in hand, if it can take one more.
            const worker = this.workers.filter(candidate => this.sent.has(candidate))
                .reduce<Worker | undefined>((best, candidate) => (!best || this.sent.get(candidate)!.length < this.sent.get(best)!.length ? candidate : best), undefined);
            if (!worker || this.sent.get(worker)!.length >= JOBS_PER_WORKER) {
                if (worker && this.workers.length < this.jobs && !this.closed) {
                    this.startWorker(); // more rows wait than the workers can hold: one more worker
                    continue;
                }
                return;
            }
            const job = this.queue.shift()!;
            this.sent.get(worker)!.push(job);
            worker.postMessage(job.message);
        }
    }

    private finish(worker: Worker, reply: RenderReply): void {
        const jobs = this.sent.get(worker) ?? [];
        const index = jobs.findIndex(job => job.id === reply.id);
        const [job] = index >= 0 ? jobs.splice(index, 1) : [];
        if (job) {
            if (reply.bytes) {
                job.resolve(reply.bytes);
            } else {
                job.reject(new Error(reply.error ?? 'rendering failed'));
            }
        }
        this.dispatch();
    }

    /** A worker that fails takes no more jobs; the jobs it had fail with it. */
    private fail(worker: Worker, error: Error): void {
        const jobs = this.sent.get(worker) ?? [];
        this.sent.delete(worker);
        jobs.forEach(job => job.reject(error));
        if (this.sent.size === 0) {
            this.queue.splice(0).forEach(job => job.reject(error));
        }
    }
}
