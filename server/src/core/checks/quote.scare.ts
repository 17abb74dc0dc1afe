import { attributionsOf } from '../attribution';
import type { Check } from './check';

/** Scare quotes, surfaced for review only when `copydesk.flagScareQuotes` is on. */
export const quoteScare: Check = {
  id: 'quote.scare',
  defaultLevel: 'hint',
  description: 'Scare quotes (the so-called "peace plan"), shown only when copydesk.flagScareQuotes is on.',
  run(context, report) {
    if (!context.settings.flagScareQuotes) return;
    for (const quote of attributionsOf(context).quotes) {
      if (quote.kind !== 'scare') continue;
      report({
        start: quote.text.start,
        end: quote.text.end,
        message: `Scare quotes: remove them unless the distance is meant. "${quote.text.text}": ${quote.kindReason}; scare quotes can read as sneering.`,
        fixes: [],
      });
    }
  },
};
