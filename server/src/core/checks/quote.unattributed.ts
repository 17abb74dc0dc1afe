import { attributionsOf, type AttributedQuotation } from '../attribution';
import { whyUnattributed } from '../attribution/hover';
import type { Fix, TextEdit } from '../types';
import type { Check, CheckContext } from './check';

/** What the attribution fix inserts where the speaker goes: the writer types the name over it. */
export const SPEAKER_PLACEHOLDER = '[WHO]';

/** A full or partial quotation the draft credits to no one, in its sentence or the ones around it. */
export const quoteUnattributed: Check = {
  id: 'quote.unattributed',
  defaultLevel: 'warning',
  description: 'A quotation nobody is credited with: no plausible source in its sentence, the sentences around it or the paragraph before.',
  run(context, report) {
    for (const quote of attributionsOf(context).quotes) {
      if (!quote.needsSpeaker || quote.speaker) continue;
      const partial = quote.kind === 'partial';
      const fix = attributionFix(context, quote);
      report({
        // The whole quotation, marks included, so the fix's inserted words show in the suggestion.
        start: quote.quote.start,
        end: Math.max(quote.quote.end, quote.text.end),
        // The problem and the fix first (the Problems panel cuts long messages), the detail after.
        message: `Unattributed ${partial ? 'partial ' : ''}quotation: add who said it ("…," Name said). `
          + `Readers must know who said it; ${whyUnattributed(quote)}. A described source ("a senior official said") attributes it too.`,
        fixes: fix ? [fix] : [],
      });
    }
  },
};

/** An edit replacing [start, end) with `before`, the placeholder, then `after`. */
function withPlaceholder(start: number, end: number, before: string, after: string): TextEdit {
  return {
    start,
    end,
    newText: `${before}${SPEAKER_PLACEHOLDER}${after}`,
    placeholder: { start: before.length, end: before.length + SPEAKER_PLACEHOLDER.length },
  };
}

/**
 * Inserts `, [WHO] said` after the quotation for the writer to complete; a quotation ending with a
 * period gets the wire form `"…," [WHO] said.` It never guesses a name: a wrong speaker accepted in
 * one click is a false attribution in print (the hover may say who spoke last). Never part of
 * "fix all": only the writer knows who said it. One edit, so that an editor with snippets selects
 * the placeholder.
 */
function attributionFix(context: CheckContext, quote: AttributedQuotation): Fix | undefined {
  const { close } = quote.quote;
  if (close === null) return undefined;
  // After the closing mark: the quotation's end (a mark typed as two, '', is two characters).
  const closeEnd = quote.quote.end;
  const text = context.doc.text;
  const prose = context.doc.prose;
  const last = quote.quote.contentEnd - 1;
  if (prose[last] === '.' && prose[last - 1] !== '.') {
    // The period becomes a comma inside the marks, which stay as written: "…," [WHO] said.
    const marks = text.slice(last + 1, closeEnd);
    return {
      title: `Add the attribution: "…," ${SPEAKER_PLACEHOLDER} said. (type who said it)`,
      edits: [withPlaceholder(last, closeEnd, `,${marks} `, ' said.')],
    };
  }
  if (prose[last] === ',' || prose[last] === '?' || prose[last] === '!') {
    return { title: `Add the attribution: "…" ${SPEAKER_PLACEHOLDER} said (type who said it)`, edits: [withPlaceholder(closeEnd, closeEnd, ' ', ' said')] };
  }
  return { title: `Add the attribution: "…", ${SPEAKER_PLACEHOLDER} said (type who said it)`, edits: [withPlaceholder(closeEnd, closeEnd, ', ', ' said')] };
}
