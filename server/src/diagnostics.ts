import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity } from './core/types';
import { helpHref } from './help';
import { toRange, type LineIndex } from './positions';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(finding: Finding, lines: LineIndex): Diagnostic {
  const href = helpHref(finding.code);
  return {
    range: toRange(lines, finding.start, finding.end),
    severity: SEVERITY[finding.severity],
    code: finding.code,
    // The check's help page (server/help/<id>.md): what it flags, why, examples, its setting.
    ...(href ? { codeDescription: { href } } : {}),
    source: 'copydesk',
    message: finding.message,
  };
}
