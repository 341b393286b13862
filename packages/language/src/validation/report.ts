/**
 * Reporting a diagnostic with its stable code: the severity always comes from the code table,
 * and the code travels in `data` too (where code actions look for it).
 */
import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import { severityOf } from '../diagnostics/codes.js';

export type ReportInfo<N extends AstNode> = Omit<DiagnosticInfo<N>, 'code'> & { data?: Record<string, unknown> };

export function report<N extends AstNode>(accept: ValidationAcceptor, code: DiagnosticCode, message: string, info: ReportInfo<N>): void {
    accept(severityOf(code), message, { ...info, code, data: { ...info.data, code } } as DiagnosticInfo<N>);
}
