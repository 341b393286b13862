/**
 * Values that are wrong wherever they are written: `invalid-date` (a date that does not exist)
 * and `unknown-locale`.
 */
import type { ValidationAcceptor } from 'langium';
import type { DateLiteral, DateValue, Locale } from '../generated/ast.js';
import { isValidIsoDate } from '../model/calendar.js';
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
