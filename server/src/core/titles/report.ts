// Turning title verdicts into findings: one finding per flagged title, its replacements as fixes.
import type { Report } from '../checks/check';
import type { TitleStatus, TitleVerdicts } from './verdicts';

export function reportTitleVerdicts(verdicts: TitleVerdicts, status: TitleStatus, report: Report): void {
  for (const verdict of verdicts.verdicts) {
    if (verdict.status !== status) continue;
    report({
      start: verdict.span.start,
      end: verdict.span.end,
      message: verdict.message,
      fixes: verdict.suggestions.map((s) => ({
        title: s.title,
        edits: [{ start: s.start, end: s.end, newText: s.text }],
        isPreferred: s.preferred,
      })),
    });
  }
}
