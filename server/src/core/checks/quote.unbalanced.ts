import { MAX_UNPAIRED, quotationsOf } from '../quotes/quotations';
import type { Check } from './check';

const WORD = /[\p{L}\p{N}'’\-]/u;
/** The longest "last quoted word" a closing mark without an opening one is shown with. */
const MAX_WORD = 64;

/** A quotation mark without its partner in the paragraph, allowing for quotations that run over several paragraphs. */
export const quoteUnbalanced: Check = {
  id: 'quote.unbalanced',
  defaultLevel: 'warning',
  description: 'An opening quotation mark never closed in its paragraph, or a closing mark never opened.',
  run({ doc }, report) {
    const { prose } = doc;
    for (const problem of quotationsOf(doc).problems) {
      if (problem.kind === 'unpaired-rest') {
        report({
          start: problem.mark,
          end: problem.mark + 1,
          message: `Over ${MAX_UNPAIRED} quotation marks in this paragraph have no partner: Copydesk pairs none of its marks from here on. Check the paragraph's quotation marks.`,
          fixes: [],
        });
        continue;
      }
      if (problem.kind !== 'unclosed' && problem.kind !== 'unopened') continue;
      const paragraph = doc.paragraphAt(problem.mark);
      if (!paragraph) continue;
      if (problem.kind === 'unclosed') {
        // The mark and the first quoted word.
        let end = problem.mark + 1;
        while (end < paragraph.end && WORD.test(prose[end])) end++;
        report({
          start: problem.mark,
          end,
          message: 'Unclosed quotation: add the closing mark where the quoted words end. '
            + '(A quotation may stay open at the end of a paragraph only when the next paragraph opens with a quotation mark.)',
          fixes: [],
        });
      } else {
        // The closing mark and the last quoted word before it.
        // At most MAX_WORD back: in a long run without a blank, every unopened mark would walk it all.
        const floor = Math.max(paragraph.start, problem.mark - MAX_WORD);
        let start = problem.mark;
        while (start > floor && !/\s/.test(prose[start - 1])) start--;
        if (start > paragraph.start && /[\udc00-\udfff]/.test(prose[start]) && /[\ud800-\udbff]/.test(prose[start - 1])) start++;
        report({
          start,
          end: problem.mark + 1,
          message: 'Closing mark never opened: add the opening mark where the quoted words begin. '
            + 'Without it the reader cannot tell where the speaker\'s words start.',
          fixes: [],
        });
      }
    }
  },
};
