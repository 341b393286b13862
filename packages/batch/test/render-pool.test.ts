/**
 * The worker pool, with a stand-in worker: every worker gets its next agreement before it has
 * answered the one in hand, answers find their requests, and a worker that dies fails its jobs
 * (and, with none left, the queued ones) instead of leaving the batch waiting.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
import type { Agreement } from '@tandem/render';
import { createRenderPool } from '../src/render-pool.js';

const WORKER = `
import { parentPort, resourceLimits } from 'node:worker_threads';
let inHand = 0;
let most = 0;
parentPort.on('message', message => {
    if (message.prepare) {
        return;
    }
    if (JSON.parse(message.agreement).limits) {
        parentPort.postMessage({ id: message.id, bytes: new TextEncoder().encode(JSON.stringify(resourceLimits)) });
        return;
    }
    if (JSON.parse(message.agreement).crash) {
        process.exit(3);
    }
    most = Math.max(most, ++inHand);
    setTimeout(() => {
        inHand--;
        parentPort.postMessage({ id: message.id, bytes: new TextEncoder().encode(JSON.parse(message.agreement).title + ':' + most) });
    }, 30);
});
`;

function standIn(): URL {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'tandem-pool-')), 'worker.mjs');
    writeFileSync(file, WORKER);
    return pathToFileURL(file);
}

const agreement = (fields: object) => fields as unknown as Agreement;

test('each answer goes to its request; workers hold two agreements at a time', async () => {
    const pool = createRenderPool(2, 'pdf', { url: standIn(), workerData: {} });
    try {
        const replies = await Promise.all(Array.from({ length: 8 }, (_, i) => pool.render({ agreement: agreement({ title: `a${i}` }), format: 'pdf' })));
        const texts = replies.map(bytes => new TextDecoder().decode(bytes));
        expect(texts.map(text => text.split(':')[0])).toEqual(Array.from({ length: 8 }, (_, i) => `a${i}`));
        expect(Math.max(...texts.map(text => Number(text.split(':')[1])))).toBe(2);
    } finally {
        await pool.close();
    }
});

test('workers that die fail their jobs and the queued ones: nothing waits forever', async () => {
    const pool = createRenderPool(2, 'pdf', { url: standIn(), workerData: {} });
    try {
        const results = await Promise.allSettled([
            pool.render({ agreement: agreement({ crash: true }), format: 'pdf' }),
            pool.render({ agreement: agreement({ crash: true }), format: 'pdf' }),
            ...Array.from({ length: 6 }, (_, i) => pool.render({ agreement: agreement({ title: `b${i}` }), format: 'pdf' }))
        ]);
        expect(results.every(result => result.status === 'rejected')).toBe(true);
        expect(String((results[0] as PromiseRejectedResult).reason)).toMatch(/render worker stopped \(exit code 3\)/);
    } finally {
        await pool.close();
    }
});

test('workers run with a bounded young generation (a --jobs 2 batch of PDFs stays near 400 MB)', async () => {
    const pool = createRenderPool(2, 'pdf', { url: standIn(), workerData: {} });
    try {
        const limits = JSON.parse(new TextDecoder().decode(await pool.render({ agreement: agreement({ limits: true }), format: 'pdf' })));
        expect(limits.maxYoungGenerationSizeMb).toBe(48);
    } finally {
        await pool.close();
    }
});

test('a pool allowed 64 workers starts only as many as its rows keep busy', async () => {
    const pool = createRenderPool(64, 'pdf', { url: standIn(), workerData: {} });
    try {
        const replies = await Promise.all(Array.from({ length: 6 }, (_, i) => pool.render({ agreement: agreement({ title: `c${i}` }), format: 'pdf' })));
        expect(replies).toHaveLength(6);
        expect(pool.started).toBe(3); // two agreements in hand each
    } finally {
        await pool.close();
    }
});
