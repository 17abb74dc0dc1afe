// Hover cards in Markdown that read alike in every LSP client: a bold title line, quieter lines in
// italics, sections with a bold label. Draft text inside a card is escaped, so a quotation with an
// asterisk or a bracket stays the writer's words, not formatting.

/** Text shown as itself in Markdown: its formatting characters escaped. */
export function plain(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, '\\$&').replace(/\s+/g, ' ');
}

/** A quieter line: the date a fact holds on, where Copydesk looked. */
export function quiet(text: string): string {
  return `_${text}_`;
}

/** A quotation or the draft's words, in curly marks, at most `max` characters. */
export function quoted(text: string, max = 70): string {
  const words = text.replace(/\s+/g, ' ').trim();
  let short = words;
  if (words.length > max) {
    // Cut at the last space before the limit, so that no word is cut in two.
    const cut = words.lastIndexOf(' ', max - 1);
    short = `${words.slice(0, cut > 0 ? cut : max - 1)}…`;
  }
  return `“${plain(short)}”`;
}

/**
 * A card: a head (title line and the lines right under it) and sections, each a bold label over its
 * lines. Lines within a block end with a hard line break; blocks are paragraphs apart.
 */
export function card(head: string[], sections: Array<{ label: string; lines: string[] } | undefined> = []): string {
  const blocks = [head.filter(Boolean).join('  \n')];
  for (const section of sections) {
    if (!section || !section.lines.length) continue;
    blocks.push([`**${section.label}**`, ...section.lines].join('  \n'));
  }
  return blocks.join('\n\n');
}

/** A list of at most `max` lines, the rest counted. */
export function bulleted(lines: string[], max = 5): string[] {
  const shown = lines.slice(0, max).map((line) => `- ${line}`);
  if (lines.length > max) shown.push(`- and ${lines.length - max} more`);
  return shown;
}
