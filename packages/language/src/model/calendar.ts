/**
 * Calendar days, as LANGUAGE.md compares them: no time of day, no time zone.
 *
 * A day is kept as its ISO text (`2026-12-01`) in the model and as a day number (days since
 * 1970-01-01) for arithmetic. All arithmetic goes through `Date.UTC`, so nothing depends on the
 * machine's time zone.
 */

export type PeriodUnit = 'day' | 'days' | 'week' | 'weeks' | 'month' | 'months';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface YearMonthDay {
    readonly year: number;
    readonly month: number; // 1-12
    readonly day: number;   // 1-31
}

/** Parses `YYYY-MM-DD`; `undefined` when the text is not of that form or the day does not exist. */
export function parseIsoDate(text: string): YearMonthDay | undefined {
    const match = ISO_DATE.exec(text);
    if (!match) {
        return undefined;
    }
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
        return undefined;
    }
    return { year, month, day };
}

export function isValidIsoDate(text: string): boolean {
    return parseIsoDate(text) !== undefined;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
    return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
}

/** Days since 1970-01-01 of a valid ISO date. */
export function toDayNumber(text: string): number {
    const ymd = parseIsoDate(text);
    if (!ymd) {
        throw new Error(`Not a valid date: ${text}`);
    }
    return Date.UTC(ymd.year, ymd.month - 1, ymd.day) / MS_PER_DAY;
}

export function fromDayNumber(dayNumber: number): string {
    const date = new Date(dayNumber * MS_PER_DAY);
    return formatYmd(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * A calendar day as YYYY-MM-DD. Days beyond the four-digit years (a period of a million weeks)
 * are the last or first day that can be written, so that arithmetic on them never yields a date
 * that the rest of the language cannot read.
 */
export function formatYmd(year: number, month: number, day: number): string {
    if (year > 9999) {
        return '9999-12-31';
    }
    if (year < 1) {
        return '0001-01-01';
    }
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(date: string, days: number): string {
    return fromDayNumber(toDayNumber(date) + days);
}

/**
 * The same day `months` months later, or the last day of that month when it has no such day
 * (31 January + 1 month = 28 or 29 February).
 */
export function addMonths(date: string, months: number): string {
    const ymd = parseIsoDate(date);
    if (!ymd) {
        throw new Error(`Not a valid date: ${date}`);
    }
    const monthIndex = ymd.month - 1 + months;
    const year = ymd.year + Math.floor(monthIndex / 12);
    const month = ((monthIndex % 12) + 12) % 12 + 1;
    return formatYmd(year, month, Math.min(ymd.day, daysInMonth(year, month)));
}

/** Negative when a < b, 0 when equal, positive when a > b (ISO dates compare as text). */
export function compareDates(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/** Whole days from `start` to `end` (end minus start). */
export function daysBetween(start: string, end: string): number {
    return toDayNumber(end) - toDayNumber(start);
}

/** The end of a period `from start for length unit` (LANGUAGE.md, "Dates are compared as calendar days"). */
export function periodEnd(start: string, length: number, unit: PeriodUnit): string {
    switch (unit) {
        case 'day':
        case 'days':
            return addDays(start, length);
        case 'week':
        case 'weeks':
            return addDays(start, length * 7);
        case 'month':
        case 'months':
            return addMonths(start, length);
    }
}

/** The number of whole or part months from start to end, months counted as for `for N months`. */
export function monthsSpanned(start: string, end: string): number {
    if (compareDates(end, start) <= 0) {
        return 0;
    }
    const a = parseIsoDate(start)!;
    const b = parseIsoDate(end)!;
    // Start from an estimate and correct it: the smallest k with addMonths(start, k) >= end.
    let k = Math.max(0, (b.year - a.year) * 12 + (b.month - a.month) - 1);
    while (compareDates(addMonths(start, k), end) < 0) {
        k++;
    }
    return k;
}

/** The weekday of a valid ISO date, 0 = Sunday. */
export function weekday(date: string): number {
    return new Date(toDayNumber(date) * MS_PER_DAY).getUTCDay();
}

/** Whether `HH:MM` (two digits each) is a time of day that exists: 00:00 to 23:59. */
export function isValidTime(text: string): boolean {
    const match = /^([0-9]{2}):([0-9]{2})$/.exec(text);
    return match !== null && Number(match[1]) <= 23 && Number(match[2]) <= 59;
}

/** The weekdays by name, in the order of `weekday()` (0 = Sunday). */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** The first day on or after `start` that falls on one of `days` (names as in the grammar); undefined for no days. */
export function firstDayOnOrAfter(start: string, days: readonly string[]): string | undefined {
    const wanted = new Set(days.map(day => WEEKDAYS.indexOf(day as typeof WEEKDAYS[number])).filter(index => index >= 0));
    if (wanted.size === 0) {
        return undefined;
    }
    const from = weekday(start);
    for (let offset = 0; offset < 7; offset++) {
        if (wanted.has((from + offset) % 7)) {
            return addDays(start, offset);
        }
    }
    return undefined;
}
