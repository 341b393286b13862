/**
 * CSV (RFC 4180) rows, streamed with csv-parse: a header row, an optional byte-order mark,
 * quoted commas and line breaks, CRLF or LF, and `;` or `,` as the delimiter (given, or detected
 * from the header line), in the encoding given (./decoding-stream.ts). A header that names a
 * column twice is refused before any row; a row with bytes that are not UTF-8 fails.
 */
import { open } from 'node:fs/promises';
import { parse } from 'csv-parse';
import type { DataRecord, DataRecords } from './data-record.js';
import type { DataEncoding } from './decoding-stream.js';
import { describeInvalidByte, openDecoded } from './decoding-stream.js';

export interface CsvOptions {
    readonly delimiter?: string;
    readonly encoding?: DataEncoding;
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
    const decoded = openDecoded(file, options.encoding);
    const parser = decoded.stream.pipe(parse({
        bom: true,
        delimiter,
        info: true,
        relax_column_count: true,
        skip_empty_lines: true,
        skip_records_with_error: true
    }));
    const skipped: Array<{ code?: string; lines: number; message: string }> = [];
    parser.on('skip', (error: { code?: string; lines: number; message: string }) => skipped.push(error));
    const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: { lines: number } }>;
    const first = await iterator.next().catch((error: unknown) => {
        throw csvError(file, error);
    });
    const columns = first.done ? [] : first.value.record.map(name => name.trim());
    const headerLines = first.done ? 0 : first.value.info.lines;
    const badHeader = decoded.invalid.find(invalid => invalid.line <= headerLines);
    if (badHeader) {
        throw new Error(`${file}: the header is ${describeInvalidByte(badHeader)}`);
    }
    const seen = new Set<string>();
    for (const column of columns) {
        if (seen.has(column)) {
            throw new Error(`${file}: the header names the column \`${column}\` twice; each column must have its own name`);
        }
        seen.add(column);
    }
    let empty = 0;

    async function* records(): AsyncGenerator<DataRecord> {
        let row = 0;
        let lastLine = headerLines;
        const nextRecord = () => iterator.next().catch((error: unknown) => {
            throw csvError(file, error);
        });
        for (let next = await nextRecord(); ; next = await nextRecord()) {
            // A record csv-parse could not read fails as a row; an unclosed quote is found at the
            // end of the file, so it is the row after the last one read.
            for (let skip = skipped.shift(); skip; skip = skipped.shift()) {
                if (skip.code === 'CSV_QUOTE_NOT_CLOSED' && !next.done) {
                    skipped.unshift(skip);
                    break;
                }
                const line = skip.code === 'CSV_QUOTE_NOT_CLOSED' ? lastLine + 1 : skip.lines;
                yield {
                    row: ++row, line, values: new Map(),
                    error: skip.code === 'CSV_QUOTE_NOT_CLOSED' ? `a quote opened on line ${line} is never closed: the rest of the file would be one cell` : skip.message
                };
            }
            if (next.done) {
                return;
            }
            const { record, info } = next.value;
            lastLine = info.lines;
            const line = info.lines - record.reduce((breaks, cell) => breaks + countLineBreaks(cell), 0);
            while (decoded.invalid.length > 0 && decoded.invalid[0].line < line) {
                decoded.invalid.shift(); // in rows already read (or empty lines)
            }
            if (record.every(cell => cell.trim() === '')) {
                empty++; // a row of empty cells is no row
                continue;
            }
            row++;
            const values = new Map<string, string>();
            columns.forEach((column, index) => values.set(column, record[index] ?? ''));
            const bad = decoded.invalid.length > 0 && decoded.invalid[0].line <= info.lines ? decoded.invalid[0] : undefined;
            if (bad) {
                const cell = record.findIndex(value => value.includes('\ufffd'));
                yield { row, line, values, error: describeInvalidByte(bad), errorColumn: columns[cell] };
                continue;
            }
            const error = record.length > columns.length
                ? `this row has ${record.length} cells but the header names ${columns.length} columns`
                : undefined;
            yield { row, line, values, error };
        }
    }
    return { columns, records: records(), emptyRecords: () => empty };
}

/** csv-parse's errors in words, with the file (an unclosed quote in the header: the first row cannot start). */
function csvError(file: string, error: unknown): Error {
    const { code, message } = error as { code?: string; message?: string };
    if (code === 'CSV_QUOTE_NOT_CLOSED') {
        return new Error(`${file}:2: a quote opened in the header or on line 2 is never closed`, { cause: error });
    }
    return new Error(`${file}: ${message ?? String(error)}`, { cause: error });
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
