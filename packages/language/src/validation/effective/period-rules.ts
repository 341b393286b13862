/**
 * Time-limited work: the period, the meetings it fits, and the dates that must fall inside it
 * (LANGUAGE.md, "Dates are compared as calendar days"). `end-before-start`, `zero-quantity`,
 * `date-outside-period`, `due-after-goal`, `sessions-exceed-period`, `long-period` and
 * `revision-order`.
 */
import type { FrequencyKeyword } from '../../generated/ast.js';
import { addMonths, compareDates, daysBetween, monthsSpanned } from '../../model/calendar.js';
import type { EffectiveContract, EffectiveDate, EffectiveNumber } from '../../model/effective-contract.js';
import type { EffectiveProblem } from './effective-problem.js';

export function checkPeriod(contract: EffectiveContract): EffectiveProblem[] {
    const problems: EffectiveProblem[] = [];
    const duration = contract.duration;
    if (duration) {
        checkQuantities(contract, problems);
        const { start, end } = duration;
        const period = start.date !== undefined && end.date !== undefined ? { start: start.date, end: end.date } : undefined;
        if (period && compareDates(period.end, period.start) <= 0 && !duration.length) {
            problems.push({
                code: 'end-before-start',
                message: `The period ends on ${period.end}, ${period.end === period.start ? 'the day it starts' : 'before it starts'} (${period.start}): `
                    + 'give an end date after the start date.',
                location: end.location,
                params: [end.param, start.param]
            });
        } else if (period && compareDates(period.end, period.start) > 0) {
            checkDatesInside(contract, period, problems);
            checkSessions(contract, period, problems);
            if (compareDates(period.end, addMonths(period.start, 12)) > 0) {
                problems.push({
                    code: 'long-period',
                    message: `The period runs from ${period.start} to ${period.end}, longer than 12 months: helping agreements work best with a shorter period and a review or renewal.`,
                    location: end.location,
                    params: [end.param, start.param]
                });
            }
        }
    }
    checkDueAfterGoal(contract, problems);
    checkRevisions(contract, problems);
    return problems;
}

function checkQuantities(contract: EffectiveContract, problems: EffectiveProblem[]): void {
    const duration = contract.duration!;
    const zero = (number: EffectiveNumber | undefined, what: string) => {
        if (number?.value === 0) {
            problems.push({ code: 'zero-quantity', message: `${what} of 0: use a number of at least 1.`, location: number.location, params: [number.param] });
        }
    };
    zero(duration.length?.count, `A period of \`for 0 ${duration.length?.unit}\` is a length`);
    zero(duration.meeting?.sessions, '`for 0 sessions` is a count');
    for (const review of duration.reviews) {
        zero(review.every?.count, `\`every 0 ${review.every?.unit}\` is a length`);
    }
}

function checkDatesInside(contract: EffectiveContract, period: { start: string; end: string }, problems: EffectiveProblem[]): void {
    const duration = contract.duration!;
    const check = (date: EffectiveDate | undefined, what: string) => {
        if (date?.date === undefined) {
            return;
        }
        const before = compareDates(date.date, period.start) < 0;
        const after = compareDates(date.date, period.end) > 0;
        if (before || after) {
            problems.push({
                code: 'date-outside-period',
                message: `${what} ${date.date} is ${before ? 'before the period starts' : 'after the period ends'} (${period.start} to ${period.end}): `
                    + 'move it inside the period, or change the period.',
                location: date.location,
                params: [date.param, duration.start.param, duration.end.param]
            });
        }
    };
    for (const goal of contract.goals) {
        check(goal.by, `The target date of goal \`${goal.name}\`,`);
    }
    for (const task of contract.tasks) {
        check(task.due, `The due date of task \`${task.name}\`,`);
    }
    for (const review of duration.reviews) {
        check(review.on, 'The review date');
    }
    for (const revision of contract.revisions) {
        check(revision.date, `The date of revision ${revision.number},`);
    }
}

/** How many sessions a frequency fits into a period, counted over the whole period and rounded up. */
export function sessionsThatFit(frequency: FrequencyKeyword, start: string, end: string): number {
    const days = daysBetween(start, end);
    switch (frequency) {
        case 'daily': return days;
        case 'twice-weekly': return Math.ceil((2 * days) / 7);
        case 'weekly': return Math.ceil(days / 7);
        case 'fortnightly': return Math.ceil(days / 14);
        case 'monthly': return monthsSpanned(start, end);
    }
}

function checkSessions(contract: EffectiveContract, period: { start: string; end: string }, problems: EffectiveProblem[]): void {
    const meeting = contract.duration!.meeting;
    const keyword = meeting?.frequency.keyword;
    const sessions = meeting?.sessions;
    if (!keyword || sessions?.value === undefined) {
        return;
    }
    const fit = sessionsThatFit(keyword, period.start, period.end);
    if (sessions.value > fit) {
        problems.push({
            code: 'sessions-exceed-period',
            message: `${sessions.value} sessions do not fit: meeting ${keyword} from ${period.start} to ${period.end} makes at most ${fit}. `
                + 'Plan fewer sessions, meet more often, or lengthen the period.',
            location: sessions.location,
            params: [sessions.param, contract.duration!.start.param, contract.duration!.end.param]
        });
    }
}

function checkDueAfterGoal(contract: EffectiveContract, problems: EffectiveProblem[]): void {
    for (const task of contract.tasks) {
        const due = task.due?.date;
        if (due === undefined) {
            continue;
        }
        for (const reference of task.goals) {
            const goal = contract.goals.find(candidate => candidate.name === reference.name);
            const by = goal?.by?.date;
            if (goal && by !== undefined && compareDates(due, by) > 0) {
                problems.push({
                    code: 'due-after-goal',
                    message: `Task \`${task.name}\` is due ${due}, after goal \`${goal.name}\`'s target date ${by}: bring the task forward or move the goal's date.`,
                    location: task.due!.location,
                    params: [task.due!.param, goal.by!.param],
                    related: [{ location: goal.by!.location, message: `Target date of goal \`${goal.name}\`` }]
                });
            }
        }
    }
}

function checkRevisions(contract: EffectiveContract, problems: EffectiveProblem[]): void {
    let previous: EffectiveContract['revisions'][number] | undefined;
    let latestDate: string | undefined;
    for (const revision of contract.revisions) {
        if (previous && revision.number <= previous.number) {
            problems.push({
                code: 'revision-order',
                message: `Revision ${revision.number} comes after revision ${previous.number}: number revisions in increasing order.`,
                location: revision.location,
                params: [],
                related: [{ location: previous.location, message: `Revision ${previous.number}` }]
            });
        }
        const date = revision.date.date;
        if (date !== undefined && latestDate !== undefined && compareDates(date, latestDate) < 0) {
            problems.push({
                code: 'revision-order',
                message: `Revision ${revision.number} is dated ${date}, before the revision listed above it (${latestDate}): revisions go forward in time.`,
                location: revision.date.location,
                params: [revision.date.param]
            });
        }
        if (date !== undefined && (latestDate === undefined || compareDates(date, latestDate) > 0)) {
            latestDate = date;
        }
        previous = revision;
    }
}
