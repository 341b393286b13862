/**
 * Hover: what a name stands for and what a word will mean in the agreement.
 * - a party: its name, role and title; a goal: its measure and target date; a task: its owners
 *   and goals; a parameter: its type, default and description (on the declaration or on any
 *   reference to it, in any file);
 * - a date: its weekday and how far it is from the start of the period;
 * - a built-in word (`limit abuse`, `when period-ends`, `fortnightly`, `contact-by text`,
 *   `on tuesday`): the sentence or words the agreement will print; a 0.2 keyword that
 *   introduces text (`purpose`, `risks`, `paid-by`, `crisis`, `notice`...): what it is for
 *   (../model/builtin-words.ts).
 */
import type { AstNode, CstNode, LangiumDocument, MaybePromise } from 'langium';
import { AstUtils, CstUtils, GrammarAST } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { Goal, Param, Party, Task, Value } from '../generated/ast.js';
import { isContract, isDateLiteral, isDuration, isGoal, isNumberLiteral, isParam, isParty, isTask, isTemplate, isTextValue } from '../generated/ast.js';
import { getAgreement } from '../ast-utils.js';
import { builtinContextOfRule, builtinSentence, keywordHelp } from '../model/builtin-words.js';
import { isValidIsoDate } from '../model/calendar.js';
import { buildEffectiveContract } from '../model/effective-contract-builder.js';
import { describeDate, distanceFromStart } from './date-descriptions.js';

export class TandemHoverProvider extends AstNodeHoverProvider {

    constructor(services: LangiumServices) {
        super(services);
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult?.value?.$cstNode;
        if (!root) {
            return undefined;
        }
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
        if (leaf && leaf.offset <= offset && offset < leaf.end) {
            const special = this.builtinWordHover(leaf) ?? this.dateHover(leaf);
            if (special) {
                return { contents: { kind: 'markdown', value: special }, range: leaf.range };
            }
        }
        return super.getHoverContent(document, params);
    }

    private builtinWordHover(leaf: CstNode): string | undefined {
        const source = leaf.grammarSource;
        if (!source || !GrammarAST.isKeyword(source)) {
            return undefined;
        }
        const rule = AstUtils.getContainerOfType(source, GrammarAST.isParserRule)?.name ?? '';
        const context = builtinContextOfRule(rule);
        const sentence = context ? builtinSentence(context, source.value) : undefined;
        if (sentence) {
            return `**${context} ${source.value}**\n\nThe agreement says: *${sentence}*`;
        }
        const help = keywordHelp(source.value);
        return help ? `**${source.value}**\n\n${help}` : undefined;
    }

    private dateHover(leaf: CstNode): string | undefined {
        if ((leaf as { tokenType?: { name?: string } }).tokenType?.name !== 'DATE') {
            return undefined;
        }
        const date = leaf.text;
        if (!isValidIsoDate(date)) {
            return `**${date}** is not a date: that day does not exist.`;
        }
        const lines = [`**${describeDate(date)}**`];
        const start = periodStartOf(leaf.astNode);
        if (start) {
            lines.push(distanceFromStart(date, start));
        }
        return lines.join('\n\n');
    }

    protected getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        if (isParty(node)) {
            return describeParty(node);
        }
        if (isGoal(node)) {
            return describeGoal(node);
        }
        if (isTask(node)) {
            return describeTask(node);
        }
        if (isParam(node)) {
            return describeParam(node);
        }
        if (isContract(node) || isTemplate(node)) {
            const kind = isContract(node) ? 'contract' : 'template';
            return `**${node.name}** — ${kind}${node.title ? `: ${node.title}` : ''}`;
        }
        return undefined;
    }
}

/** The first day of the period of the agreement a node is in, when it is known. */
export function periodStartOf(node: AstNode): string | undefined {
    const agreement = getAgreement(node);
    if (!agreement) {
        return undefined;
    }
    if (isContract(agreement)) {
        if (agreement.template && !agreement.template.ref) {
            return undefined;
        }
        return buildEffectiveContract(agreement).duration?.start.date;
    }
    const duration = agreement.members.find(isDuration);
    const start = duration?.period?.start;
    if (start?.date && isValidIsoDate(start.date)) {
        return start.date;
    }
    const param = start?.param?.ref;
    return param?.default && isDateLiteral(param.default) && isValidIsoDate(param.default.date) ? param.default.date : undefined;
}

export function describeParty(party: Party): string {
    const lines = [`**${party.name}** — ${party.kind}: ${party.fullName ?? ''}`];
    if (party.title) {
        lines.push(`Title: ${party.title}`);
    }
    if (party.contact) {
        lines.push(`Contact: ${party.contact}`);
    }
    if (party.speaks) {
        lines.push(`Speaks: ${party.speaks}`);
    }
    return lines.join('\n\n');
}

export function describeGoal(goal: Goal): string {
    const lines = [`**${goal.name}** — goal: ${goal.title ?? ''}`];
    lines.push(goal.measure ? `Measure: ${goal.measure}` : 'Measure: none yet (`unmeasurable-goal`)');
    if (goal.by?.date) {
        lines.push(`By: ${isValidIsoDate(goal.by.date) ? describeDate(goal.by.date) : goal.by.date}`);
    } else if (goal.by?.param) {
        lines.push(`By: the date parameter \`${goal.by.param.$refText}\``);
    }
    return lines.join('\n\n');
}

export function describeTask(task: Task): string {
    const lines = [`**${task.name}** — task: ${task.title ?? ''}`];
    const owners = task.owners.map(owner => owner.ref ? `${owner.ref.name} (${owner.ref.kind}, ${owner.ref.fullName})` : owner.$refText);
    lines.push(owners.length > 0 ? `Owners: ${owners.join(', ')}` : 'Owners: none yet (`task-without-owner`)');
    const goals = task.goals.map(goal => goal.ref ? `${goal.ref.name} (${goal.ref.title})` : goal.$refText);
    lines.push(goals.length > 0 ? `For: ${goals.join(', ')}` : 'For: no goal yet (`task-without-goal`)');
    if (task.due?.date) {
        lines.push(`Due: ${isValidIsoDate(task.due.date) ? describeDate(task.due.date) : task.due.date}`);
    }
    return lines.join('\n\n');
}

export function describeParam(param: Param): string {
    const lines = [`**${param.name}** — ${param.type} parameter`];
    lines.push(param.default ? `Default: ${valueText(param.default)}` : 'No default: every contract from the template must bind it.');
    if (param.description) {
        lines.push(param.description);
    }
    return lines.join('\n\n');
}

function valueText(value: Value): string {
    if (isTextValue(value)) {
        return JSON.stringify(value.text);
    }
    if (isDateLiteral(value)) {
        return value.date;
    }
    if (isNumberLiteral(value)) {
        return String(value.number);
    }
    return '';
}
