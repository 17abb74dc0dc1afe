import { draftQuoteStyle, quoteStyleEdits, quoteStyleProblems, STYLE_MARKS, type StyledQuotation } from '../quotes/style';
import type { Check } from './check';

const WORD = /[\p{L}\p{N}'’\-]/u;
const isStraight = (mark: string) => mark === '"' || mark === "'" || mark === "''";
const isSingle = (mark: string) => mark === "'" || mark === '‘' || mark === '’' || mark === '‚' || mark === '‹' || mark === '›';
const isGuillemet = (mark: string) => mark === '«' || mark === '»';

/** What is wrong with a quotation's marks, in the words of a copy desk. */
function describe({ found, wanted }: StyledQuotation): string {
  const [have, want] = [found.open, wanted.open];
  if (isGuillemet(want) !== isGuillemet(have)) return isGuillemet(want) ? 'Quotation marks in a draft that quotes with guillemets' : 'Guillemets in a draft that quotes with other marks';
  if (isSingle(have) !== isSingle(want)) return isSingle(have) ? 'Single quotation marks where the house style quotes with double ones' : 'Double quotation marks where the house style quotes with single ones';
  return isStraight(have) ? 'Straight quotation marks in a draft that uses curly ones' : 'Curly quotation marks in a draft that uses straight ones';
}

/** One quotation-mark style per draft: the house stylebook's `quotes:`, else the style of most of its quotations. */
export const quoteStyle: Check = {
  id: 'quote.style',
  defaultLevel: 'off',
  description: 'Quotation marks or apostrophes in another style than the house style or most of the draft: straight next to curly, single next to double marks as the primary mark.',
  run({ doc, knowledge }, report) {
    const house = draftQuoteStyle(doc, knowledge.quotes);
    if (!house) return;
    const { style, source } = house;
    const { quotations, apostrophes } = quoteStyleProblems(doc, style);
    if (!quotations.length && !apostrophes.length) return;
    const { label } = STYLE_MARKS[style];
    const why = source === 'stylebook' ? `The house stylebook asks for ${label}.` : `Most of this draft is in ${label}.`;
    // The problem and the fix first (the Problems panel cuts long messages), the detail after.
    const off = source === 'stylebook' ? 'off the house style' : 'off the draft’s style';
    const everything = convertAll(label, () => quoteStyleEdits(doc, style));
    const { prose } = doc;
    for (const styled of quotations) {
      const { quote, found, wanted } = styled;
      const paragraph = doc.paragraphs[quote.paragraph];
      // The opening mark and the first quoted word (the last word and the closing mark when the opening one is missing).
      let start = quote.open ?? quote.close!;
      let end = quote.open !== null ? quote.contentStart : quote.end;
      if (quote.open !== null) while (end < paragraph.end && WORD.test(prose[end])) end++;
      else while (start > paragraph.start && WORD.test(prose[start - 1])) start--;
      report({
        start,
        end,
        message: `Quotation marks ${off}: ${found.open}…${found.close} → ${wanted.open}…${wanted.close}. ${describe(styled)}. ${why}`,
        fixes: [
          { title: `Use ${wanted.open}…${wanted.close}`, edits: styled.edits, isPreferred: true },
          everything(),
        ],
      });
    }
    for (const apostrophe of apostrophes) {
      // The word it is in (rock ’n’ roll: the apostrophe alone).
      const span = { start: apostrophe.at, end: apostrophe.at + 1 };
      while (span.start > 0 && WORD.test(prose[span.start - 1])) span.start--;
      while (span.end < prose.length && WORD.test(prose[span.end])) span.end++;
      const word = prose.slice(span.start, span.end);
      const fixed = prose.slice(span.start, apostrophe.at) + apostrophe.wanted + prose.slice(apostrophe.at + 1, span.end);
      const kind = apostrophe.wanted === '’' ? ['A straight apostrophe', 'curly'] : ['A curly apostrophe', 'straight'];
      report({
        start: span.start,
        end: span.end,
        message: `Apostrophe ${off}: ${word} → ${fixed}. ${kind[0]} in a draft that uses ${kind[1]} ones. ${why}`,
        fixes: [
          { title: `Use ${apostrophe.wanted}`, edits: [{ start: apostrophe.at, end: apostrophe.at + 1, newText: apostrophe.wanted }], isPreferred: true },
          everything(),
        ],
      });
    }
  },
};

/** The fix converting the whole draft, its edits computed once for all the findings that offer it. */
function convertAll(label: string, edits: () => ReturnType<typeof quoteStyleEdits>) {
  let fix: { title: string; edits: ReturnType<typeof quoteStyleEdits> } | undefined;
  return () => (fix ??= { title: `Convert every quotation mark and apostrophe in the draft to ${label.replace(/ \(.*\)$/, '')}`, edits: edits() });
}
