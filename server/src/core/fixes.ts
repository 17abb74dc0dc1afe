// Applying fixes: the edits "fix all" makes, and applying edits to text (CLI, tests, the API).
import type { Finding, Fix, TextEdit } from './types';

/**
 * The preferred fix of every finding (of the given codes), as one set of edits that do not
 * overlap. When two fixes touch the same characters the earlier one wins; the other finding stays.
 */
export function fixAllEdits(findings: readonly Finding[], codes?: ReadonlySet<string>): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const finding of findings) {
    if (codes && !codes.has(finding.code)) continue;
    const fix = finding.fixes.find((f) => f.isPreferred);
    if (fix) edits.push(...fix.edits);
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: TextEdit[] = [];
  const seen = new Set<string>();
  let reachedEnd = -1;
  let lastInsertion = -1;
  for (const edit of edits) {
    const key = `${edit.start}:${edit.end}:${edit.newText}`;
    if (seen.has(key)) continue; // two findings proposing the same edit
    const insertion = edit.start === edit.end;
    // Overlapping edits, or two insertions at one point, have no well-defined result.
    if (edit.start < reachedEnd || (insertion && edit.start === lastInsertion)) continue;
    kept.push({ start: edit.start, end: edit.end, newText: edit.newText });
    seen.add(key);
    reachedEnd = Math.max(reachedEnd, edit.end);
    if (insertion) lastInsertion = edit.start;
  }
  return kept;
}

/** Applies non-overlapping edits to text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let result = '';
  let pos = 0;
  for (const edit of sorted) {
    if (edit.start < pos) throw new Error(`Overlapping edits at ${edit.start}`);
    result += text.slice(pos, edit.start) + edit.newText;
    pos = edit.end;
  }
  return result + text.slice(pos);
}

const draftWideSuggestions = new WeakMap<Fix, string>();

/**
 * What a fix makes of the finding's words (`that "both` for an inserted space), or, for a fix
 * reaching beyond them (every occurrence in the draft), the text it puts in.
 */
export function suggestionOf(text: string, finding: Finding, fix: Fix): string {
  // A fix over the whole draft is shared by its findings: its text put in is found once.
  if (fix.reach === 'draft') {
    let suggestion = draftWideSuggestions.get(fix);
    if (suggestion === undefined) draftWideSuggestions.set(fix, (suggestion = [...new Set(fix.edits.map((edit) => edit.newText))].join(', ')));
    return suggestion;
  }
  const inside = fix.edits.every((edit) => edit.start >= finding.start && edit.end <= finding.end);
  if (inside) {
    const shifted = fix.edits.map((edit) => ({ ...edit, start: edit.start - finding.start, end: edit.end - finding.start }));
    return applyEdits(text.slice(finding.start, finding.end), shifted);
  }
  return [...new Set(fix.edits.map((edit) => edit.newText))].join(', ');
}
