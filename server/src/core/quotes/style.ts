// The draft's quotation-mark style: which marks quote first and which inside (“ ‘ ’ ”, ‘ “ ” ’,
// « “ ” », or straight " ' ' "), and which apostrophe goes with them (’ or '). The house style comes
// from the stylebook (`quotes:`), else from most of the draft's quotations. What does not follow it
// is read here, with the edits that convert it; quote.style reports them.
import type { DraftDocument, Paragraph } from '../document';
import type { HouseQuoteStyle, TextEdit } from '../types';
import { quotationsOf, type Quotation } from './quotations';

/** The house styles a stylebook names, and the one a draft may also be written in (British, straight). */
export type QuoteStyleName = HouseQuoteStyle | 'straight-single';

export const HOUSE_QUOTE_STYLES: readonly HouseQuoteStyle[] = ['curly-double', 'curly-single', 'straight-double', 'guillemets'];

interface Marks {
  open: string;
  close: string;
}

interface StyleMarks {
  /** The marks at each depth: the outermost quotation first; deeper ones repeat from the second. */
  levels: Marks[];
  apostrophe: string;
  /** How the style is named to the writer. */
  label: string;
}

const CURLY_DOUBLE: Marks = { open: '“', close: '”' };
const CURLY_SINGLE: Marks = { open: '‘', close: '’' };
const STRAIGHT_DOUBLE: Marks = { open: '"', close: '"' };
const STRAIGHT_SINGLE: Marks = { open: "'", close: "'" };
const GUILLEMETS: Marks = { open: '«', close: '»' };

export const STYLE_MARKS: Record<QuoteStyleName, StyleMarks> = {
  'curly-double': { levels: [CURLY_DOUBLE, CURLY_SINGLE], apostrophe: '’', label: 'curly double quotation marks (“…”, ‘…’ inside)' },
  'curly-single': { levels: [CURLY_SINGLE, CURLY_DOUBLE], apostrophe: '’', label: 'curly single quotation marks (‘…’, “…” inside)' },
  'straight-double': { levels: [STRAIGHT_DOUBLE, STRAIGHT_SINGLE], apostrophe: "'", label: 'straight double quotation marks ("…", \'…\' inside)' },
  'straight-single': { levels: [STRAIGHT_SINGLE, STRAIGHT_DOUBLE], apostrophe: "'", label: 'straight single quotation marks (\'…\', "…" inside)' },
  guillemets: { levels: [GUILLEMETS, CURLY_DOUBLE, CURLY_SINGLE], apostrophe: '’', label: 'guillemets («…», “…” inside)' },
};

/** The marks a quotation at `depth` takes; past the last level, the inner two alternate. */
function marksAt(style: StyleMarks, depth: number): Marks {
  const { levels } = style;
  if (depth < levels.length) return levels[depth];
  return levels[levels.length - 2 + ((depth - levels.length) % 2)];
}

/** The style an outermost quotation's marks are in, if one of the named ones. */
function styleOfMark(mark: string): QuoteStyleName | undefined {
  switch (mark) {
    case '“': case '”': return 'curly-double';
    case '‘': case '’': return 'curly-single';
    case '"': return 'straight-double';
    case "'": return 'straight-single';
    case '«': case '»': return 'guillemets';
    default: return undefined;
  }
}

/**
 * A headline (a Markdown heading, or a short first paragraph without a full stop): US-style desks
 * quote with single marks there (AP), so a single-marked quotation in a headline is never the
 * minority of a double-marked draft.
 */
function isHeadline(doc: DraftDocument, paragraph: Paragraph): boolean {
  if (paragraph.kind === 'heading') return true;
  if (paragraph.index !== 0 || paragraph.end - paragraph.start > 160) return false;
  return !/[.!?…:]["”’'»]?\s*$/.test(doc.prose.slice(paragraph.start, paragraph.end));
}

/** A quotation with marks, its depth, the quotation holding it, and whether it is in a headline. */
interface Marked {
  quote: Quotation;
  depth: number;
  parent: Marked | undefined;
  headline: boolean;
}

function markedQuotations(doc: DraftDocument): Marked[] {
  const marked: Marked[] = [];
  const open: Marked[] = [];
  for (const quote of quotationsOf(doc).quotes) {
    // A mark without its partner is quote.unbalanced's: which style it should take is unknown.
    if (quote.style === 'blockquote' || quote.open === null || quote.close === null) continue;
    while (open.length && (open[open.length - 1].quote.end <= quote.start || open[open.length - 1].quote.end < quote.end)) open.pop();
    const parent = open[open.length - 1];
    const item: Marked = { quote, depth: open.length, parent, headline: parent?.headline ?? isHeadline(doc, doc.paragraphs[quote.paragraph]) };
    marked.push(item);
    open.push(item);
  }
  return marked;
}

/** The first mark of a quotation (its closing one when the opening one is missing). */
function markOf(doc: DraftDocument, quote: Quotation): string {
  return doc.prose[quote.open ?? quote.close!];
}

export interface DraftQuoteStyle {
  style: QuoteStyleName;
  /** Where it comes from: the house stylebook, or most of the draft. */
  source: 'stylebook' | 'draft';
}

/** The house style: the stylebook's, else that of most outermost quotations (the first one's on a tie), else of most apostrophes. */
export function draftQuoteStyle(doc: DraftDocument, house: HouseQuoteStyle | undefined): DraftQuoteStyle | undefined {
  if (house) return { style: house, source: 'stylebook' };
  const counts = new Map<QuoteStyleName, number>();
  let best: QuoteStyleName | undefined;
  for (const { quote, depth, headline } of markedQuotations(doc)) {
    if (depth || headline) continue;
    const style = styleOfMark(markOf(doc, quote));
    if (!style) continue;
    const count = (counts.get(style) ?? 0) + 1;
    counts.set(style, count);
    if (!best || count > counts.get(best)!) best = style;
  }
  if (best) return { style: best, source: 'draft' };
  const { curly, straight } = apostropheCounts(doc);
  if (!curly && !straight) return undefined;
  return { style: straight > curly ? 'straight-double' : 'curly-double', source: 'draft' };
}

/** A quotation whose marks (or those of quotations inside it) are not the house style's. */
export interface StyledQuotation {
  quote: Quotation;
  /** The marks as written and as the house style writes them: `"…"` → `“…”`. */
  found: Marks;
  wanted: Marks;
  /** The edits giving it and every quotation inside it the house style's marks. */
  edits: TextEdit[];
}

/** An apostrophe of the other kind: `'` in a curly draft, `’` in a straight one. */
export interface StyledApostrophe {
  at: number;
  found: string;
  wanted: string;
}

export interface QuoteStyleProblems {
  quotations: StyledQuotation[];
  apostrophes: StyledApostrophe[];
}

/** The quotations and apostrophes not in `style`, outermost quotations first, each with its edits. */
export function quoteStyleProblems(doc: DraftDocument, style: QuoteStyleName): QuoteStyleProblems {
  const marks = STYLE_MARKS[style];
  const { prose } = doc;
  const quotations: StyledQuotation[] = [];
  const byQuote = new Map<Marked, StyledQuotation>();
  const markOffsets = new Set<number>();
  for (const item of markedQuotations(doc)) {
    const { quote } = item;
    if (quote.open !== null) for (let i = quote.open; i < quote.contentStart; i++) markOffsets.add(i);
    if (quote.close !== null) for (let i = quote.close; i < quote.end; i++) markOffsets.add(i);
    const wanted = wantedMarks(doc, marks, item);
    const found: Marks = {
      open: quote.open === null ? wanted.open : prose.slice(quote.open, quote.contentStart),
      close: quote.close === null ? wanted.close : prose.slice(quote.close, quote.end),
    };
    const edits: TextEdit[] = [];
    if (found.open !== wanted.open) edits.push({ start: quote.open!, end: quote.contentStart, newText: wanted.open });
    if (found.close !== wanted.close) edits.push({ start: quote.close!, end: quote.end, newText: wanted.close });
    // A quotation inside one already reported is converted with it.
    let holder: StyledQuotation | undefined;
    for (let p = item.parent; p && !holder; p = p.parent) holder = byQuote.get(p);
    if (holder) {
      holder.edits.push(...edits);
      byQuote.set(item, holder);
    } else if (edits.length) {
      const styled = { quote, found, wanted, edits };
      quotations.push(styled);
      byQuote.set(item, styled);
    }
  }
  const apostrophes: StyledApostrophe[] = [];
  const other = marks.apostrophe === '’' ? "'" : '’';
  for (let at = prose.indexOf(other); at >= 0; at = prose.indexOf(other, at + 1)) {
    if (!markOffsets.has(at)) apostrophes.push({ at, found: other, wanted: marks.apostrophe });
  }
  return { quotations, apostrophes };
}

function wantedMarks(doc: DraftDocument, marks: StyleMarks, item: Marked): Marks {
  // A headline may keep single marks outside in a draft quoting with double ones (double inside).
  if (item.headline && (marks.levels[0] === CURLY_DOUBLE || marks.levels[0] === STRAIGHT_DOUBLE)) {
    let root = item;
    while (root.parent) root = root.parent;
    if (styleOfMark(markOf(doc, root.quote))?.endsWith('single')) {
      return marksAt(STYLE_MARKS[marks.levels[0] === CURLY_DOUBLE ? 'curly-single' : 'straight-single'], item.depth);
    }
  }
  return marksAt(marks, item.depth);
}

function apostropheCounts(doc: DraftDocument): { curly: number; straight: number } {
  const marked = new Set<number>();
  for (const { quote } of markedQuotations(doc)) {
    if (quote.open !== null) marked.add(quote.open);
    if (quote.close !== null) marked.add(quote.close);
  }
  let curly = 0;
  let straight = 0;
  const { prose } = doc;
  for (let i = 0; i < prose.length; i++) {
    const c = prose.charCodeAt(i);
    if (c === 0x2019 && !marked.has(i)) curly++;
    else if (c === 0x27 && !marked.has(i)) straight++;
  }
  return { curly, straight };
}

/** Every edit converting the draft's quotation marks and apostrophes to `style`. */
export function quoteStyleEdits(doc: DraftDocument, style: QuoteStyleName): TextEdit[] {
  const { quotations, apostrophes } = quoteStyleProblems(doc, style);
  const edits = quotations.flatMap((q) => q.edits);
  for (const a of apostrophes) edits.push({ start: a.at, end: a.at + 1, newText: a.wanted });
  return edits.sort((a, b) => a.start - b.start);
}
