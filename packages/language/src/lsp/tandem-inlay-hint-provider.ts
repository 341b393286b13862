/**
 * Inlay hints: the end date worked out for a `from ... for N weeks` period, the number of
 * sessions the meeting frequency fits into the period, (0.2) the date of the first meeting (the
 * first of its days on or after the start), and the type of each binding.
 */
import type { AstNode } from 'langium';
import type { InlayHintAcceptor } from 'langium/lsp';
import { AbstractInlayHintProvider } from 'langium/lsp';
import { InlayHintKind } from 'vscode-languageserver';
import type { DateValue, Duration, NumberValue, Period } from '../generated/ast.js';
import { isBinding, isDateLiteral, isDuration, isMeeting, isNumberLiteral, isPeriod } from '../generated/ast.js';
import { findPropertyNode } from '../cst-utils.js';
import type { PeriodUnit } from '../model/calendar.js';
import { compareDates, firstDayOnOrAfter, isValidIsoDate, periodEnd } from '../model/calendar.js';
import { sessionsThatFit } from '../validation/effective/period-rules.js';

export class TandemInlayHintProvider extends AbstractInlayHintProvider {

    computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): void {
        if (isPeriod(node) && node.length !== undefined && node.$cstNode) {
            const span = periodSpan(node);
            if (span) {
                acceptor({ position: node.$cstNode.range.end, label: `ends ${span.end}`, paddingLeft: true, kind: InlayHintKind.Type, tooltip: 'The end of the period, worked out from its length' });
            }
        } else if (isMeeting(node) && node.$cstNode) {
            const duration = node.$container as Duration;
            const span = isDuration(duration) && duration.period ? periodSpan(duration.period) : undefined;
            const first = span && node.days.length > 0 ? firstDayOnOrAfter(span.start, node.days) : undefined;
            const lastDay = first ? findPropertyNode(node.$cstNode, 'days', node.days.length - 1) : undefined;
            if (first && lastDay && compareDates(first, span!.end) <= 0) {
                acceptor({
                    position: lastDay.range.end, label: `first ${first}`, paddingLeft: true, kind: InlayHintKind.Type,
                    tooltip: `The first meeting: ${first}, the first of these days on or after the start (${span!.start})`
                });
            }
            const frequencyNode = node.frequency?.keyword ? findPropertyNode(node.$cstNode, 'frequency') : undefined;
            if (!node.frequency?.keyword) {
                return;
            }
            if (span && frequencyNode && compareDates(span.end, span.start) > 0) {
                const fit = sessionsThatFit(node.frequency.keyword, span.start, span.end);
                acceptor({
                    position: frequencyNode.range.end, label: `fits ${fit} session${fit === 1 ? '' : 's'}`, paddingLeft: true,
                    kind: InlayHintKind.Parameter, tooltip: `Meeting ${node.frequency.keyword} from ${span.start} to ${span.end}`
                });
            }
        } else if (isBinding(node) && node.param?.ref && node.$cstNode) {
            const paramNode = findPropertyNode(node.$cstNode, 'param');
            if (paramNode) {
                acceptor({ position: paramNode.range.end, label: `: ${node.param.ref.type}`, kind: InlayHintKind.Type });
            }
        }
    }
}

/** The period's start and end when both are known from the text (literals or defaults). */
export function periodSpan(period: Period): { start: string; end: string } | undefined {
    const start = dateOf(period.start);
    if (!start) {
        return undefined;
    }
    if (period.end) {
        const end = dateOf(period.end);
        return end ? { start, end } : undefined;
    }
    const length = numberOf(period.length);
    return length !== undefined && period.unit ? { start, end: periodEnd(start, length, period.unit as PeriodUnit) } : undefined;
}

function dateOf(value: DateValue | undefined): string | undefined {
    const date = value?.date ?? (value?.param?.ref?.default && isDateLiteral(value.param.ref.default) ? value.param.ref.default.date : undefined);
    return date && isValidIsoDate(date) ? date : undefined;
}

function numberOf(value: NumberValue | undefined): number | undefined {
    if (value?.number !== undefined) {
        return value.number;
    }
    const fallback = value?.param?.ref?.default;
    return fallback && isNumberLiteral(fallback) ? fallback.number : undefined;
}
