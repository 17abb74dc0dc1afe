// Turning title verdicts into findings: one finding per flagged title, its replacements as fixes.
import type { Report } from '../checks/check';
import type { TitleStatus, TitleVerdict, TitleVerdicts } from './verdicts';

const PROBLEM: Partial<Record<TitleStatus, string>> = {
  mismatch: 'Wrong title',
  outdated: 'Outdated title',
  inconsistent: 'Title differs from the first',
};

/** The problem and the fix first (the Problems panel cuts long messages), then the verdict's detail. */
export function titleMessage(verdict: TitleVerdict): string {
  const problem = PROBLEM[verdict.status] ?? 'Title';
  const fix = verdict.suggestions.find((s) => s.preferred) ?? verdict.suggestions[0];
  // A fix keeps a hard-wrapped paragraph's line break; the message shows it as a space.
  return fix ? `${problem}: write "${fix.text.replace(/\s+/g, ' ')}". ${verdict.message}` : `${problem}: use the person's title on the article date, or none. ${verdict.message}`;
}

export function reportTitleVerdicts(verdicts: TitleVerdicts, status: TitleStatus, report: Report): void {
  for (const verdict of verdicts.verdicts) {
    if (verdict.status !== status) continue;
    report({
      start: verdict.span.start,
      end: verdict.span.end,
      message: titleMessage(verdict),
      fixes: verdict.suggestions.map((s) => ({
        title: s.title,
        edits: [{ start: s.start, end: s.end, newText: s.text }],
        isPreferred: s.preferred,
      })),
    });
  }
}
