// The hover on a quotation: who said it and how the draft says so, or why it counts as
// unattributed, or why it needs no speaker (a scare quote, a title).
import type { CheckContext } from '../checks/check';
import type { HoverCard } from '../hover';
import { LineIndex } from '../lines';
import { attributionsOf, type AttributedQuotation, type AttributionVia } from '.';
import { EVIDENCE_WORDS, WEAK_EVIDENCE } from './scoring';

const VIA: Record<AttributionVia, string> = {
  'same sentence': 'in the same sentence',
  'sentence before': 'in the sentence before, which serves the quoted sentences after it in the paragraph',
  'sentence after': 'in the sentence after it',
  continuation: 'in the paragraph this quotation continues',
  'paragraph before': 'in the paragraph before',
};

/**
 * Why nobody is credited with a quotation: nothing around it names a speaker, or the best source
 * around it is too weak evidence on its own (and which, and why). Shown by the hover and the finding.
 */
export function whyUnattributed(quote: AttributedQuotation): string {
  let best = quote.candidates?.[0];
  for (const c of quote.candidates ?? []) if (c.score > best!.score) best = c;
  if (!best) return 'nothing around it names a speaker: not its own sentence, the sentences before and after it in the paragraph, nor the paragraph before';
  const why = WEAK_EVIDENCE[best.features.evidence] ?? 'the evidence is too weak on its own';
  return `the nearest source, "${best.speaker.mention.text}" (${EVIDENCE_WORDS[best.features.evidence]}), is not enough: ${why}`;
}

export function quotationHover(context: CheckContext, offset: number): HoverCard | undefined {
  const quote = attributionsOf(context).at(offset);
  if (!quote) return undefined;
  const lines = new LineIndex(context.doc.text);
  return { start: quote.quote.start, end: Math.max(quote.quote.end, quote.text.end), markdown: describe(quote, lines) };
}

export function describe(quote: AttributedQuotation, lines: LineIndex): string {
  const where = (offset: number) => `line ${lines.positionAt(offset).line + 1}`;
  const kind = { full: 'Quotation', partial: 'Partial quotation', scare: 'Scare quotes', title: 'Title' }[quote.kind];
  if (!quote.needsSpeaker) {
    return `**${kind}**: ${quote.kindReason}. It needs no attribution.`;
  }
  if (!quote.speaker) {
    return `**${kind}, unattributed**: nobody is credited with it; ${whyUnattributed(quote)}. Readers must know who said it: `
      + 'add the attribution ("…," Name said) or a described source.';
  }
  const speaker = quote.speaker;
  const who = speaker.person ? `**${speaker.person.name}**` : `**${speaker.name}** (a source the draft describes)`;
  const mention = speaker.mention.text !== speaker.name ? ` as "${speaker.mention.text}"` : '';
  const cue = quote.cue ? `"${quote.cue.text}", ${where(quote.cue.start)}` : where(speaker.mention.start);
  const via = quote.evidence ? `, ${EVIDENCE_WORDS[quote.evidence]}` : quote.via ? `, ${VIA[quote.via]}` : '';
  return `**${kind}** (${quote.kindReason}) by ${who}: attributed${mention} with ${cue}${via}.`;
}
