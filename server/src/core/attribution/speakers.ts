// The speakers of a draft with their quotations, in order of first quotation: what the Outline
// (document symbols) shows, and what the attribution fix proposes as the likeliest speaker.
import type { CheckContext } from '../checks/check';
import { attributionsOf, type AttributedQuotation } from '.';

export interface SpeakerQuotes {
  /** The person's full name or the described source; null groups the unattributed quotations. */
  name: string | null;
  quotes: AttributedQuotation[];
}

export function speakersOf(context: CheckContext): SpeakerQuotes[] {
  const groups = new Map<string, SpeakerQuotes>();
  for (const quote of attributionsOf(context).quotes) {
    if (!quote.needsSpeaker) continue;
    const key = quote.speaker ? (quote.speaker.person ? `person:${quote.speaker.person.key}` : `source:${quote.speaker.name.toLowerCase()}`) : 'unattributed';
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { name: quote.speaker?.person?.name ?? quote.speaker?.name ?? null, quotes: [] }));
    group.quotes.push(quote);
  }
  return [...groups.values()];
}

/** Who most likely said an unattributed quotation: the last speaker before it, else the last person named. */
export function likeliestSpeaker(context: CheckContext, quote: AttributedQuotation): string | undefined {
  const quotes = attributionsOf(context).quotes;
  for (let i = quotes.indexOf(quote) - 1; i >= 0; i--) {
    const speaker = quotes[i].speaker;
    if (speaker) return speaker.person ? speaker.person.surname : speaker.name;
  }
  return undefined;
}
