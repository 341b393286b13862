// Small helpers shared by the benchmark suites.
import { spawnSync } from 'node:child_process';

export function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The p-th percentile (nearest rank) of the values. */
export function percentile(values, p) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function runNode(args, options = {}) {
    const result = spawnSync(options.node ?? process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
    if (result.status !== 0 && !options.allowFailure) {
        throw new Error(`node ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
    }
    return result;
}

export function verdict(ok) {
    return ok ? 'ok' : 'MISSED';
}

export function row(label, value, target, ok) {
    return `  ${label.padEnd(34)} ${String(value).padStart(14)}   ${target.padEnd(18)} ${ok === undefined ? '' : verdict(ok)}`;
}
