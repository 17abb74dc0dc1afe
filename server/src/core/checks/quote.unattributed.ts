import { attributionsOf, type AttributedQuotation } from '../quotes/attribution';
import { likeliestSpeaker } from '../quotes/speakers';
import type { Fix } from '../types';
import type { Check, CheckContext } from './check';

/** A full or partial quotation the draft credits to no one, in its sentence or the ones around it. */
export const quoteUnattributed: Check = {
  id: 'quote.unattributed',
  defaultLevel: 'warning',
  description: 'A quotation nobody is credited with: no speaker in its sentence or the sentence before or after it in the paragraph.',
  run(context, report) {
    for (const quote of attributionsOf(context).quotes) {
      if (!quote.needsSpeaker || quote.speaker) continue;
      const partial = quote.kind === 'partial';
      const fix = attributionFix(context, quote);
      report({
        // The whole quotation, marks included, so the fix's inserted words show in the suggestion.
        start: quote.quote.start,
        end: Math.max(quote.quote.end, quote.text.end),
        message: `Nobody is credited with this ${partial ? 'partial ' : ''}quotation: its sentence and the sentences around it in the paragraph name no speaker. `
          + 'Readers must know who said it: add the attribution ("…," Name said) or a described source.',
        fixes: fix ? [fix] : [],
      });
    }
  },
};

/**
 * Inserts `, NAME said` after the quotation with the likeliest speaker for the writer to confirm
 * or correct; a quotation ending with a period gets the wire form `"…," NAME said.` Never part of
 * "fix all": only the writer knows who said it.
 */
function attributionFix(context: CheckContext, quote: AttributedQuotation): Fix | undefined {
  const { close } = quote.quote;
  if (close === null) return undefined;
  const name = likeliestSpeaker(context, quote) ?? 'NAME';
  const prose = context.doc.prose;
  const last = quote.quote.contentEnd - 1;
  if (prose[last] === '.' && prose[last - 1] !== '.') {
    return {
      title: `Attribute to ${name}: "…," ${name} said.`,
      edits: [{ start: last, end: last + 1, newText: ',' }, { start: close + 1, end: close + 1, newText: ` ${name} said.` }],
    };
  }
  if (prose[last] === ',' || prose[last] === '?' || prose[last] === '!') {
    return { title: `Attribute to ${name}: "…" ${name} said`, edits: [{ start: close + 1, end: close + 1, newText: ` ${name} said` }] };
  }
  return { title: `Attribute to ${name}: "…", ${name} said`, edits: [{ start: close + 1, end: close + 1, newText: `, ${name} said` }] };
}
