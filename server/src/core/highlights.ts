// What the analysis knows that a TextMate grammar cannot, as highlights for the editor: the words
// that name a quotation's speaker wherever the attribution sits (a pronoun, a surname, a title, in
// the sentence before as well as next to the marks), and the quotations nobody is credited with.
// The server turns these into LSP semantic tokens; the grammars colour everything else.
import type { CheckContext } from './checks/check';
import { attributionsOf } from './attribution';
import type { Span } from './types';

/** The kinds of highlight, in the order of the LSP legend. */
export const HIGHLIGHT_TYPES = ['speaker', 'quotation'] as const;
/** Modifiers, in the order of the LSP legend (bit i is HIGHLIGHT_MODIFIERS[i]). */
export const HIGHLIGHT_MODIFIERS = ['unattributed', 'described'] as const;

export type HighlightType = (typeof HIGHLIGHT_TYPES)[number];
export type HighlightModifier = (typeof HIGHLIGHT_MODIFIERS)[number];

export interface Highlight extends Span {
  type: HighlightType;
  /**
   * `speaker`: `described` when the speaker is a source the draft describes ("a senior official")
   * rather than a person it names. `quotation`: always `unattributed` (attributed quotations are the
   * grammar's business).
   */
  modifiers: HighlightModifier[];
}

/** The draft's highlights in document order, never overlapping; empty when the setting is off. */
export function highlightsOf(context: CheckContext): Highlight[] {
  if (!context.settings.enable || !context.settings.semanticHighlighting) return [];
  const highlights: Highlight[] = [];
  const speakers = new Set<number>();
  for (const quotation of attributionsOf(context).quotes) {
    const { speaker } = quotation;
    if (speaker) {
      // One attribution often serves several quotations: one highlight for its words.
      if (speakers.has(speaker.mention.start) || speaker.mention.end <= speaker.mention.start) continue;
      speakers.add(speaker.mention.start);
      highlights.push({ start: speaker.mention.start, end: speaker.mention.end, type: 'speaker', modifiers: speaker.person ? [] : ['described'] });
    } else if (quotation.needsSpeaker) {
      const start = Math.min(quotation.quote.start, quotation.text.start);
      const end = Math.max(quotation.quote.end, quotation.text.end);
      if (end > start) highlights.push({ start, end, type: 'quotation', modifiers: ['unattributed'] });
    }
  }
  highlights.sort((a, b) => a.start - b.start || a.end - b.end);
  // Semantic tokens may not overlap; a speaker never sits inside an unattributed quotation, but a
  // wrong guess upstream must not break the editor's colouring.
  const disjoint: Highlight[] = [];
  for (const highlight of highlights) {
    const last = disjoint[disjoint.length - 1];
    if (!last || highlight.start >= last.end) disjoint.push(highlight);
  }
  return disjoint;
}
