// Turning checks off for one draft, in the draft itself: a line of its own holding
//
//   <!-- copydesk-disable quote.unattributed, name.inconsistent -->
//
// (an HTML comment, as markdownlint, textlint and Vale do it: invisible in rendered Markdown and
// stripped by most content systems; the same line works in plain text). Without ids it turns every
// check off. The line can be anywhere; the quick fix puts it at the top, after any front matter.
import type { Span, TextEdit } from './types';

export interface DisableDirective extends Span {
  /** The check ids it names; empty for every check. */
  ids: string[];
}

const DIRECTIVE = /^[ \t]*<!--[ \t]*copydesk-disable\b([^\r\n]*?)-->[ \t]*$/gm;
const MARKER = '<!--';

/** The draft's disable directives, in order. Linear: only lines holding `<!--` are looked at. */
export function disableDirectives(text: string): DisableDirective[] {
  if (!text.includes(MARKER)) return [];
  const found: DisableDirective[] = [];
  DIRECTIVE.lastIndex = 0;
  for (let match = DIRECTIVE.exec(text); match; match = DIRECTIVE.exec(text)) {
    const ids = match[1].split(/[\s,]+/).filter(Boolean);
    found.push({ start: match.index, end: match.index + match[0].length, ids });
  }
  return found;
}

/** The checks the draft turns off: a set of ids, or 'all'. */
export function disabledChecks(text: string): ReadonlySet<string> | 'all' {
  const ids = new Set<string>();
  for (const directive of disableDirectives(text)) {
    if (!directive.ids.length) return 'all';
    for (const id of directive.ids) ids.add(id);
  }
  return ids;
}

/** The line that turns `ids` off for a draft. */
export function disableLine(ids: readonly string[]): string {
  return `<!-- copydesk-disable ${ids.join(', ')} -->`;
}

/**
 * The edit that turns check `id` off for this draft: the id added to the draft's first directive
 * naming checks, else a new directive line at the top (after any front matter) and a blank line,
 * so that the first paragraph stays a paragraph of its own.
 */
export function disableEdit(text: string, id: string, frontMatterEnd = 0): TextEdit {
  const existing = disableDirectives(text).find((d) => d.ids.length);
  if (existing) {
    return { start: existing.start, end: existing.end, newText: disableLine([...existing.ids, id]) };
  }
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  return { start: frontMatterEnd, end: frontMatterEnd, newText: `${disableLine([id])}${newline}${newline}` };
}
