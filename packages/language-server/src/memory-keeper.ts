/**
 * Gives memory back after a burst of edits. Each keystroke re-parses its file, and the previous
 * version's syntax tree lives long enough to be promoted to V8's old generation; V8 collects that
 * only when the old generation reaches its limit, so a few seconds of typing in a long file grows
 * the server by hundreds of megabytes of garbage. Once the edits have settled (no build for a
 * moment), or during a long burst once the heap has grown a lot, the keeper runs one full
 * collection (a few tens of milliseconds with the server's live data), and only when the heap
 * has grown since the last one.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DocumentState } from 'langium';
import type { LangiumSharedCoreServices } from 'langium';

export interface MemoryKeeperOptions {
    /** How long after the last build the collection runs. */
    readonly settleMs?: number;
    /** Growth of the heap since the last collection below which nothing is done. */
    readonly growthBytes?: number;
    /** Growth at which the collection runs right after a build, without waiting for edits to settle. */
    readonly burstGrowthBytes?: number;
    /** For tests: the collection and the heap's size (V8's memory-reducing collection, `heapUsed`). */
    readonly collect?: () => void;
    readonly heapUsed?: () => number;
}

type Collect = (options?: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

/**
 * V8's full collection, exposed at run time (the server is not started with --expose-gc), in its
 * memory-reducing flavour: an ordinary full collection frees the garbage but V8 keeps the freed
 * pages (RSS stays where the burst took it); 'last-resort' also gives them back to the system.
 */
export function memoryReducingCollection(): (() => void) | undefined {
    let gc = (globalThis as { gc?: Collect }).gc;
    if (!gc) {
        try {
            setFlagsFromString('--expose-gc');
            const exposed = runInNewContext('gc') as unknown;
            gc = typeof exposed === 'function' ? exposed as Collect : undefined;
        } catch {
            gc = undefined;
        }
    }
    const collect = gc;
    return collect && (() => collect({ type: 'major', execution: 'sync', flavor: 'last-resort' }));
}

/** What the keeper uses of the shared services: the end of each build. */
type BuildEvents = Pick<LangiumSharedCoreServices['workspace']['DocumentBuilder'], 'onBuildPhase'>;

export function startMemoryKeeper(shared: { workspace: { DocumentBuilder: BuildEvents } }, options: MemoryKeeperOptions = {}): void {
    const gc = options.collect ?? memoryReducingCollection();
    if (!gc) {
        return;
    }
    const heapUsed = options.heapUsed ?? (() => process.memoryUsage().heapUsed);
    const settleMs = options.settleMs ?? 750;
    const growthBytes = options.growthBytes ?? 32 * 1024 * 1024;
    const burstGrowthBytes = options.burstGrowthBytes ?? 128 * 1024 * 1024;
    let afterLastCollection = heapUsed();
    let timer: NodeJS.Timeout | undefined;
    const collect = (threshold: number) => {
        if (heapUsed() - afterLastCollection >= threshold) {
            gc();
            afterLastCollection = heapUsed();
        }
    };
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
        clearTimeout(timer);
        // In a long burst of typing, collect every so often (after this build's diagnostics
        // have gone out); once the edits settle, collect what is left.
        setImmediate(() => collect(burstGrowthBytes));
        timer = setTimeout(() => collect(growthBytes), settleMs);
        timer.unref();
    });
}
