import { attributionsOf } from '../quotes/attribution';
import type { Check } from './check';

/** A full or partial quotation the draft credits to no one, in its sentence or the ones around it. */
export const quoteUnattributed: Check = {
  id: 'quote.unattributed',
  defaultLevel: 'warning',
  description: 'A quotation nobody is credited with: no speaker in its sentence or the sentence before or after it in the paragraph.',
  run(context, report) {
    const { quotes } = attributionsOf(context);
    for (const quote of quotes) {
      if (!quote.needsSpeaker || quote.speaker) continue;
      const partial = quote.kind === 'partial';
      report({
        start: quote.text.start,
        end: quote.text.end,
        message: `Nobody is credited with this ${partial ? 'partial ' : ''}quotation: the sentence and the ones around it in the paragraph name no speaker. `
          + 'Readers must know who said it: add the attribution ("…," Name said) or a described source.',
        fixes: [],
      });
    }
  },
};
