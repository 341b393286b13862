/**
 * Runtime shims so that the language core runs on Node 20 as well as 22 and 24.
 *
 * Chevrotain 13 (Langium 4.4's parser library) calls `Object.groupBy`, which Node 20 lacks.
 * Imported first by every entry point.
 */

type GroupBy = <K extends PropertyKey, T>(items: Iterable<T>, keyOf: (item: T, index: number) => K) => Partial<Record<K, T[]>>;

const objectWithGroupBy = Object as unknown as { groupBy?: GroupBy };

if (typeof objectWithGroupBy.groupBy !== 'function') {
    objectWithGroupBy.groupBy = <K extends PropertyKey, T>(items: Iterable<T>, keyOf: (item: T, index: number) => K) => {
        const groups = Object.create(null) as Partial<Record<K, T[]>>;
        let index = 0;
        for (const item of items) {
            const key = keyOf(item, index++);
            (groups[key] ??= []).push(item);
        }
        return groups;
    };
}

export {};
