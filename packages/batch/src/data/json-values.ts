/**
 * The values of one JSON record: an object whose keys are parameter names and whose values are
 * strings, numbers, booleans or null.
 */
import type { RawValue } from '@tandem/language';

export function recordValues(value: unknown): { values: Map<string, RawValue>; error?: string } {
    const values = new Map<string, RawValue>();
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return { values, error: 'a record must be a JSON object whose keys are parameter names' };
    }
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        if (item === null || typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') {
            values.set(key, item);
        } else {
            return { values, error: `the value of "${key}" is a JSON ${Array.isArray(item) ? 'array' : 'object'}; give a text, a number or a date` };
        }
    }
    return { values };
}

/** A record with no value at all: every value null or blank, or no keys (`{}`). */
export function hasNoValue(values: ReadonlyMap<string, RawValue>): boolean {
    for (const value of values.values()) {
        if (value !== null && !(typeof value === 'string' && value.trim() === '')) {
            return false;
        }
    }
    return true;
}
