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
      const before = prose.slice(span.start, insertAt);
      const after = prose.slice(insertAt, span.end);
      report({
        start: span.start,
        end: span.end,
        message: opening
          ? `Missing space before the opening quotation mark: ${before}${after} → ${before} ${after}`
          : `Missing space after the closing quotation mark: ${before}${after} → ${before} ${after}`,
        fixes: [{
          title: opening ? `Insert a space before ${mark}` : `Insert a space after ${mark}`,
          edits: [{ start: insertAt, end: insertAt, newText: ' ' }],
          isPreferred: true,
        }],
      });
    }
  },
};
