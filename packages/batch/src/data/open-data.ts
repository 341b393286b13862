/**
 * Opens a data file by its extension: `.csv`, `.json` (an array of records) or `.jsonl`, in the
 * encoding given (`--encoding`).
 */
import type { DataFormat, DataRecords } from './data-record.js';
import { dataFormatOf } from './data-record.js';
import type { CsvOptions } from './csv-source.js';
import { openCsv } from './csv-source.js';
import { openJson } from './json-source.js';
import { openJsonl } from './jsonl-source.js';

export interface OpenedData extends DataRecords {
    readonly format: DataFormat;
}

export async function openData(file: string, options: CsvOptions = {}): Promise<OpenedData> {
    const format = dataFormatOf(file);
    switch (format) {
        case 'csv':
            return { format, ...await openCsv(file, options) };
        case 'json':
            return { format, ...await openJson(file, options.encoding) };
        case 'jsonl':
            return { format, ...await openJsonl(file, options.encoding) };
        default:
            throw new Error(`${file}: data must be a .csv, .json or .jsonl file`);
    }
}

/** How many records a data file has (a quick pass, for a progress bar's total). */
export async function countRecords(file: string, options: CsvOptions = {}): Promise<number> {
    const opened = await openData(file, options);
    let count = 0;
    for await (const _record of opened.records) {
        count++;
    }
    return count;
}
