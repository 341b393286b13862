/**
 * JSON Lines rows: one JSON object per line, streamed line by line. Blank lines are skipped, and
 * an object with no value is counted but no row; a line that is not a JSON object is a record
 * with an error.
 */
import { createInterface } from 'node:readline';
import type { RawValue } from '@tandem/language';
import { sourceText } from '@tandem/language';
import type { DataRecord, DataRecords } from './data-record.js';
import { hasNoValue, recordValues } from './json-values.js';
import type { DataEncoding } from './decoding-stream.js';
import { describeInvalidByte, openDecoded } from './decoding-stream.js';

export async function openJsonl(file: string, encoding?: DataEncoding): Promise<DataRecords> {
    const decoded = openDecoded(file, encoding);
    const lines = createInterface({ input: decoded.stream, crlfDelay: Infinity })[Symbol.asyncIterator]();
    let lineNumber = 0;
    let row = 0;
    let empty = 0;

    const readRecord = async (): Promise<DataRecord | undefined> => {
        for (let next = await lines.next(); !next.done; next = await lines.next()) {
            lineNumber++;
            const text = lineNumber === 1 ? sourceText(next.value) : next.value;
            if (text.trim() === '') {
                continue;
            }
            while (decoded.invalid.length > 0 && decoded.invalid[0].line < lineNumber) {
                decoded.invalid.shift();
            }
            if (decoded.invalid[0]?.line === lineNumber) {
                return { row: ++row, line: lineNumber, values: new Map<string, RawValue>(), error: describeInvalidByte(decoded.invalid[0]) };
            }
            let parsed: unknown;
            try {
                parsed = JSON.parse(text);
            } catch (error) {
                return { row: ++row, line: lineNumber, values: new Map<string, RawValue>(), error: `not valid JSON: ${(error as Error).message}` };
            }
            const record = recordValues(parsed);
            if (!record.error && hasNoValue(record.values)) {
                empty++; // a record with no value is no row
                continue;
            }
            return { row: ++row, line: lineNumber, ...record };
        }
        return undefined;
    };

    const first = await readRecord();
    const columns = first ? [...first.values.keys()] : [];
    async function* records(): AsyncGenerator<DataRecord> {
        for (let record = first; record; record = await readRecord()) {
            yield record;
        }
    }
    return { columns, records: records(), emptyRecords: () => empty };
}
