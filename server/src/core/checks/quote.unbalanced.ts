import { quotationsOf } from '../quotes/quotations';
import type { Check } from './check';

const WORD = /[\p{L}\p{N}'’\-]/u;

/** A quotation mark without its partner in the paragraph, allowing for quotations that run over several paragraphs. */
export const quoteUnbalanced: Check = {
  id: 'quote.unbalanced',
  defaultLevel: 'warning',
  description: 'An opening quotation mark never closed in its paragraph, or a closing mark never opened.',
  run({ doc }, report) {
    const { prose } = doc;
    for (const problem of quotationsOf(doc).problems) {
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
          message: 'This quotation is never closed. Add the closing quotation mark where the quoted words end. '
            + '(A quotation may stay open at the end of a paragraph only when the next paragraph opens with a quotation mark.)',
          fixes: [],
        });
      } else {
        // The closing mark and the last quoted word before it.
        let start = problem.mark;
        while (start > paragraph.start && !/\s/.test(prose[start - 1])) start--;
        report({
          start,
          end: problem.mark + 1,
          message: 'This closing quotation mark has no opening mark. Add the opening quotation mark where the quoted words begin.',
          fixes: [],
        });
      }
    }
  },
};
