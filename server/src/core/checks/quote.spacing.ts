import { quotationsOf } from '../quotes/quotations';
import { wordAround, type Check } from './check';

/** An opening quotation mark glued to the word or punctuation before it, or a closing mark glued to the next word. */
export const quoteSpacing: Check = {
  id: 'quote.spacing',
  defaultLevel: 'warning',
  description: 'A quotation mark glued to the word before or after it (said"both, added,"We).',
  run({ doc }, report) {
    const { prose } = doc;
    for (const problem of quotationsOf(doc).problems) {
      if (problem.kind !== 'glued-open' && problem.kind !== 'glued-close') continue;
      const paragraph = doc.paragraphAt(problem.mark);
      if (!paragraph) continue;
      const mark = prose[problem.mark];
      const opening = problem.kind === 'glued-open';
      const span = wordAround(prose, problem.mark, problem.mark + 1, paragraph.start, paragraph.end);
      const insertAt = opening ? problem.mark : problem.mark + 1;
      // Long words shortened, so that the problem and the fix fit the Problems panel's first 80 characters.
      const fullBefore = prose.slice(span.start, insertAt);
      const fullAfter = prose.slice(insertAt, span.end);
      const before = fullBefore.length > 10 ? `…${fullBefore.slice(-9)}` : fullBefore;
      const after = fullAfter.length > 11 ? `${fullAfter.slice(0, 10)}…` : fullAfter;
      report({
        start: span.start,
        end: span.end,
        // The problem and the fix first: the Problems panel cuts long messages.
        message: opening
          ? `No space before the quotation mark: ${before}${after} → ${before} ${after}`
          : `No space after the quotation mark: ${before}${after} → ${before} ${after}`,
        fixes: [{
          title: opening ? `Insert a space before ${mark}` : `Insert a space after ${mark}`,
          edits: [{ start: insertAt, end: insertAt, newText: ' ' }],
          isPreferred: true,
        }],
      });
    }
  },
};
