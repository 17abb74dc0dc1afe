// The writer's sentences around quotations. A quotation is one unit inside the sentence that
// carries it (`"It is over. We won," she said.` is one sentence), so attribution and pronoun
// resolution look for cues in the writer's sentence, never between the quoted sentences.
import { defineLayer, endsSentenceAt, isSpaceCode, type DraftDocument } from '../document';
import type { Span } from '../types';
import { REPORTING_VERBS } from './lexicon';
import { quotationsOf, type Quotation } from './quotations';

export interface OuterSentence extends Span {
  paragraph: number;
  /** Index in the draft's list of outer sentences. */
  index: number;
}

export interface OuterSentences {
  sentences: OuterSentence[];
  /** The outer sentence containing `offset`, if any (binary search). */
  at(offset: number): OuterSentence | undefined;
}

const STARTS_SENTENCE = /[\p{Lu}\p{N}"“‘'«„(\[]/u;

export const outerSentencesOf = defineLayer('outer-sentences', (doc: DraftDocument): OuterSentences => {
  const { prose } = doc;
  const quotes = quotationsOf(doc).quotes.filter((q) => !q.nested);
  const sentences: OuterSentence[] = [];
  let q = 0;
  for (const paragraph of doc.paragraphs) {
    const inParagraph: Quotation[] = [];
    while (q < quotes.length && quotes[q].start < paragraph.end) {
      if (quotes[q].end > paragraph.start) inParagraph.push(quotes[q]);
      q++;
    }
    let start = paragraph.start;
    const push = (end: number) => {
      if (end > start) sentences.push({ start, end, paragraph: paragraph.index, index: sentences.length });
      start = end;
      while (start < paragraph.end && isSpaceCode(prose.charCodeAt(start))) start++;
    };
    let k = 0;
    for (let i = paragraph.start; i < paragraph.end; i++) {
      if (k < inParagraph.length && i === inParagraph[k].start) {
        const quote = inParagraph[k++];
        i = Math.max(i, quote.end - 1);
        // A quotation that ends with its own full stop ends the writer's sentence when a new one
        // follows; a question or exclamation mark stands in for the comma before an attribution
        // (`"Is it over?" Rubio asked.`), so the sentence goes on.
        const last = prose.charCodeAt(Math.max(quote.contentStart, quote.contentEnd - 1));
        const standsForComma = (last === 33 || last === 63) && attributionFollows(prose, quote.end, paragraph.end);
        if (quote.close !== null && isTerminal(last) && !standsForComma && followedBySentence(prose, quote.end, paragraph.end)) push(quote.end);
        continue;
      }
      const c = prose.charCodeAt(i);
      if (!isTerminal(c)) continue;
      let end = i + 1;
      while (end < paragraph.end && (isTerminal(prose.charCodeAt(end)) || prose.charCodeAt(end) === 41 || prose.charCodeAt(end) === 93)) end++;
      if (c === 46 && prose.charCodeAt(i + 1) !== 46 && !endsSentenceAt(prose, i)) continue;
      if (followedBySentence(prose, end, paragraph.end)) push(end);
      i = end - 1;
    }
    push(paragraph.end);
  }
  return {
    sentences,
    at(offset: number) {
      let lo = 0;
      let hi = sentences.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const s = sentences[mid];
        if (offset < s.start) hi = mid - 1;
        else if (offset >= s.end) lo = mid + 1;
        else return s;
      }
      return undefined;
    },
  };
});

/** . ! ? … */
function isTerminal(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

function followedBySentence(prose: string, from: number, limit: number): boolean {
  let i = from;
  if (i >= limit) return false;
  if (!isSpaceCode(prose.charCodeAt(i))) return false;
  while (i < limit && isSpaceCode(prose.charCodeAt(i))) i++;
  if (i >= limit) return false;
  const c = prose.charCodeAt(i);
  // A capital, a digit or an opening mark (ASCII decided without a regex).
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 40 || c === 91;
  return STARTS_SENTENCE.test(prose[i]);
}

const ATTRIBUTION_WINDOW = /^[^.!?;:"“”«»„]{0,80}/;
const ATTRIBUTION_WORDS = 6;

/** Whether a reporting verb comes within the first few words after a quotation ("Trump wrote"). */
function attributionFollows(prose: string, from: number, limit: number): boolean {
  const window = ATTRIBUTION_WINDOW.exec(prose.slice(from, Math.min(limit, from + 80)))?.[0] ?? '';
  const words = window.trim().split(/[\s,]+/).slice(0, ATTRIBUTION_WORDS);
  return words.some((word, i) => REPORTING_VERBS.has(word.toLowerCase()) || (i > 0 && REPORTING_VERBS.has(`${words[i - 1].toLowerCase()} ${word.toLowerCase()}`)));
}
