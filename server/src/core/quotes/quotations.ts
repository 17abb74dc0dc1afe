// Quotation spans of a draft, paired from their marks paragraph by paragraph, with the
// typographic problems found on the way (glued marks, marks without a partner). Every quotation
// check reads this one layer.
import { defineLayer, type DraftDocument, type Paragraph } from '../document';
import type { Span } from '../types';
import { REPORTING_VERBS } from './lexicon';

export type QuoteStyle = 'straight' | 'curly' | 'low' | 'guillemet' | 'single' | 'blockquote';

export interface Quotation extends Span {
  /** Offset of the opening mark; null when the mark is missing (a stray closing mark). */
  open: number | null;
  /** Offset of the closing mark; null when the paragraph ends with the quotation open. */
  close: number | null;
  /** The quoted words, between the marks (or the paragraph edge). */
  contentStart: number;
  contentEnd: number;
  paragraph: number;
  style: QuoteStyle;
  /** Left open at the end of the paragraph because the next paragraph continues it. */
  continues: boolean;
  /** Continues a quotation the previous paragraph left open. */
  continuation: boolean;
  /** Inside another quotation (single marks in US style, double in British style): part of its words. */
  nested?: boolean;
}

export type QuotationProblemKind = 'unclosed' | 'unopened' | 'glued-open' | 'glued-close';

export interface QuotationProblem {
  kind: QuotationProblemKind;
  /** Offset of the mark concerned. */
  mark: number;
}

export interface Quotations {
  quotes: Quotation[];
  problems: QuotationProblem[];
}

const DOUBLE_MARKS = /["“”„«»]/g;
/** The closing mark each opening mark expects. */
const CLOSER_FOR: Record<string, string> = { '"': '"', '“': '”', '„': '“', '«': '»', '»': '«' };
const STYLE_OF: Record<string, QuoteStyle> = { '"': 'straight', '“': 'curly', '„': 'low', '«': 'guillemet', '»': 'guillemet' };
/** What may stand right before an opening mark without a space. */
const OPENS_AFTER = /[\s([{\u2014\u2013/'‘’"“„«*_]/;
const IS_SPACE = /\s/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

type Role = 'open' | 'close' | 'either';

function roleOf(prose: string, offset: number, paragraph: Paragraph): Role {
  const char = prose[offset];
  if (char === '“' || char === '„' || char === '«') return 'open';
  if (char === '”') return 'close';
  if (char === '»') return 'either'; // closes «…», opens the German »…«
  const before = offset > paragraph.start ? prose[offset - 1] : ' ';
  const after = offset + 1 < paragraph.end ? prose[offset + 1] : ' ';
  const spaceBefore = OPENS_AFTER.test(before);
  const spaceAfter = IS_SPACE.test(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && (spaceAfter || !WORD_CHAR.test(after))) return 'close';
  return 'either';
}

function firstProseChar(prose: string, paragraph: Paragraph | undefined): string {
  return paragraph ? prose[paragraph.start] : '';
}

export const quotationsOf = defineLayer('quotations', (doc: DraftDocument): Quotations => {
  const { prose, paragraphs } = doc;
  const quotes: Quotation[] = [];
  const problems: QuotationProblem[] = [];
  let carried: { style: QuoteStyle; closer: string } | null = null;

  for (const paragraph of paragraphs) {
    let openAt: number | null = null;
    let closer = '';
    let style: QuoteStyle = 'straight';
    let continuation = false;
    // A paragraph that continues an open quotation starts with that quotation's opening mark.
    if (carried && CLOSER_FOR[firstProseChar(prose, paragraph)] === carried.closer) continuation = true;
    carried = null;

    const openQuote = (at: number, mark: string) => {
      openAt = at;
      closer = CLOSER_FOR[mark];
      style = STYLE_OF[mark];
      const before = at > paragraph.start ? prose[at - 1] : ' ';
      if (!OPENS_AFTER.test(before)) problems.push({ kind: 'glued-open', mark: at });
    };
    const closeQuote = (at: number) => {
      const open = openAt as number;
      quotes.push({
        start: open, end: at + 1, open, close: at, contentStart: open + 1, contentEnd: at,
        paragraph: paragraph.index, style, continues: false,
        continuation: continuation && open === paragraph.start,
      });
      const after = at + 1 < paragraph.end ? prose[at + 1] : ' ';
      if (WORD_CHAR.test(after)) problems.push({ kind: 'glued-close', mark: at });
      openAt = null;
    };

    DOUBLE_MARKS.lastIndex = paragraph.start;
    for (let m = DOUBLE_MARKS.exec(prose); m && m.index < paragraph.end; m = DOUBLE_MARKS.exec(prose)) {
      const at = m.index;
      const mark = m[0];
      // An inch mark (12" pipe) when no quotation is open.
      if (mark === '"' && openAt === null && at > paragraph.start && /\d/.test(prose[at - 1]) && !WORD_CHAR.test(prose[at + 1] ?? ' ')) continue;
      const role = roleOf(prose, at, paragraph);
      if (openAt === null) {
        if (role === 'close') {
          // A closing mark with nothing open: the opening mark is missing.
          problems.push({ kind: 'unopened', mark: at });
          quotes.push({
            start: paragraph.start, end: at + 1, open: null, close: at, contentStart: paragraph.start, contentEnd: at,
            paragraph: paragraph.index, style: STYLE_OF[mark] ?? 'curly', continues: false, continuation: false,
          });
        } else {
          openQuote(at, mark);
        }
        continue;
      }
      if (mark === closer && (mark !== '"' || role !== 'open')) {
        closeQuote(at);
      } else if (mark === '“' || mark === '„' || mark === '«' || role === 'open') {
        // A second opening mark while one is open: the first was never closed.
        problems.push({ kind: 'unclosed', mark: openAt });
        quotes.push({
          start: openAt, end: at, open: openAt, close: null, contentStart: openAt + 1, contentEnd: trimEnd(prose, openAt + 1, at),
          paragraph: paragraph.index, style, continues: false, continuation: continuation && openAt === paragraph.start,
        });
        openAt = null;
        openQuote(at, mark);
      } else {
        // A closing mark of another style (a "…” mix-up): it still ends the quotation.
        closeQuote(at);
      }
    }

    if (openAt !== null) {
      const open: number = openAt;
      const next = paragraphs[paragraph.index + 1];
      const continues = CLOSER_FOR[firstProseChar(prose, next)] === closer && next !== undefined;
      if (!continues) problems.push({ kind: 'unclosed', mark: open });
      // A quotation never closed ends where its attribution starts: `"We will go, Ortega said.`
      const end = continues ? paragraph.end : intendedEnd(prose, open + 1, paragraph.end);
      quotes.push({
        start: open, end, open, close: null, contentStart: open + 1, contentEnd: end,
        paragraph: paragraph.index, style, continues, continuation: continuation && open === paragraph.start,
      });
      if (continues) carried = { style, closer };
    }
  }
  addSingleQuotations(doc, quotes);
  addBlockquotes(doc, quotes);
  quotes.sort((a, b) => a.start - b.start || b.end - a.end);
  return { quotes, problems };
});

// --- single quotation marks ------------------------------------------------------------------
// Single marks quote inside double ones (US style) and outside them (British style). An apostrophe
// looks the same (Zelenskyy's, don't, '90s, rock 'n' roll, Hamas' leaders), so a single mark
// counts only when it pairs up cleanly: an opening mark at a word's start, a closing one at a
// word's end followed by a space or punctuation, both on the same side of every double quotation.
// Unpaired single marks are apostrophes: they are never reported.

const SINGLE_MARKS = /['‘’]/g;
const ELISION = /^['‘’](?:\d\d?s?\b|n['’]|em\b|til\b|cause\b|tis\b|twas\b|bout\b|round\b|cos\b|kay\b)/i;

function addSingleQuotations(doc: DraftDocument, quotes: Quotation[]): void {
  const { prose } = doc;
  const doubles = [...quotes];
  for (const paragraph of doc.paragraphs) {
    const openers: number[] = [];
    const closers: number[] = [];
    SINGLE_MARKS.lastIndex = paragraph.start;
    for (let m = SINGLE_MARKS.exec(prose); m && m.index < paragraph.end; m = SINGLE_MARKS.exec(prose)) {
      const at = m.index;
      const before = at > paragraph.start ? prose[at - 1] : ' ';
      const after = at + 1 < paragraph.end ? prose[at + 1] : ' ';
      const opens = m[0] !== '’' && /[\s(\[—–"“„«]/.test(before) && /[\p{L}\p{N}]/u.test(after) && !ELISION.test(prose.slice(at, at + 6));
      const closes = m[0] !== '‘' && /[\p{L}\p{N}.,!?…]/u.test(before) && /[\s,.;:!?)\]—–"”»]/.test(after);
      if (opens) openers.push(at);
      else if (closes) closers.push(at);
    }
    if (!openers.length || !closers.length) continue;
    let c = 0;
    for (let o = 0; o < openers.length; o++) {
      const open = openers[o];
      const nextOpen = openers[o + 1] ?? paragraph.end;
      while (c < closers.length && closers[c] < open) c++;
      // The closing mark before the next opening one; a plural possessive (Hamas' leaders) only as a last resort.
      let choice = -1;
      for (let k = c; k < closers.length && closers[k] < nextOpen; k++) {
        const possessive = /s/.test(prose[closers[k] - 1]) && /^\s\p{Ll}/u.test(prose.slice(closers[k] + 1, closers[k] + 3));
        if (!possessive) { choice = k; break; }
        if (choice < 0) choice = k;
      }
      if (choice < 0) continue;
      const close = closers[choice];
      // Both marks on the same side of every double quotation: inside one, or around it.
      const inside = doubles.find((d) => d.contentStart <= open && close < d.contentEnd);
      const straddles = doubles.some((d) => (d.start < open && open < d.end) !== (d.start < close && close < d.end));
      if (straddles) continue;
      quotes.push({
        start: open, end: close + 1, open, close, contentStart: open + 1, contentEnd: close,
        paragraph: paragraph.index, style: 'single', continues: false, continuation: false, nested: !!inside,
      });
      // A British-style quotation holds the double quotations inside it.
      if (!inside) for (const d of doubles) if (open < d.start && d.end <= close + 1) d.nested = true;
      c = choice + 1;
    }
  }
}

// --- Markdown blockquotes --------------------------------------------------------------------
// A blockquote paragraph with no quotation marks of its own is quoted matter set off without marks.

function addBlockquotes(doc: DraftDocument, quotes: Quotation[]): void {
  let previousQuoted = -2;
  for (const paragraph of doc.paragraphs) {
    if (!paragraph.blockquote) continue;
    const hasMarks = quotes.some((q) => q.paragraph === paragraph.index && !q.nested);
    if (hasMarks) continue;
    // A trailing sign-off ("— Marco Rubio") names the speaker, it is not quoted.
    const text = doc.prose.slice(paragraph.start, paragraph.end);
    const signOff = signOffStart(text);
    const end = signOff !== undefined && signOff > 0 ? paragraph.start + signOff : paragraph.end;
    quotes.push({
      start: paragraph.start, end, open: null, close: null, contentStart: paragraph.start, contentEnd: end,
      paragraph: paragraph.index, style: 'blockquote', continues: false, continuation: previousQuoted === paragraph.index - 1,
    });
    previousQuoted = paragraph.index;
  }
}

function trimEnd(prose: string, start: number, end: number): number {
  let e = end;
  while (e > start && IS_SPACE.test(prose[e - 1])) e--;
  return e;
}

// `, Ortega added` · `. he said` · `, a senior official told` · `, Stubb, the Finnish president, told`
const CUE_START = /[,.!?]\s+(?=[Hh]e\b|[Ss]he\b|[Tt]hey\b|[Tt]he\b|[Aa]n?\b|\p{Lu})/gu;
const CUE_WORD = /[\p{L}\p{M}'’-]+/gu;

/** Where a quotation left open was meant to end: before an attribution inside it, else the paragraph's end. */
function intendedEnd(prose: string, from: number, paragraphEnd: number): number {
  const text = prose.slice(from, paragraphEnd);
  CUE_START.lastIndex = 0;
  for (let m = CUE_START.exec(text); m; m = CUE_START.exec(text)) {
    // The subject: up to six words (an apposition between commas allowed), then a speech verb.
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 160).replace(/,[^,"“”]{1,80},/, (apposition) => ' '.repeat(apposition.length));
    CUE_WORD.lastIndex = 0;
    let count = 0;
    for (let w = CUE_WORD.exec(rest); w && count < 7; w = CUE_WORD.exec(rest)) {
      if (/[.;:!?"“”]/.test(rest.slice(0, w.index).trimEnd().slice(-1))) break;
      const form = REPORTING_VERBS.get(w[0].toLowerCase());
      if (count > 0 && form?.cls === 'speech' && !form.progressive) return from + m.index + 1;
      count++;
    }
  }
  return paragraphEnd;
}

const isBlank = (char: string | undefined) => char !== undefined && /\s/.test(char);

/**
 * Where a sign-off ("— Marco Rubio") ending a blockquote starts, with the blanks before it: the
 * first dash (—, – or --) followed, maybe after blanks and line breaks, by the text of the last
 * line. What `/\n?\s*(?:[—–]|--)\s*[^\n]+$/` finds, in one pass: the expression retried every
 * dash and blank of the paragraph, which is quadratic on long runs of them.
 */
export function signOffStart(text: string): number | undefined {
  const lastBreak = text.lastIndexOf('\n');
  // A dash before the last line break counts when only blanks separate it from the last line.
  let blanksFrom = lastBreak;
  while (blanksFrom > 0 && isBlank(text[blanksFrom - 1])) blanksFrom--;
  const lastLineHasText = text.length > lastBreak + 1;
  for (let at = lastBreak < 0 ? 0 : Math.max(0, blanksFrom - 2); at < text.length; at++) {
    const length = text[at] === '—' || text[at] === '–' ? 1 : text.startsWith('--', at) ? 2 : 0;
    if (!length) continue;
    const after = at + length;
    const valid = at > lastBreak ? after < text.length : after >= blanksFrom && lastLineHasText;
    if (!valid) continue;
    let start = at;
    while (start > 0 && isBlank(text[start - 1])) start--;
    return start;
  }
  return undefined;
}
