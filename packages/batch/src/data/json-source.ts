/**
 * A JSON array of records, streamed element by element with @streamparser/json: the file is
 * never held in memory whole.
 */
import { JSONParser } from '@streamparser/json';
import type { RawValue } from '@tandem/language';
import type { DataRecord, DataRecords } from './data-record.js';
import { hasNoValue, recordValues } from './json-values.js';
import type { DataEncoding } from './decoding-stream.js';
import { describeInvalidByte, openDecoded } from './decoding-stream.js';

export async function openJson(file: string, encoding?: DataEncoding): Promise<DataRecords> {
    const queue: DataRecord[] = [];
    let failure: Error | undefined;
    let finished = false;
    let wake: (() => void) | undefined;
    let row = 0;
    let empty = 0;

    const parser = new JSONParser({ paths: ['$.*'], keepStack: false });
    // Only the elements of the top-level array are emitted (`$.*`).
    parser.onValue = ({ value }) => {
        const record = recordValues(value);
        if (!record.error && hasNoValue(record.values)) {
            empty++; // a record with no value is no row
            return;
        }
        queue.push({ row: ++row, ...record });
        wake?.();
    };
    parser.onError = error => {
        failure = error;
        wake?.();
    };

    let sawContent = false;
    // A JSON array's records have no lines of their own: a byte that is not UTF-8 stops the batch.
    const decoded = openDecoded(file, encoding);
    const stream = decoded.stream;
    stream.on('data', chunk => {
        let data = chunk as Buffer;
        if (!sawContent) {
            if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) {
                data = data.subarray(3);
            }
            const text = data.toString('utf8').trimStart();
            if (text.length > 0) {
                sawContent = true;
                if (!text.startsWith('[')) {
                    failure = new Error('the file must hold a JSON array of records: [ { ... }, { ... } ]');
                    stream.destroy();
                    wake?.();
                    return;
                }
            }
        }
        if (decoded.invalid.length > 0) {
            failure = new Error(describeInvalidByte(decoded.invalid[0]));
            stream.destroy();
            wake?.();
            return;
        }
        try {
            parser.write(data);
        } catch (error) {
            failure = error as Error;
            stream.destroy();
        }
        if (queue.length > 64) {
            stream.pause(); // back-pressure: resume when the consumer has taken records
        }
        wake?.();
    });
    stream.on('end', () => {
        if (!failure && !parser.isEnded) {
            try {
                parser.end(); // an array left open is an error, not a short file
            } catch (error) {
                failure = error as Error;
            }
        }
        finished = true;
        wake?.();
    });
    stream.on('error', error => {
        failure = error;
        wake?.();
    });

    const next = async (): Promise<DataRecord | undefined> => {
        for (;;) {
            if (queue.length > 0) {
                if (queue.length <= 16 && stream.isPaused()) {
                    stream.resume();
                }
                return queue.shift();
            }
            if (failure) {
                throw new Error(`cannot read ${file} as JSON: ${failure.message}`);
            }
            if (finished) {
                return undefined;
            }
            await new Promise<void>(resolve => {
                wake = resolve;
            });
            wake = undefined;
        }
    };

    const first = await next();
    const columns = first ? [...first.values.keys()] : [];
    async function* records(): AsyncGenerator<DataRecord> {
        for (let record = first; record; record = await next()) {
            yield record;
        }
    }
    return { columns, records: records(), emptyRecords: () => empty };
}

export type { RawValue };
