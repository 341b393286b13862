/**
 * "Fill in the template": a form for staff who do not write contracts by hand. It lists the
 * folder's templates; for the one chosen, one labelled field per parameter (a date, number or
 * text field by the parameter's type, labelled by its description, else its name, its default
 * filled in). Each change is checked in the worker as a row of data is (`tandem batch`), each
 * problem shown beside the field it concerns, and the filled agreement is previewed. "Download
 * PDF" gives the agreement; "Download contract" the `.tandem` contract from the template, with
 * one binding per parameter, importing the template's file.
 */
import type { LSPClient } from '@codemirror/lsp-client';
import type { FillParams, FillProblem, FillResult, TemplateSummary, TemplatesResult } from '../shared/studio-protocol.js';
import { FILL_REQUEST, TEMPLATES_REQUEST } from '../shared/studio-protocol.js';
import { announce, byId, element, errorMessage } from './dom.js';
import { downloadBlob, downloadRendered } from './downloads.js';

const CHECK_DELAY_MS = 150;

/**
 * A required field left empty: said in the form's words (the check's own message speaks of a
 * row of data), and only once the field was left or a download asked for, not while the form
 * is still new.
 */
const MISSING_VALUE = 'missing-binding';
const MISSING_VALUE_TEXT = 'Fill this in: the template has no value to use instead.';

export interface TemplateFormHost {
    /** The language worker's client (a new one when another folder is opened). */
    client(): LSPClient;
    /** The language chosen for the agreement (undefined: the template's own). */
    locale(): string | undefined;
    /** Shows the filled agreement in the Agreement preview. */
    preview(html: string | undefined, note: string): void;
}

export class TemplateForm {
    private readonly form = byId<HTMLFormElement>('fill-form');
    private readonly select = byId<HTMLSelectElement>('template-select');
    private readonly fields = byId('template-fields');
    private readonly formProblems = byId<HTMLUListElement>('template-problems');
    private templates: readonly TemplateSummary[] = [];
    private pending: ReturnType<typeof setTimeout> | undefined;
    private generation = 0;
    /** Fields the user has left (or all of them, once a download was asked for). */
    private readonly visited = new Set<string>();
    private showAllProblems = false;

    constructor(private readonly host: TemplateFormHost) {
        this.select.addEventListener('change', () => this.showTemplate());
        this.form.addEventListener('input', event => {
            if (event.target !== this.select) {
                this.scheduleCheck();
            }
        });
        this.form.addEventListener('submit', event => event.preventDefault());
        this.form.addEventListener('focusout', event => {
            const input = event.target as HTMLInputElement;
            if (input.name && input !== (this.select as unknown)) {
                this.visited.add(input.name);
                this.scheduleCheck(0);
            }
        });
        byId('fill-download-pdf').addEventListener('click', () => void this.downloadPdf());
        byId('fill-download-contract').addEventListener('click', () => void this.downloadContract());
    }

    /**
     * Reads the folder's templates again. The chosen one stays, with what was typed, while it
     * has the same parameters; else the first is shown.
     */
    async refresh(): Promise<void> {
        const result = await this.host.client().request<Record<string, never>, TemplatesResult>(TEMPLATES_REQUEST, {});
        const before = this.chosen();
        this.templates = result.templates;
        this.select.replaceChildren(...this.templates.map(template => element('option', { value: this.keyOf(template) }, this.labelOfTemplate(template))));
        if (this.templates.length === 0) {
            this.select.append(element('option', { value: '' }, 'No templates in this folder'));
        }
        const kept = before && this.templates.find(template => this.keyOf(template) === this.keyOf(before));
        this.select.value = kept ? this.keyOf(kept) : this.templates.length > 0 ? this.keyOf(this.templates[0]) : '';
        if (kept && JSON.stringify(kept.params) === JSON.stringify(before.params) && this.fields.childElementCount > 0) {
            this.scheduleCheck(0);
        } else {
            this.showTemplate();
        }
    }

    /** The option's text: the template's title (else its name), with its name and file when two are alike. */
    private labelOfTemplate(template: TemplateSummary): string {
        const shown = (each: TemplateSummary) => each.title ?? each.name;
        const alike = this.templates.filter(other => shown(other) === shown(template)).length > 1;
        return alike ? `${shown(template)} (${template.name}, ${template.path})` : shown(template);
    }

    /** The option's value: the template's name, with its file when two files declare that name. */
    private keyOf(template: TemplateSummary): string {
        const shared = this.templates.filter(other => other.name === template.name).length > 1;
        return shared ? `${template.path}#${template.name}` : template.name;
    }

    /** Checks the values again (e.g. when the language changes). */
    recheck(): void {
        this.scheduleCheck(0);
    }

    private chosen(): TemplateSummary | undefined {
        return this.templates.find(template => this.keyOf(template) === this.select.value);
    }

    private showTemplate(): void {
        const template = this.chosen();
        this.fields.replaceChildren(...(template?.params ?? []).map(param => {
            const id = `param-${param.name}`;
            const field = element('div', { class: 'field' });
            const label = element('label', { for: id }, param.description ?? param.name);
            const input = element('input', {
                id, name: param.name, type: param.type === 'text' ? 'text' : param.type,
                'aria-describedby': `${id}-problem`, autocomplete: 'off'
            });
            if (param.type === 'number') {
                input.setAttribute('min', '0');
                input.setAttribute('step', '1');
            }
            input.value = param.defaultValue ?? '';
            // The label is the description (or name) alone; "required" is said by aria-required.
            const heading = element('div', { class: 'field-label' });
            heading.append(label);
            if (param.defaultValue === undefined) {
                input.setAttribute('aria-required', 'true');
                heading.append(element('span', { class: 'required', 'aria-hidden': 'true' }, 'required'));
            }
            field.append(heading, input, element('p', { id: `${id}-problem`, class: 'field-problem' }));
            return field;
        }));
        this.formProblems.replaceChildren();
        this.visited.clear();
        this.showAllProblems = false;
        if (!template) {
            this.host.preview(undefined, 'This folder has no templates: write one (a `template` with its `param`s) in the editor.');
            return;
        }
        this.scheduleCheck(0);
    }

    private values(): Record<string, string> {
        const values: Record<string, string> = {};
        for (const input of this.fields.querySelectorAll('input')) {
            values[input.name] = input.value;
        }
        return values;
    }

    private scheduleCheck(delay = CHECK_DELAY_MS): void {
        clearTimeout(this.pending);
        this.pending = setTimeout(() => void this.check(), delay);
    }

    private async check(format?: 'pdf'): Promise<FillResult | undefined> {
        const template = this.chosen();
        if (!template) {
            return undefined;
        }
        const generation = ++this.generation;
        const params: FillParams = { path: template.path, template: template.name, values: this.values(), locale: this.host.locale(), format };
        let result: FillResult;
        try {
            result = await this.host.client().request<FillParams, FillResult>(FILL_REQUEST, params);
        } catch (error) {
            announce(`The template could not be filled: ${errorMessage(error)}`);
            return undefined;
        }
        if (generation === this.generation) {
            this.showProblems(template, result.problems);
            const errors = result.problems.filter(problem => problem.severity === 'error').length;
            this.host.preview(result.html, result.html === undefined ? 'Fix the values marked in the form to see the agreement.'
                : errors > 0 ? `Draft: ${errors} ${errors === 1 ? 'field' : 'fields'} to fill in or fix. Until then a field shows its label in [brackets], a date shows today.`
                    : `${template.title ?? template.name}, filled in.`);
        }
        return result;
    }

    private showProblems(template: TemplateSummary, problems: readonly FillProblem[]): void {
        for (const param of template.params) {
            const input = byId<HTMLInputElement>(`param-${param.name}`);
            const own = problems
                .filter(problem => problem.param === param.name)
                .filter(problem => problem.code !== MISSING_VALUE || this.showAllProblems || this.visited.has(param.name));
            byId(`param-${param.name}-problem`).textContent = own
                .map(problem => problem.code === MISSING_VALUE ? MISSING_VALUE_TEXT : problem.message).join(' ');
            if (own.some(problem => problem.severity === 'error')) {
                input.setAttribute('aria-invalid', 'true');
            } else {
                input.removeAttribute('aria-invalid');
            }
        }
        this.formProblems.replaceChildren(...problems.filter(problem => problem.param === undefined)
            .map(problem => element('li', { class: `problem-${problem.severity}` }, `${problem.code}: ${problem.message}`)));
    }

    /** Points at the first field with an error, if any; true when there is none. */
    private readyOrPointAtErrors(result: FillResult): boolean {
        const first = result.problems.find(problem => problem.severity === 'error');
        if (!first) {
            return true;
        }
        const template = this.chosen();
        if (template) {
            this.showAllProblems = true;
            this.showProblems(template, result.problems);
        }
        announce(`Fix the values marked in the form first: ${first.code === MISSING_VALUE ? `${this.labelOf(first.param)}: ${MISSING_VALUE_TEXT}` : first.message}`);
        if (first.param) {
            byId(`param-${first.param}`).focus();
        }
        return false;
    }

    private labelOf(param: string | undefined): string {
        return (param && document.querySelector(`label[for="param-${param}"]`)?.textContent) || param || '';
    }

    private async downloadPdf(): Promise<void> {
        clearTimeout(this.pending);
        const result = await this.check('pdf');
        if (result && this.readyOrPointAtErrors(result) && result.file) {
            downloadRendered(result.file);
            announce(`Downloaded ${result.file.fileName}`);
        }
    }

    private async downloadContract(): Promise<void> {
        clearTimeout(this.pending);
        const result = await this.check();
        if (result && this.readyOrPointAtErrors(result)) {
            downloadBlob(result.contractFileName, new Blob([result.contractText], { type: 'text/plain;charset=utf-8' }));
            announce(`Downloaded ${result.contractFileName}: put it in the folder you opened (it imports ${this.chosen()?.path ?? 'the template'})`);
        }
    }
}
