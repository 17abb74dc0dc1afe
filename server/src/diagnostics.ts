import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity } from './core/types';
import { toRange, type LineIndex } from './positions';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(finding: Finding, lines: LineIndex): Diagnostic {
  return {
    range: toRange(lines, finding.start, finding.end),
    severity: SEVERITY[finding.severity],
    code: finding.code,
    source: 'copydesk',
    message: finding.message,
  };
}
