/**
 * One record of a data file, as every reader yields it: its number, where it starts, and its
 * values by column name (a CSV header or a JSON key is a parameter name).
 */
import type { RawValue } from '@tandem/language';

export interface DataRecord {
    /** 1-based data record: the header of a CSV file is not a record. */
    readonly row: number;
    /** The line of the data file where the record starts, when the format has lines. */
    readonly line?: number;
    readonly values: ReadonlyMap<string, RawValue>;
    /** Set when the record itself cannot be read (malformed JSON, a wrong number of CSV cells). */
    readonly error?: string;
    /** The column the error is in, when it is in one. */
    readonly errorColumn?: string;
}

/**
 * The records of an opened data file. A record with no value at all (a row of empty cells from a
 * spreadsheet, `{}` in JSON) is no row: it is not numbered nor yielded, only counted.
 */
export interface DataRecords {
    /** The columns the data has: a CSV header, or the keys of the first JSON record with a value. */
    readonly columns: string[];
    /** The records, streamed: never the whole file in memory. */
    readonly records: AsyncIterable<DataRecord>;
    /** How many records with no value at all were passed over so far. */
    emptyRecords(): number;
}

export type DataFormat = 'csv' | 'json' | 'jsonl';

export function dataFormatOf(file: string): DataFormat | undefined {
    const lower = file.toLowerCase();
    if (lower.endsWith('.csv')) {
        return 'csv';
    }
    if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) {
        return 'jsonl';
    }
    if (lower.endsWith('.json')) {
        return 'json';
    }
    return undefined;
}
