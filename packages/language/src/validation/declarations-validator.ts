/**
 * What each goal, task, share and meeting must say for itself: `task-without-owner`,
 * `task-without-goal`, `unmeasurable-goal`, `share-without-purpose`, `release-without-expiry`
 * and `meeting-days-mismatch`. Checked where they are written, templates included.
 */
import type { ValidationAcceptor } from 'langium';
import type { FrequencyKeyword, Goal, Meeting, Share, Task } from '../generated/ast.js';
import { isRelease } from '../model/effective-contract.js';
import { report } from './report.js';

/** How many different days after `on` each frequency needs (LANGUAGE.md, `meeting-days-mismatch`). */
const DAYS_NEEDED: Readonly<Partial<Record<FrequencyKeyword, number>>> = {
    'twice-weekly': 2,
    'weekly': 1,
    'fortnightly': 1,
    'monthly': 1
};

export class DeclarationsValidator {

    checkTask(task: Task, accept: ValidationAcceptor): void {
        if (task.owners.length === 0) {
            report(accept, 'task-without-owner', `Task \`${task.name}\` has no owner: say who does it, e.g. \`owner Client\` (a task can have several owners).`, {
                node: task,
                property: 'name'
            });
        }
        if (task.goals.length === 0) {
            report(accept, 'task-without-goal', `Task \`${task.name}\` is not \`for\` any goal: add \`for\` and the goal it works towards.`, {
                node: task,
                property: 'name'
            });
        }
    }

    checkGoal(goal: Goal, accept: ValidationAcceptor): void {
        if (goal.measure === undefined) {
            report(accept, 'unmeasurable-goal', `Goal \`${goal.name}\` has no \`measure\`: say how you will both know it is met, e.g. \`{ measure "..." }\`.`, {
                node: goal,
                property: 'name'
            });
        }
    }

    checkShare(share: Share, accept: ValidationAcceptor): void {
        if (share.purpose === undefined) {
            report(accept, 'share-without-purpose', 'This share does not say why the information is shared: add `for "..."` with the purpose.', {
                node: share,
                keyword: 'share'
            });
        }
        if (share.until === undefined && isRelease({ recipient: share.recipient, partyKind: share.party?.ref?.kind })) {
            report(accept, 'release-without-expiry', 'This release has no end date: a permission to share must say when it ends. '
                + 'Add `until` and a date (for example the end of the period).', {
                node: share,
                keyword: 'share'
            });
        }
    }

    checkMeeting(meeting: Meeting, accept: ValidationAcceptor): void {
        const keyword = meeting.frequency?.keyword;
        const needed = keyword ? DAYS_NEEDED[keyword] : undefined;
        if (needed === undefined || meeting.days.length === 0) {
            return;
        }
        const days = new Set(meeting.days).size;
        if (days !== needed) {
            const have = `${days} different ${days === 1 ? 'day' : 'days'}`;
            const want = needed === 1 ? 'one day' : `${needed} different days`;
            report(accept, 'meeting-days-mismatch', `Meeting \`${keyword}\` on ${have} does not fit: \`${keyword}\` needs ${want} after \`on\`. `
                + 'Change the days, or the frequency.', {
                node: meeting,
                keyword: 'meet'
            });
        }
    }
}
