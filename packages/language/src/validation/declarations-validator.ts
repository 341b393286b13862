/**
 * What each goal, task and share must say for itself: `task-without-owner`,
 * `task-without-goal`, `unmeasurable-goal` and `share-without-purpose`.
 */
import type { ValidationAcceptor } from 'langium';
import type { Goal, Share, Task } from '../generated/ast.js';
import { report } from './report.js';

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
            report(accept, 'share-without-purpose', 'This release does not say why the information is shared: add `for "..."` with the purpose.', {
                node: share,
                keyword: 'share'
            });
        }
    }
}
