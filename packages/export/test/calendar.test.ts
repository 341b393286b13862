/**
 * `writeICalendar` (LANGUAGE.md 0.2, `tandem calendar`): read back by a real iCalendar parser
 * (ical.js), every recurrence expanded to the right dates; all-day events for reviews, goals,
 * tasks and the end; RFC 5545 escaping and folding; titles in the locale with no client's name;
 * the same contract gives the same bytes.
 */
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { buildEffectiveContract, createTandemServices, isContract } from '@tandem/language';
import type { Model } from '@tandem/language';
import { loadLocale } from '@tandem/render';
import { URI } from 'langium';
import { contractData, foldLine, writeICalendar } from '@tandem/export';

async function calendarOf(text: string, locale = 'en'): Promise<string> {
    const { shared } = createTandemServices();
    const document = shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.file('/ws/c.tandem'));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    expect((document.diagnostics ?? []).filter(d => d.severity === 1).map(d => d.message)).toEqual([]);
    const contract = buildEffectiveContract(document.parseResult.value.declarations.find(isContract)!);
    return writeICalendar(contractData(contract), loadLocale(locale));
}

const contract = (duration: string, extra = '') => `contract Jane "Housing support for Jane Doe" {
    agency "Northside Family Services"
    parties { client Jane "Jane Doe"  worker Sam "Sam Lee" }
    duration {
${duration}
    }
    goal Housing "Find a home; soon, maybe" { measure "A lease"  by 2027-02-01 }
    task Search "Search listings" { owner Jane  for Housing  due 2026-12-20 }
    confidentiality { limit safety }
    ${extra}
    sign Jane, Sam
}
`;

interface Expanded { summary: string; dates: string[]; allDay: boolean; duration?: number }

/** Every event with its occurrences (up to 200), as the parser expands them. */
function expand(ics: string): Expanded[] {
    const component = new ICAL.Component(ICAL.parse(ics));
    return component.getAllSubcomponents('vevent').map(vevent => {
        const event = new ICAL.Event(vevent);
        const dates: string[] = [];
        const iterator = event.iterator();
        for (let next = iterator.next(), n = 0; next && n < 200; next = iterator.next(), n++) {
            dates.push(next.toString());
        }
        return { summary: event.summary, dates, allDay: event.startDate.isDate, duration: event.duration.toSeconds() / 60 };
    });
}

describe('tandem calendar', () => {
    test('weekly with a session count: COUNT, floating local time, the meeting\'s length', async () => {
        const ics = await calendarOf(contract('        from 2026-12-01 to 2027-02-28\n        meet weekly on thursday 10:00 for 50 minutes for 4 sessions\n        at "Room 2, Main St."'));
        expect(ics).toContain('DTSTART:20261203T100000\r\n');
        expect(ics).toContain('RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=4\r\n');
        const [meeting] = expand(ics);
        expect(meeting.summary).toBe('Meeting with Northside Family Services');
        expect(meeting.dates).toEqual(['2026-12-03T10:00:00', '2026-12-10T10:00:00', '2026-12-17T10:00:00', '2026-12-24T10:00:00']);
        expect(meeting.duration).toBe(50);
        expect(ics).toContain('LOCATION:Room 2\\, Main St.\r\n');
    });

    test('twice-weekly until the end of the period: UNTIL at the last meeting, 60 minutes by default', async () => {
        // 2027-01-04 is a Monday; the period ends on Wednesday 2027-01-20: the last meeting is Monday 18.
        const ics = await calendarOf(contract('        from 2027-01-04 to 2027-01-20\n        meet twice-weekly on monday, thursday 17:30'));
        expect(ics).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20270118T173000\r\n');
        const [meeting] = expand(ics);
        expect(meeting.dates).toEqual(['2027-01-04T17:30:00', '2027-01-07T17:30:00', '2027-01-11T17:30:00', '2027-01-14T17:30:00', '2027-01-18T17:30:00']);
        expect(meeting.duration).toBe(60);
    });

    test('fortnightly, daily and monthly', async () => {
        const fortnightly = expand(await calendarOf(contract('        from 2026-12-01 to 2027-01-31\n        meet fortnightly on friday 09:30')))[0];
        expect(fortnightly.dates).toEqual(['2026-12-04T09:30:00', '2026-12-18T09:30:00', '2027-01-01T09:30:00', '2027-01-15T09:30:00', '2027-01-29T09:30:00']);
        const daily = expand(await calendarOf(contract('        from 2026-12-01 to 2026-12-06\n        meet daily on tuesday, wednesday, friday 08:00 for 3 sessions')))[0];
        expect(daily.dates).toEqual(['2026-12-01T08:00:00', '2026-12-02T08:00:00', '2026-12-04T08:00:00']);
        // The first Tuesday on or after 2026-12-08 is the 8th, the second Tuesday of December.
        const ics = await calendarOf(contract('        from 2026-12-08 to 2027-03-31\n        meet monthly on tuesday 14:00'));
        expect(ics).toContain('RRULE:FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270309T140000\r\n');
        expect(expand(ics)[0].dates).toEqual(['2026-12-08T14:00:00', '2027-01-12T14:00:00', '2027-02-09T14:00:00', '2027-03-09T14:00:00']);
    });

    test('a meeting that ends after midnight; no event for a meeting without days or a time', async () => {
        const late = await calendarOf(contract('        from 2026-12-01 to 2026-12-31\n        meet weekly on tuesday 23:30 for 90 minutes for 2 sessions'));
        expect(late).toContain('DTEND:20261202T010000\r\n');
        const none = expand(await calendarOf(contract('        from 2026-12-01 to 2026-12-31\n        meet weekly for 2 sessions')));
        expect(none.map(event => event.summary)).not.toContain('Meeting with Northside Family Services');
    });

    test('reviews, goal and task dates and the end of the period are all-day events', async () => {
        const ics = await calendarOf(contract('        from 2026-12-01 to 2027-02-28\n        review every 4 weeks\n        review on 2027-01-15'));
        const events = expand(ics);
        const review = events.find(event => event.summary === 'We look at our agreement together' && event.dates.length > 1)!;
        expect(review.allDay).toBe(true);
        expect(review.dates).toEqual(['2026-12-29', '2027-01-26', '2027-02-23']);
        expect(events.filter(event => event.summary === 'We look at our agreement together' && event.dates.length === 1)[0].dates).toEqual(['2027-01-15']);
        expect(events.find(event => event.summary.startsWith('Goal 1'))).toMatchObject({ summary: 'Goal 1: target date', allDay: true, dates: ['2027-02-01'] });
        expect(events.find(event => event.summary.startsWith('A task is due'))).toMatchObject({ summary: 'A task is due (goal 1)', allDay: true, dates: ['2026-12-20'] });
        expect(events.find(event => event.summary === 'Last day of our agreement')).toMatchObject({ allDay: true, dates: ['2027-02-28'] });
        expect(ics).toContain('DTSTART;VALUE=DATE:20270228\r\nDTEND;VALUE=DATE:20270301\r\n');
    });

    test('text escaped, titles in the locale, no client name, same bytes twice, deterministic UIDs and DTSTAMP', async () => {
        // The goal's and the task's wording name the client: titles never carry user wording that could.
        const text = contract('        from 2026-12-01 to 2027-02-28\n        meet weekly on tuesday 10:00\n        at "Room 2; Main St, Jane\'s side"')
            .replace('"Search listings"', '"Jane searches listings"').replace('"Find a home; soon, maybe"', '"Jane finds a home"');
        const ics = await calendarOf(text);
        expect(ics).toContain('LOCATION:Room 2\\; Main St\\, Jane\'s side\r\n');
        expect(ics.replace(/^LOCATION:.*$/m, '')).not.toContain('Jane');
        expect(ics).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2.0\r\n/);
        expect(ics.match(/DTSTAMP:20000101T000000Z/g)?.length).toBe(ics.match(/BEGIN:VEVENT/g)?.length);
        const uids = [...ics.matchAll(/^UID:(.+)$/gm)].map(match => match[1].trim());
        expect(new Set(uids).size).toBe(uids.length);
        expect(await calendarOf(text)).toBe(ics);
        const es = await calendarOf(text, 'es');
        expect(es).toContain('SUMMARY:Reunión con Northside Family Services\r\n');
        expect(es).toContain('SUMMARY:Último día de nuestro acuerdo\r\n');
        // The same UIDs in every locale: the event is the same.
        expect([...es.matchAll(/^UID:(.+)$/gm)].map(match => match[1].trim())).toEqual(uids);
    });

    test('lines longer than 75 octets are folded, never inside a character', () => {
        const line = `SUMMARY:${'ñ'.repeat(60)}`;
        const folded = foldLine(line);
        for (const part of folded.split('\r\n')) {
            expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
        }
        expect(folded.split('\r\n').map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
        expect(folded.split('\r\n').slice(1).every(part => part.startsWith(' '))).toBe(true);
    });
});
