/**
 * Semantic tokens: names by what they stand for (contracts and templates, parties, goals,
 * tasks, parameters — declarations marked as such), dates, built-in words, and the
 * `{{placeholders}}` inside strings.
 */
import type { AstNode } from 'langium';
import { CstUtils } from 'langium';
import type { SemanticTokenAcceptor } from 'langium/lsp';
import { AbstractSemanticTokenProvider } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import {
    isBinding, isCondition, isContract, isDateValue, isFrequency, isGoal, isLimit, isNumberValue, isParam, isParty, isShare, isSign, isTask, isTemplate
} from '../generated/ast.js';
import { findPlaceholders } from '../model/placeholders.js';

const DECLARATION = SemanticTokenModifiers.declaration;

/** The token type of each kind of name. */
export const NAME_TOKEN_TYPES = {
    contract: SemanticTokenTypes.class,
    template: SemanticTokenTypes.interface,
    party: SemanticTokenTypes.variable,
    goal: SemanticTokenTypes.event,
    task: SemanticTokenTypes.function,
    param: SemanticTokenTypes.parameter,
    builtin: SemanticTokenTypes.enumMember,
    date: SemanticTokenTypes.number
} as const;

export class TandemSemanticTokenProvider extends AbstractSemanticTokenProvider {

    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const t = NAME_TOKEN_TYPES;
        if (isContract(node)) {
            acceptor({ node, property: 'name', type: t.contract, modifier: DECLARATION });
            if (node.template) {
                acceptor({ node, property: 'template', type: t.template });
            }
            this.highlightPlaceholders(node, acceptor);
        } else if (isTemplate(node)) {
            acceptor({ node, property: 'name', type: t.template, modifier: DECLARATION });
            this.highlightPlaceholders(node, acceptor);
        } else if (isParam(node)) {
            acceptor({ node, property: 'name', type: t.param, modifier: DECLARATION });
            acceptor({ node, property: 'type', type: SemanticTokenTypes.type });
        } else if (isParty(node)) {
            acceptor({ node, property: 'name', type: t.party, modifier: DECLARATION });
        } else if (isGoal(node)) {
            acceptor({ node, property: 'name', type: t.goal, modifier: DECLARATION });
        } else if (isTask(node)) {
            acceptor({ node, property: 'name', type: t.task, modifier: DECLARATION });
            node.owners.forEach((_, index) => acceptor({ node, property: 'owners', index, type: t.party }));
            node.goals.forEach((_, index) => acceptor({ node, property: 'goals', index, type: t.goal }));
        } else if (isSign(node)) {
            node.signers.forEach((_, index) => acceptor({ node, property: 'signers', index, type: t.party }));
        } else if (isShare(node) && node.party) {
            acceptor({ node, property: 'party', type: t.party });
        } else if (isBinding(node)) {
            acceptor({ node, property: 'param', type: t.param });
        } else if (isDateValue(node)) {
            acceptor(node.param ? { node, property: 'param', type: t.param } : { node, property: 'date', type: t.date });
        } else if (isNumberValue(node) && node.param) {
            acceptor({ node, property: 'param', type: t.param });
        } else if ((isLimit(node) || isCondition(node) || isFrequency(node)) && node.keyword) {
            acceptor({ node, property: 'keyword', type: t.builtin, modifier: SemanticTokenModifiers.defaultLibrary });
        }
    }

    /** `{{name}}` inside the agreement's strings (placeholders on one line). */
    private highlightPlaceholders(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        if (!node.$cstNode) {
            return;
        }
        for (const leaf of CstUtils.streamCst(node.$cstNode)) {
            if ((leaf as { tokenType?: { name?: string } }).tokenType?.name !== 'STRING' || !leaf.text.includes('{{')) {
                continue;
            }
            leaf.text.split('\n').forEach((line, lineIndex) => {
                for (const placeholder of findPlaceholders(line)) {
                    const char = (lineIndex === 0 ? leaf.range.start.character : 0) + placeholder.offset;
                    acceptor({ line: leaf.range.start.line + lineIndex, char, length: placeholder.length, type: NAME_TOKEN_TYPES.param });
                }
            });
        }
    }
}
