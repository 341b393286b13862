/**
 * The Problems region: the open file's problems, each with its severity, code and line, as a
 * list of buttons (a button moves the cursor to the problem) followed by its quick fixes. The
 * count in the heading is what a screen reader hears when the list changes.
 */
import type { Problem } from './diagnostics.js';
import { byId, element } from './dom.js';

export class ProblemsPanel {
    private readonly list = byId<HTMLOListElement>('problems-list');
    private readonly summary = byId('problems-summary');
    /** `data-state`: "waiting" until the file's problems are known, then "ready". */
    private readonly region = byId('problems');

    constructor(private readonly reveal: (problem: Problem) => void) {}

    /** The file's problems are not known yet. */
    checking(): void {
        this.summary.textContent = 'Checking…';
        this.list.replaceChildren();
        this.region.setAttribute('data-state', 'waiting');
    }

    show(problems: readonly Problem[]): void {
        const errors = problems.filter(problem => problem.severity === 'error').length;
        const warnings = problems.filter(problem => problem.severity === 'warning').length;
        const others = problems.length - errors - warnings;
        this.summary.textContent = problems.length === 0 ? 'No problems'
            : [plural(errors, 'error'), plural(warnings, 'warning'), plural(others, 'note')].filter(Boolean).join(', ');
        const items = [...problems]
            .sort((a, b) => a.line - b.line || a.column - b.column)
            .map(problem => this.item(problem));
        this.list.replaceChildren(...items);
        this.region.setAttribute('data-state', 'ready');
    }

    private item(problem: Problem): HTMLLIElement {
        const item = element('li', { class: `problem problem-${problem.severity}`, 'data-code': problem.code ?? '', 'data-line': String(problem.line) });
        const go = element('button', { type: 'button', class: 'problem-go' });
        go.append(
            element('span', { class: 'problem-severity' }, problem.severity),
            ' ',
            element('span', { class: 'problem-code' }, problem.code ?? ''),
            ' ',
            element('span', { class: 'problem-line' }, `line ${problem.line}`),
            ': ',
            element('span', { class: 'problem-message' }, problem.message)
        );
        go.addEventListener('click', () => this.reveal(problem));
        item.append(go);
        for (const fix of problem.fixes) {
            const button = element('button', { type: 'button', class: 'problem-fix' }, `Fix: ${fix.title}`);
            button.addEventListener('click', () => fix.apply());
            item.append(' ', button);
        }
        return item;
    }
}

function plural(count: number, noun: string): string {
    return count === 0 ? '' : `${count} ${noun}${count === 1 ? '' : 's'}`;
}
