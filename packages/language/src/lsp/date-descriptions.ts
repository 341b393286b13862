/**
 * Dates in words for the editor (English): the weekday and day (`Tuesday, 1 December 2026`) and
 * how far a date is from the start of the period (`3 weeks and 2 days after the start`).
 */
import { daysBetween, parseIsoDate, weekday } from '../model/calendar.js';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `Tuesday, 1 December 2026` for a valid ISO date. */
export function describeDate(date: string): string {
    const ymd = parseIsoDate(date)!;
    return `${WEEKDAYS[weekday(date)]}, ${ymd.day} ${MONTHS[ymd.month - 1]} ${ymd.year}`;
}

function count(n: number, unit: string): string {
    return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** `N days` as weeks and days: `3 weeks and 2 days`, `1 week`, `5 days`. */
export function weeksAndDays(days: number): string {
    const weeks = Math.floor(days / 7);
    const rest = days % 7;
    if (weeks === 0) {
        return count(rest, 'day');
    }
    return rest === 0 ? count(weeks, 'week') : `${count(weeks, 'week')} and ${count(rest, 'day')}`;
}

/** How far a date is from the first day of the period, in words. */
export function distanceFromStart(date: string, start: string): string {
    const days = daysBetween(start, date);
    if (days === 0) {
        return 'The first day of the period.';
    }
    const where = days > 0 ? 'after' : 'before';
    return `${weeksAndDays(Math.abs(days))} (${count(Math.abs(days), 'day')}) ${where} the start of the period (${describeDate(start)}).`;
}
