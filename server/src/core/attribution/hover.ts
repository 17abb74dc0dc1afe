// The hover on a quotation, as a card: who said it and how the draft says so; or, for a quotation
// credited to no one, that it is unattributed (once: the diagnostic gives the fix) and why, with
// the last speaker before it for the writer to weigh (never written into the draft); or why it
// needs no speaker (a scare quote, a title).
import { card, plain, quiet, quoted } from '../card';
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

const KIND = { full: 'Quotation', partial: 'Partial quotation', scare: 'Scare quotes', title: 'Title' } as const;

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
  return { start: quote.quote.start, end: Math.max(quote.quote.end, quote.text.end), markdown: describe(quote, lines, context) };
}

/** The speaker of the closest attributed quotation before `quote`, with where the draft names them. */
function lastSpeakerBefore(context: CheckContext, quote: AttributedQuotation): { name: string; at: number } | undefined {
  const quotes = attributionsOf(context).quotes;
  for (let i = quotes.indexOf(quote) - 1; i >= 0; i--) {
    const speaker = quotes[i].speaker;
    if (speaker) return { name: speaker.person?.name ?? speaker.name, at: speaker.mention.start };
  }
  return undefined;
}

export function describe(quote: AttributedQuotation, lines: LineIndex, context?: CheckContext): string {
  const line = (offset: number) => `line ${lines.positionAt(offset).line + 1}`;
  const kind = KIND[quote.kind];
  if (!quote.needsSpeaker) {
    return card([`**${kind}** · needs no attribution`, quiet(`${capitalise(plain(quote.kindReason))}.`)]);
  }
  if (!quote.speaker) {
    // Said once: the quote.unattributed diagnostic, which every client shows with the hover or
    // beside it, gives the fix and why nothing around the quotation attributes it. The card adds
    // why it needs a speaker at all and the last speaker before it, for the writer to weigh.
    const last = context ? lastSpeakerBefore(context, quote) : undefined;
    return card([
      `**Unattributed ${kind.toLowerCase()}** · ${line(quote.quote.start)}`,
      quiet(`${capitalise(plain(quote.kindReason))}: it needs a speaker.`),
      last ? quiet(`The last speaker before it: ${plain(last.name)} (${line(last.at)}). Copydesk does not guess: only you know who said it.`) : '',
    ]);
  }
  const speaker = quote.speaker;
  const who = speaker.person ? `**${plain(speaker.person.name)}**` : `**${plain(speaker.name)}**, a source the draft describes`;
  const mention = speaker.mention.text !== speaker.name ? ` as ${quoted(speaker.mention.text)}` : '';
  const cue = quote.cue ? ` with ${quoted(quote.cue.text)}` : '';
  const via = quote.evidence ? `, ${EVIDENCE_WORDS[quote.evidence]}` : quote.via ? `, ${VIA[quote.via]}` : '';
  const where = quote.cue ? line(quote.cue.start) : line(speaker.mention.start);
  return card([
    `**${kind}** · ${who}`,
    `Attributed${mention}${cue} (${where})${via}.`,
    quiet(`${capitalise(plain(quote.kindReason))}.`),
  ]);
}

function capitalise(text: string): string {
  return text ? text[0].toUpperCase() + text.slice(1) : text;
}
