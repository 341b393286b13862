/**
 * `tandem calendar`: the contract's dates as an iCalendar file (RFC 5545), for the client's phone
 * (LANGUAGE.md 0.2, "Command line"):
 * - the meetings, when they have days and a time: one recurring event from the first of those
 *   days on or after the start, `COUNT` of the sessions when given, else `UNTIL` the last meeting
 *   of the period (in the same floating local time as `DTSTART`); each the meeting's length
 *   (60 minutes when none is written);
 * - each review: `review every N unit` recurs from N units after the start to the end of the
 *   period, `review on DATE` once;
 * - each goal's `by`, each task's `due` and the end of the period.
 * Reviews and dates are all-day events (`DTSTART;VALUE=DATE`, `DTEND` the next day). Titles come
 * from the contract's locale (../../../render/locales) and name no client: a phone's calendar is
 * seen by others, so a goal or a task is named by its number in the agreement, and its own
 * wording (which may name the client) is left to the agreement itself. UIDs are derived from
 * the contract's name and the item, and `DTSTAMP` is fixed, so the same contract gives the same
 * bytes. Text is escaped and lines folded at 75 octets as RFC 5545 says; lines end in CRLF.
 */
import { createHash } from 'node:crypto';
import type { FrequencyKeyword, PeriodUnit } from '@tandem/language';
import { addDays, addMonths, compareDates, daysBetween, firstDayOnOrAfter, periodEnd, weekday } from '@tandem/language';
import type { LocaleMessages } from '@tandem/render';
import type { ContractData } from '../contract-data.js';
import { contractIdSeed } from '../contract-data.js';

/** The fixed `DTSTAMP` of every event: the output depends on the contract alone. */
export const FIXED_DTSTAMP = '20000101T000000Z';
/** A meeting's length when the contract gives none. */
export const DEFAULT_MEETING_MINUTES = 60;

const BYDAY: Readonly<Record<string, string>> = {
    sunday: 'SU', monday: 'MO', tuesday: 'TU', wednesday: 'WE', thursday: 'TH', friday: 'FR', saturday: 'SA'
};

interface CalendarEvent {
    readonly uid: string;
    readonly summary: string;
    /** Either a floating date-time (`YYYYMMDDTHHMMSS`) or an all-day date (`YYYYMMDD`). */
    readonly start: string;
    readonly end: string;
    readonly allDay: boolean;
    readonly rrule?: string;
    readonly location?: string;
}

/** The iCalendar text of a contract, titles in `messages`' locale. */
export function writeICalendar(contract: ContractData, messages: LocaleMessages): string {
    const events: CalendarEvent[] = [];
    const seed = contractIdSeed(contract);
    const uid = (item: string) => `${createHash('sha256').update(`${seed}\u0000${item}`).digest('hex').slice(0, 32)}@tandem`;
    const period = contract.period;
    const start = period?.start;
    const end = period?.end;
    const agency = contract.agency?.name ?? workerNames(contract, messages);

    const meeting = contract.meeting;
    if (meeting && start && end && meeting.time && meeting.days.length > 0 && typeof meeting.frequency === 'string') {
        const first = firstDayOnOrAfter(start, meeting.days);
        if (first && compareDates(first, end) <= 0) {
            const minutes = meeting.minutes || DEFAULT_MEETING_MINUTES;
            const rule = recurrence(meeting.frequency, meeting.days, first);
            let limit: string;
            if (meeting.sessions !== undefined && meeting.sessions > 0) {
                limit = `COUNT=${meeting.sessions}`;
            } else {
                const last = lastOccurrence(meeting.frequency, meeting.days, first, end);
                limit = `UNTIL=${dateTime(last, meeting.time)}`;
            }
            events.push({
                uid: uid('meeting'),
                summary: messages.format('calendar.meeting', { agency }),
                start: dateTime(first, meeting.time),
                end: dateTimeAfter(first, meeting.time, minutes),
                allDay: false,
                rrule: `${rule};${limit}`,
                location: meeting.place
            });
        }
    }

    contract.reviews.forEach((review, index) => {
        if (review.every && review.every.count && start && end) {
            const firstReview = advance(start, review.every.count, review.every.unit);
            if (compareDates(firstReview, end) <= 0) {
                events.push({
                    uid: uid(`review ${index}`),
                    summary: messages.format('calendar.review'),
                    ...allDay(firstReview),
                    rrule: `FREQ=${frequencyOfUnit(review.every.unit)};INTERVAL=${review.every.count};UNTIL=${compact(end)}`
                });
            }
        } else if (review.on) {
            events.push({ uid: uid(`review ${index}`), summary: messages.format('calendar.review'), ...allDay(review.on) });
        }
    });
    // Goals are numbered as the agreement numbers them.
    const goalNumbers = new Map<string, number>();
    contract.goals.forEach((goal, index) => {
        if (!goalNumbers.has(goal.name)) {
            goalNumbers.set(goal.name, index + 1);
        }
    });
    for (const goal of contract.goals) {
        if (goal.by) {
            events.push({ uid: uid(`goal ${goal.name}`), summary: messages.format('calendar.goal', { number: goalNumbers.get(goal.name)! }), ...allDay(goal.by) });
        }
    }
    for (const task of contract.tasks) {
        if (task.due) {
            const numbers = task.goals.map(name => goalNumbers.get(name)).filter((n): n is number => n !== undefined);
            const summary = numbers.length > 0
                ? messages.format('calendar.task', { goals: messages.formatList([...new Set(numbers)].map(String)) })
                : messages.format('calendar.taskNoGoal');
            events.push({ uid: uid(`task ${task.name}`), summary, ...allDay(task.due) });
        }
    }
    if (end) {
        events.push({ uid: uid('end'), summary: messages.format('calendar.end'), ...allDay(end) });
    }

    const lines = [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Tandem//Tandem helping contracts//EN',
        'CALSCALE:GREGORIAN',
        `X-WR-CALNAME:${escapeText(messages.format('calendar.name'))}`
    ];
    for (const event of events) {
        lines.push(
            'BEGIN:VEVENT',
            `UID:${event.uid}`,
            `DTSTAMP:${FIXED_DTSTAMP}`,
            event.allDay ? `DTSTART;VALUE=DATE:${event.start}` : `DTSTART:${event.start}`,
            event.allDay ? `DTEND;VALUE=DATE:${event.end}` : `DTEND:${event.end}`,
            ...(event.rrule ? [`RRULE:${event.rrule}`] : []),
            `SUMMARY:${escapeText(event.summary)}`,
            ...(event.location ? [`LOCATION:${escapeText(oneLine(event.location))}`] : []),
            'END:VEVENT'
        );
    }
    lines.push('END:VCALENDAR');
    return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** The recurrence of a meeting (without its COUNT or UNTIL). */
function recurrence(frequency: FrequencyKeyword, days: readonly string[], first: string): string {
    const byDay = [...new Set(days)].map(day => BYDAY[day]).join(',');
    switch (frequency) {
        case 'daily':
            return `FREQ=DAILY;BYDAY=${byDay}`;
        case 'twice-weekly':
        case 'weekly':
            return `FREQ=WEEKLY;BYDAY=${byDay}`;
        case 'fortnightly':
            return `FREQ=WEEKLY;INTERVAL=2;BYDAY=${byDay}`;
        case 'monthly':
            // The same weekday of the same week of each month as the first meeting (the last week when it is the fifth).
            return `FREQ=MONTHLY;BYDAY=${nthWeekday(first)}${BYDAY[days[0]] ?? 'MO'}`;
    }
}

/** The last meeting on or before `end`, following the same pattern as the recurrence. */
function lastOccurrence(frequency: FrequencyKeyword, days: readonly string[], first: string, end: string): string {
    const wanted = new Set(days.map(day => BYDAY[day]));
    const codeOf = (date: string) => ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][weekday(date)];
    let last = first;
    if (frequency === 'monthly') {
        const nth = nthWeekday(first);
        for (let months = 1; ; months++) {
            const candidate = sameWeekdayOfMonth(first, months, nth);
            if (compareDates(candidate, end) > 0) {
                return last;
            }
            last = candidate;
        }
    }
    const weeks = frequency === 'fortnightly' ? 2 : 1;
    for (let date = first; compareDates(date, end) <= 0; date = addDays(date, 1)) {
        const weeksFromFirst = Math.floor((daysFromWeekStart(first) + daysBetween(first, date)) / 7);
        if (wanted.has(codeOf(date)) && weeksFromFirst % weeks === 0) {
            last = date;
        }
    }
    return last;
}

/** Days between `date` and the Monday of its week (RFC 5545's default WKST=MO). */
function daysFromWeekStart(date: string): number {
    return (weekday(date) + 6) % 7;
}

/** Which occurrence of its weekday in its month a date is: 1 to 4, or -1 for the fifth (the last). */
function nthWeekday(date: string): number {
    const day = Number(date.slice(8, 10));
    const nth = Math.ceil(day / 7);
    return nth >= 5 ? -1 : nth;
}

/** The `nth` occurrence, `months` months after `date`'s month, of `date`'s weekday. */
function sameWeekdayOfMonth(date: string, months: number, nth: number): string {
    const monthStart = addMonths(`${date.slice(0, 8)}01`, months);
    const target = weekday(date);
    if (nth > 0) {
        const offset = (target - weekday(monthStart) + 7) % 7;
        return addDays(monthStart, offset + (nth - 1) * 7);
    }
    const nextMonth = addMonths(monthStart, 1);
    const lastDay = addDays(nextMonth, -1);
    return addDays(lastDay, -((weekday(lastDay) - target + 7) % 7));
}

function advance(date: string, count: number, unit: PeriodUnit): string {
    return periodEnd(date, count, unit);
}

function frequencyOfUnit(unit: PeriodUnit): string {
    return unit.startsWith('day') ? 'DAILY' : unit.startsWith('week') ? 'WEEKLY' : 'MONTHLY';
}

function compact(date: string): string {
    return date.replace(/-/g, '');
}

function allDay(date: string): { start: string; end: string; allDay: true } {
    return { start: compact(date), end: compact(addDays(date, 1)), allDay: true };
}

function dateTime(date: string, time: string): string {
    return `${compact(date)}T${time.replace(':', '')}00`;
}

function dateTimeAfter(date: string, time: string, minutes: number): string {
    const total = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + minutes;
    const days = Math.floor(total / (24 * 60));
    const inDay = total % (24 * 60);
    const hh = String(Math.floor(inDay / 60)).padStart(2, '0');
    const mm = String(inDay % 60).padStart(2, '0');
    return dateTime(addDays(date, days), `${hh}:${mm}`);
}

function workerNames(contract: ContractData, messages: LocaleMessages): string {
    return messages.formatList(contract.parties.filter(party => party.kind === 'worker').map(party => oneLine(party.fullName)));
}

function oneLine(text: string): string {
    return text.replace(/\s+/g, ' ').trim();
}

/** RFC 5545 TEXT: backslash, semicolon, comma and line breaks escaped. */
export function escapeText(text: string): string {
    return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** RFC 5545 folding: lines longer than 75 octets continue on the next line after a space, never inside a character. */
export function foldLine(line: string): string {
    const bytes = Buffer.byteLength(line, 'utf8');
    if (bytes <= 75) {
        return line;
    }
    const parts: string[] = [];
    let current = '';
    let currentBytes = 0;
    let limit = 75;
    for (const char of line) {
        const size = Buffer.byteLength(char, 'utf8');
        if (currentBytes + size > limit) {
            parts.push(current);
            current = '';
            currentBytes = 0;
            limit = 74; // the leading space of a continuation line counts
        }
        current += char;
        currentBytes += size;
    }
    parts.push(current);
    return parts.join('\r\n ');
}
