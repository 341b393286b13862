/**
 * The memory keeper: after a burst of edits the server gives back what the burst took (V8's
 * memory-reducing collection), once edits settle or, in a long burst, when the heap has grown a lot.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { memoryReducingCollection, startMemoryKeeper } from '../src/memory-keeper.js';

const MB = 1024 * 1024;

function fakeServer() {
    const listeners: Array<() => void> = [];
    const shared = {
        workspace: {
            DocumentBuilder: {
                onBuildPhase: (_state: unknown, listener: () => void) => {
                    listeners.push(listener);
                    return { dispose: () => undefined };
                }
            }
        }
    };
    return { shared, buildDone: () => listeners.forEach(listener => listener()) };
}

describe('memory keeper', () => {
    beforeEach(() => {
        vi.useFakeTimers();
    });
    afterEach(() => {
        vi.useRealTimers();
    });

    test('collects once edits settle, only when the heap has grown; at once in a long burst', () => {
        let heap = 50 * MB;
        const collections: number[] = [];
        const { shared, buildDone } = fakeServer();
        startMemoryKeeper(shared as never, {
            settleMs: 750, growthBytes: 32 * MB, burstGrowthBytes: 128 * MB,
            heapUsed: () => heap,
            collect: () => {
                collections.push(heap);
                heap = 50 * MB;
            }
        });

        // Small growth: nothing.
        heap = 70 * MB;
        buildDone();
        vi.advanceTimersByTime(1000);
        expect(collections).toEqual([]);

        // Typing: each build pushes the settle time back; one collection after the last.
        for (let i = 0; i < 5; i++) {
            heap += 10 * MB;
            buildDone();
            vi.advanceTimersByTime(200);
        }
        expect(collections).toEqual([]);
        vi.advanceTimersByTime(600);
        expect(collections).toEqual([120 * MB]);

        // A long burst that grows the heap a lot: collected right after its build.
        heap = 200 * MB;
        buildDone();
        vi.advanceTimersByTime(1);
        expect(collections).toEqual([120 * MB, 200 * MB]);
        vi.advanceTimersByTime(1000);
        expect(collections).toHaveLength(2);
    });
});

test('the memory-reducing collection gives freed memory back to the system', async () => {
    const collect = memoryReducingCollection();
    expect(collect).toBeDefined();
    collect!();
    const before = process.memoryUsage().rss;
    // About 200 MB of short-lived objects, as a burst of parses makes.
    const burst = () => {
        let keep: unknown[] = [];
        for (let i = 0; i < 40; i++) {
            keep.push(Array.from({ length: 100_000 }, (_, k) => ({ k, text: `x${k}` })));
            if (keep.length > 8) {
                keep = [];
            }
        }
        return keep.length;
    };
    expect(burst()).toBeGreaterThan(0);
    const grown = process.memoryUsage().rss;
    expect(grown - before).toBeGreaterThan(100 * MB);
    collect!();
    await new Promise(resolve => setTimeout(resolve, 100));
    // An ordinary full collection would leave the freed pages with the process.
    expect(process.memoryUsage().rss - before).toBeLessThan((grown - before) / 2);
});
