/**
 * CSV (RFC 4180) rows, streamed with csv-parse: a header row, an optional byte-order mark,
 * quoted commas and line breaks, CRLF or LF, and `;` or `,` as the delimiter (given, or detected
 * from the header line).
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { parse } from 'csv-parse';
import type { DataRecord, DataRecords } from './data-record.js';

export interface CsvOptions {
    readonly delimiter?: string;
}

/** The delimiter of a CSV file: the one of `;`, `,` and tab that its first line uses most, outside quotes. */
export async function detectDelimiter(file: string): Promise<string> {
    const handle = await open(file, 'r');
    try {
        const buffer = Buffer.alloc(64 * 1024);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        const text = buffer.subarray(0, bytesRead).toString('utf8');
        const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
        let quoted = false;
        for (const char of text) {
            if (char === '"') {
                quoted = !quoted;
            } else if (!quoted && (char === '\n' || char === '\r')) {
                break;
            } else if (!quoted && counts.has(char)) {
                counts.set(char, counts.get(char)! + 1);
            }
        }
        let best = ',';
        for (const [delimiter, count] of counts) {
            if (count > counts.get(best)!) {
                best = delimiter;
            }
        }
        return best;
    } finally {
        await handle.close();
    }
}

export async function openCsv(file: string, options: CsvOptions = {}): Promise<DataRecords> {
    const delimiter = options.delimiter ?? await detectDelimiter(file);
    const parser = createReadStream(file).pipe(parse({
        bom: true,
        delimiter,
        info: true,
        relax_column_count: true,
        skip_empty_lines: true
    }));
    const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: { lines: number } }>;
    const first = await iterator.next();
    const columns = first.done ? [] : first.value.record.map(name => name.trim());
    let empty = 0;

    async function* records(): AsyncGenerator<DataRecord> {
        let row = 0;
        for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
            const { record, info } = next.value;
            const line = info.lines - record.reduce((breaks, cell) => breaks + countLineBreaks(cell), 0);
            if (record.every(cell => cell.trim() === '')) {
                empty++; // a row of empty cells is no row
                continue;
            }
            row++;
            const values = new Map<string, string>();
            columns.forEach((column, index) => values.set(column, record[index] ?? ''));
            const error = record.length > columns.length
                ? `this row has ${record.length} cells but the header names ${columns.length} columns`
                : undefined;
            yield { row, line, values, error };
        }
    }
    return { columns, records: records(), emptyRecords: () => empty };
}

function countLineBreaks(text: string): number {
    let count = 0;
    for (let i = 0; i < text.length; i++) {
        if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) {
            count++;
        }
    }
    return count;
}
