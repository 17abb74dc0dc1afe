import { attributionsOf } from '../attribution';
import { VAGUE_SOURCE } from '../quotes/lexicon';
import type { Check } from './check';

/** A quotation credited only to "sources", "critics" or "some": no one the reader can weigh. */
export const quoteVagueSource: Check = {
  id: 'quote.vague-source',
  defaultLevel: 'off',
  description: 'A quotation credited only to "sources", "critics" or "some", with nothing that tells the reader who they are.',
  run(context, report) {
    for (const quote of attributionsOf(context).quotes) {
      const speaker = quote.speaker;
      if (!speaker || speaker.person || !quote.needsSpeaker) continue;
      if (!VAGUE_SOURCE.test(speaker.name.trim())) continue;
      report({
        start: speaker.mention.start,
        end: speaker.mention.end,
        message: `Vague source: say who they are, or why they cannot be named. This quotation is credited only to "${speaker.mention.text}"; give their position and how they know.`,
        fixes: [],
      });
    }
  },
};
