// A draft prepared once per version for every check: which characters are prose, where the
// paragraphs and sentences are, and the date it is written for. Checks read `prose`, a copy of the
// text with every non-prose character blanked, so that offsets in it are offsets in the file.
import { parseMarkdown, type FrontMatter, type MarkdownStructure, type ProseBlock, type BlockKind } from './markdown';
import { findDate, frontMatterDate } from './dates';
import type { Language, Span } from './types';

export interface Paragraph extends Span {
  index: number;
  kind: BlockKind | 'line';
  blockquote: boolean;
}

export interface Sentence extends Span {
  paragraph: number;
}

export type DateSource = 'front matter' | 'dateline';

const NON_NEWLINE = /[^\r\n]/g;

/** Whether a UTF-16 code unit is white space, as `\s` in a regular expression says. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function blank(text: string): string {
  return text.replace(NON_NEWLINE, ' ');
}

/** A memoised analysis layer: computed at most once per document, on first use. */
export function defineLayer<T>(name: string, compute: (doc: DraftDocument) => T): (doc: DraftDocument) => T {
  const key = Symbol(name);
  return (doc) => doc.memo(key, compute);
}

export class DraftDocument {
  readonly prose: string;
  readonly paragraphs: Paragraph[];
  readonly frontMatter: FrontMatter | null;
  /** The date the draft gives itself (front matter, else a date line in its header). */
  readonly ownDate: { date: string; source: DateSource } | null;
  private readonly memos = new Map<symbol, unknown>();
  /** The Markdown parse, kept so the next version can re-parse only what changed. */
  readonly markdown: MarkdownStructure | null = null;

  /** `previous`: the document's prior version, whose Markdown parse is reused where unchanged. */
  constructor(readonly text: string, readonly language: Language, previous?: DraftDocument) {
    let blocks: Array<Omit<ProseBlock, 'kind'> & { kind: BlockKind }>;
    if (language === 'markdown') {
      const structure = parseMarkdown(text, previous?.markdown ?? undefined);
      this.markdown = structure;
      this.frontMatter = structure.frontMatter;
      this.prose = maskProse(text, structure.blocks, structure.hidden);
      blocks = structure.blocks;
    } else {
      this.frontMatter = null;
      this.prose = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
      blocks = plainTextBlocks(text);
    }
    this.prose = hideBareUrls(this.prose);
    this.paragraphs = splitLinesIntoParagraphs(this.prose, blocks);
    this.ownDate = this.findOwnDate();
  }

  memo<T>(key: symbol, compute: (doc: DraftDocument) => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = compute(this);
    this.memos.set(key, value);
    return value;
  }

  /** The paragraph containing `offset`, if any (binary search). */
  paragraphAt(offset: number): Paragraph | undefined {
    let lo = 0;
    let hi = this.paragraphs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = this.paragraphs[mid];
      if (offset < p.start) hi = mid - 1;
      else if (offset >= p.end) lo = mid + 1;
      else return p;
    }
    return undefined;
  }

  get sentences(): Sentence[] {
    return sentencesOf(this);
  }

  private findOwnDate(): { date: string; source: DateSource } | null {
    const fm = this.frontMatter;
    // Front matter that is not valid YAML may still carry a readable `date:` line.
    const fromFrontMatter = fm && (fm.fields
      ? frontMatterDate(fm.fields.date)
      : frontMatterDate(/^date:[ \t]*['"]?([^'"\r\n]+)/m.exec(this.text.slice(fm.start, fm.end))?.[1]));
    if (fromFrontMatter) return { date: fromFrontMatter, source: 'front matter' };
    // A dateline or byline date sits in the first lines of a story, before the body.
    for (const paragraph of this.paragraphs.slice(0, 4)) {
      const head = this.prose.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 200));
      const date = findDate(head);
      if (date) return { date, source: 'dateline' };
    }
    return null;
  }
}

// A bare web address is machine text, not the writer's words, in Markdown and plain text alike.
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>"“”'‘’]*[^\s<>"“”'‘’.,;:!?)\]]/g;

function hideBareUrls(prose: string): string {
  return prose.replace(BARE_URL, (url) => ' '.repeat(url.length));
}

function maskProse(text: string, blocks: ProseBlock[], hidden: Span[]): string {
  const parts: string[] = [];
  let pos = 0;
  let h = 0;
  for (const block of blocks) {
    if (block.start < pos) continue; // nested duplicates cannot occur, but never go backwards
    parts.push(blank(text.slice(pos, block.start)));
    pos = block.start;
    while (h < hidden.length && hidden[h].end <= block.start) h++;
    while (h < hidden.length && hidden[h].start < block.end) {
      const span = hidden[h];
      const start = Math.max(span.start, pos);
      const end = Math.min(span.end, block.end);
      if (start > pos) parts.push(text.slice(pos, start));
      if (end > start) parts.push(blank(text.slice(start, end)));
      pos = Math.max(pos, end);
      if (span.end > block.end) break;
      h++;
    }
    if (block.end > pos) parts.push(text.slice(pos, block.end));
    pos = Math.max(pos, block.end);
  }
  parts.push(blank(text.slice(pos)));
  return parts.join('');
}

/** Plain text: paragraphs are separated by blank lines. */
function plainTextBlocks(text: string): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  // A CR is a line break of its own only when no LF follows: CRLF is one break, not a blank line.
  const separator = /(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r(?!\n)|\n)(?:[ \t]*(?:\r\n|\r(?!\n)|\n))*/g;
  let start = 0;
  const push = (from: number, to: number) => {
    let a = from;
    let b = to;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) blocks.push({ start: a, end: b, kind: 'paragraph', blockquote: false });
  };
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return blocks;
}

const LINE_BREAK = /\r\n|\r|\n/g;
const ENDS_SENTENCE = /[.!?…:]["”’'»)\]]*[ \t]*$|["”»][ \t]*$/;
const STARTS_PARAGRAPH = /^[ \t]*(?:[\p{Lu}\p{N}"“‘'«„(\[—–-])/u;
const LONG_LINE = 100;

/**
 * Many drafts (pasted from word processors, wire copy) put one paragraph per line with no blank
 * line between. A block whose every line ends a sentence and starts a new one, with lines longer
 * than any hard wrap, is read as one paragraph per line; a hard-wrapped block stays whole.
 */
function splitLinesIntoParagraphs(prose: string, blocks: Array<ProseBlock>): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const block of blocks) {
    // Most blocks are one line: nothing to split.
    if (!hasLineBreak(prose, block.start, block.end)) {
      pushParagraph(paragraphs, prose, block, block.kind, block.blockquote);
      continue;
    }
    const lines: Span[] = [];
    let lineStart = block.start;
    LINE_BREAK.lastIndex = block.start;
    for (let m = LINE_BREAK.exec(prose); m && m.index < block.end; m = LINE_BREAK.exec(prose)) {
      lines.push({ start: lineStart, end: m.index });
      lineStart = m.index + m[0].length;
    }
    lines.push({ start: lineStart, end: block.end });
    const oneParagraphPerLine =
      block.kind === 'paragraph' &&
      lines.length > 1 &&
      lines.some((l) => l.end - l.start > LONG_LINE) &&
      lines.every((l, i) =>
        i === lines.length - 1 ||
        (ENDS_SENTENCE.test(prose.slice(l.start, l.end)) && STARTS_PARAGRAPH.test(prose.slice(lines[i + 1].start, lines[i + 1].end))));
    const spans = oneParagraphPerLine ? lines.filter((l) => prose.slice(l.start, l.end).trim()) : [block];
    for (const span of spans) pushParagraph(paragraphs, prose, span, oneParagraphPerLine ? 'line' : block.kind, block.blockquote);
  }
  return paragraphs;
}

function hasLineBreak(prose: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = prose.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** The span without the white space around it, as the next paragraph (none when only white space). */
function pushParagraph(paragraphs: Paragraph[], prose: string, span: Span, kind: Paragraph['kind'], blockquote: boolean): void {
  let start = span.start;
  let end = span.end;
  while (start < end && /\s/.test(prose[start])) start++;
  while (end > start && /\s/.test(prose[end - 1])) end--;
  if (end > start) paragraphs.push({ start, end, index: paragraphs.length, kind, blockquote });
}

// Words after which a period does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'lt', 'col', 'capt', 'sgt', 'cpl', 'gov',
  'sen', 'rep', 'rev', 'hon', 'pres', 'adm', 'maj', 'brig', 'cmdr', 'supt', 'insp', 'det', 'no',
  'vs', 'v', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mt', 'ft', 'fig', 'inc', 'corp', 'co', 'ltd', 'bros', 'approx', 'dept', 'est', 'e.g', 'i.e', 'cf', 'al',
]);
// Starts only at the first mark of a run: a match inside a run ("....") could only repeat the one
// starting at the run's first mark, and trying every mark of a long run again is quadratic.
const SENTENCE_END = /(?<![.!?…])[.!?…]+["”’'»)\]]*(?=\s+["“‘'«„(\[]?[\p{Lu}\p{N}])/gu;

const sentencesOf = defineLayer('sentences', (doc: DraftDocument): Sentence[] => {
  const sentences: Sentence[] = [];
  const prose = doc.prose;
  // The candidate ends of the whole draft, found in one pass: a search from each paragraph's start
  // read on to the next candidate, to the end of the draft in one without any (quadratic on a
  // draft of many short paragraphs or list items). A match never spans two paragraphs.
  const ends: Array<{ index: number; text: string }> = [];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(prose); m; m = SENTENCE_END.exec(prose)) ends.push({ index: m.index, text: m[0] });
  let next = 0;
  for (const paragraph of doc.paragraphs) {
    let start = paragraph.start;
    while (next < ends.length && ends[next].index < paragraph.start) next++;
    for (; next < ends.length && ends[next].index < paragraph.end; next++) {
      const m = ends[next];
      if (m.text[0] === '.' && m.text[1] !== '.' && !endsSentenceAt(prose, m.index)) continue;
      const end = m.index + m.text.length;
      sentences.push({ start, end, paragraph: paragraph.index });
      start = end;
      while (start < paragraph.end && /\s/.test(prose[start])) start++;
    }
    if (start < paragraph.end) sentences.push({ start, end: paragraph.end, paragraph: paragraph.index });
  }
  return sentences;
});

const LETTER_OR_DOT = /[\p{L}.]/u;
/** Longer than any abbreviation in the list, and without a full stop: an ordinary word. */
const LONGEST_ABBREVIATION = 6;

/** A letter or a full stop (ASCII decided without a regex: this runs before every full stop). */
function isLetterOrDot(c: number, prose: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46;
  return LETTER_OR_DOT.test(prose[i]);
}

/** Whether the period at `dot` ends a sentence (not an abbreviation, initial or initialism). */
export function endsSentenceAt(prose: string, dot: number): boolean {
  let wordStart = dot;
  let dots = false;
  while (wordStart > 0) {
    const c = prose.charCodeAt(wordStart - 1);
    if (!isLetterOrDot(c, prose, wordStart - 1)) break;
    if (c === 46) dots = true;
    wordStart--;
  }
  if (!dots && dot - wordStart > LONGEST_ABBREVIATION) return true;
  const word = prose.slice(wordStart, dot);
  if (!word) return true;
  if (/^\p{Lu}$/u.test(word)) return false; // a middle initial: "John F. Kennedy"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    // An initialism (U.S., U.N., a.m.) rarely ends a sentence in news copy: "U.S. President".
    return false;
  }
  return !ABBREVIATIONS.has(word.toLowerCase());
}
