/**
 * Values that are wrong wherever they are written: `invalid-date` (a date that does not exist),
 * `invalid-time` (a time that does not exist), `unknown-locale`, and the `zero-quantity` of a
 * length written literally in a template or contract (`for 0 minutes`, `notice 0 weeks`; the
 * other counts may come from parameters and are checked on the effective contract).
 */
import type { ValidationAcceptor } from 'langium';
import type { DateLiteral, DateValue, Locale, Meeting, Termination } from '../generated/ast.js';
import { isValidIsoDate, isValidTime } from '../model/calendar.js';
import type { TandemSettingsProvider } from '../settings.js';
import { report } from './report.js';

export class ValuesValidator {

    constructor(private readonly settings: TandemSettingsProvider) { }

    /** A date written literally: where a date is expected, or as a binding's or default's value. */
    checkDate(value: DateValue | DateLiteral, accept: ValidationAcceptor): void {
        if (value.date !== undefined && !isValidIsoDate(value.date)) {
            report(accept, 'invalid-date', invalidDateMessage(value.date), { node: value as DateValue, property: 'date' });
        }
    }

    /** A meeting's start time (`HH:MM`) and literal length (`for N minutes`). */
    checkMeeting(meeting: Meeting, accept: ValidationAcceptor): void {
        if (meeting.time !== undefined && !isValidTime(meeting.time)) {
            report(accept, 'invalid-time', invalidTimeMessage(meeting.time), { node: meeting, property: 'time' });
        }
        if (meeting.minutes === 0) {
            report(accept, 'zero-quantity', '`for 0 minutes` is a length of 0: use a number of at least 1.', { node: meeting, property: 'minutes' });
        }
    }

    /** A notice period written as a number (a parameter's value is checked on the effective contract). */
    checkNotice(termination: Termination, accept: ValidationAcceptor): void {
        if (termination.notice?.number === 0) {
            report(accept, 'zero-quantity', `\`notice 0 ${termination.unit ?? 'weeks'}\` is a length of 0: use a number of at least 1.`, { node: termination.notice });
        }
    }

    checkLocale(locale: Locale, accept: ValidationAcceptor): void {
        const supported = this.settings.settings.locales;
        if (locale.code && !supported.includes(locale.code)) {
            const lower = locale.code.toLowerCase();
            const hint = supported.includes(lower) ? ` Did you mean \`${lower}\`?` : '';
            report(accept, 'unknown-locale', `Tandem has no locale \`${locale.code}\`; use one of ${supported.map(code => `\`${code}\``).join(', ')}.${hint}`, {
                node: locale,
                property: 'code',
                data: { supported: [...supported] }
            });
        }
    }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function invalidDateMessage(text: string): string {
    const [year, month] = text.split('-').map(Number);
    if (month < 1 || month > 12) {
        return `\`${text}\` is not a date: there is no month ${month}. Write dates as YYYY-MM-DD.`;
    }
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `\`${text}\` is not a date: ${MONTHS[month - 1]} ${year} has ${last} days.`;
}

function invalidTimeMessage(text: string): string {
    const [hours, minutes] = text.split(':').map(Number);
    const why = hours > 23 ? `there is no hour ${hours}` : `an hour has no minute ${minutes}`;
    return `\`${text}\` is not a time: ${why}. Write times as HH:MM on the 24-hour clock, from 00:00 to 23:59.`;
}
