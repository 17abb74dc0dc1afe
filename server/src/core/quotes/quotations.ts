// Quotation spans of a draft, paired from their marks paragraph by paragraph, with the
// typographic problems found on the way (glued marks, marks without a partner). Every quotation
// check reads this one layer.
//
// How the marks pair, in every house style English-language copy uses:
//   US             “ … ‘ … ’ … ”     straight "…'…'…"
//   British        ‘ … “ … ” … ’     straight '…"…"…'
//   European       « … “ … ” … »     (French spacing « … » too), German »…« and „ … ‚ … ‘ … “
// A quotation is opened by a mark of one family (“, ‘, «, „, ", ' …) and closed by that family's
// closing mark; inside it, a quotation in another family nests one level deeper. So the marks are
// paired with a stack, one paragraph at a time: a mark closes the innermost open quotation it is
// the closing mark of (those inside it were never closed), else opens a quotation, else is a
// closing mark with no opening one. Which family is outside does not matter.
//
// Single marks double as apostrophes (Zelenskyy’s, don’t, ’90s, rock ’n’ roll, players’ union,
// Hamas’ leaders). A single mark opens only at the start of a word that is not an elision, and a
// single quotation counts only when it finds its closing mark: the first one at the end of a word
// and followed by punctuation or a capital; else one followed by a lower-case word (a partial
// quotation ending mid-sentence); a plural possessive (players’ union) only as a last resort. An
// unpaired single mark is an apostrophe, never reported, unless the draft quotes with single marks
// (British style): then an opening single mark left open is a quotation never closed.
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

/** `unpaired-rest`: the paragraph already has MAX_UNPAIRED marks without a partner; its marks from this one on are not paired. */
export type QuotationProblemKind = 'unclosed' | 'unopened' | 'glued-open' | 'glued-close' | 'unpaired-rest';

/**
 * Marks without a partner one paragraph may have before the rest of its marks are left unpaired
 * (and reported once). No paragraph of copy has a hundred; a run of thousands of stray marks would
 * otherwise make a quotation and a problem of every one of them.
 */
export const MAX_UNPAIRED = 100;

export interface QuotationProblem {
  kind: QuotationProblemKind;
  /** Offset of the mark concerned. */
  mark: number;
}

export interface Quotations {
  quotes: Quotation[];
  problems: QuotationProblem[];
  /** Whether the draft quotes with single marks first (British style): its outermost quotations are mostly single. */
  singlePrimary: boolean;
}

/** A family of quotation marks, named by its opening mark. */
interface Family {
  opener: string;
  kind: 'double' | 'single';
  style: QuoteStyle;
  /** The marks that close it. */
  closers: string;
  /** Closing marks of a sibling style that still end it when no open quotation claims them (a "…” mix-up). */
  mixups: string;
}

const FAMILIES: Record<string, Family> = {};
for (const family of [
  { opener: '"', kind: 'double', style: 'straight', closers: '"', mixups: '”»' },
  { opener: '“', kind: 'double', style: 'curly', closers: '”', mixups: '"»' },
  { opener: '„', kind: 'double', style: 'low', closers: '“”', mixups: '"' },
  { opener: '«', kind: 'double', style: 'guillemet', closers: '»', mixups: '”"' },
  { opener: '»', kind: 'double', style: 'guillemet', closers: '«', mixups: '»' }, // German »…« (and Nordic »…»)
  { opener: "'", kind: 'single', style: 'single', closers: "'’", mixups: '' },
  { opener: '‘', kind: 'single', style: 'single', closers: "’'", mixups: '' },
  { opener: '‚', kind: 'single', style: 'single', closers: '‘’', mixups: '' },
  { opener: '‹', kind: 'single', style: 'single', closers: '›', mixups: '' },
  { opener: '›', kind: 'single', style: 'single', closers: '‹', mixups: '' },
] as Family[]) FAMILIES[family.opener] = family;

const MARKS = /["“”„«»'‘’‚‹›]/g;
const DOUBLE_MARK = /["“”„«»]/;
const OPENING_MARK = /["“„«'‘‚‹]/;
/** What may stand right before an opening mark without a space. */
const OPENS_AFTER = /[\s([{\u2014\u2013/'‘’"“„«*_]/;
const IS_SPACE = /\s/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A word character or an emoji glued to a mark pairs it as a word in its place would (`said"😀"then`). */
const WORD_LIKE_AT = /[\p{L}\p{N}\p{Extended_Pictographic}]/uy;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\d/;
/** Punctuation a glued opening single mark may follow: `said,‘We`, `added:'The`. */
const GLUE_PUNCTUATION = /[,:;]/;
/** An apostrophe standing for left-out letters at a word's start: ’90s, 'n', ’em, 'til, 'tis. */
const ELISION = /^['‘’](?:\d\d?s?\b|n['’]|(?:em|til|cause|cos|tis|twas|bout|round|kay|cept|fraid|neath|gainst|nother|(?:twen|thir|for|fif|six|seven|eigh|nine)ties)\b)/i;
/** Deeper than this, marks are not paired (no prose nests so deep; it bounds the work on hostile input). */
const MAX_DEPTH = 6;
/** How many marks a single quotation looks ahead for its closing mark. */
const MAX_LOOKAHEAD = 256;

type Role = 'open' | 'close' | 'either';

/** Words ending in s that take no possessive: a single mark after them closes a quotation. */
const NO_POSSESSIVE = new Set([
  'this', 'is', 'was', 'has', 'his', 'hers', 'its', 'ours', 'yours', 'theirs', 'us', 'as', 'yes', 'thus', 'plus', 'less', 'unless',
  'perhaps', 'whereas', 'always', 'sometimes', 'towards', 'afterwards', 'besides', 'nevertheless', 'regardless', 'across', 'does', 'goes',
]);

/** Words that begin no noun phrase (articles, conjunctions, prepositions, pronouns, verbs, adverbs): after a plural, a single mark before one closes a quotation. */
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'nor', 'so', 'yet', 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'into', 'onto',
  'as', 'than', 'that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'if', 'because', 'though', 'although', 'until',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must',
  'do', 'does', 'did', 'not', "don't", "doesn't", "didn't", "won't", "can't", "isn't", "wasn't", "aren't", "weren't", "it's", "we're",
  "they're", "he's", "she's", "i'm", 'he', 'she', 'it', 'they', 'we', 'you', 'i', 'him', 'her', 'them', 'us', 'his', 'its', 'their',
  'our', 'my', 'your', 'this', 'these', 'those', 'said', 'says', 'told', 'added', 'asked', 'wrote', 'never', 'again', 'now', 'then',
  'still', 'also', 'already', 'always', 'ever', 'too', 'here', 'there', 'today', 'tonight', 'yesterday', 'tomorrow', 'later', 'soon',
]);

/** Letters after an apostrophe that make a contraction or an elision (it's, don't, we're, y'all, ma'am, rock'n'roll). */
const CONTRACTION = /^(?:s|t|d|m|re|ve|ll|all|am|n)(?!\p{L})/iu;

/**
 * Whether a single mark between two letters may be an opening mark glued to the word before it:
 * after a word of two letters or more (not O'Brien, d'Estaing; lower case for a straight mark, as
 * in said'We), a capital (said‘We) or a word of two letters or more that no contraction ends with
 * (called it‘a disgrace, said'the).
 */
function gluedToWord(prose: string, at: number): boolean {
  const letterBefore = prose[at] === "'" ? LOWER : LETTER;
  if (!letterBefore.test(prose[at - 1] ?? ' ') || !letterBefore.test(prose[at - 2] ?? ' ')) return false;
  const after = prose[at + 1] ?? ' ';
  if (UPPER.test(after)) return true;
  return LOWER.test(after) && LETTER.test(prose[at + 2] ?? ' ') && !CONTRACTION.test(prose.slice(at + 1, at + 5));
}

/** Whether one quotation may hold another directly: a family of the other kind (‘ “ ” ’, “ ‘ ’ ”), or
 * guillemets and low marks with the marks of another style (« “ ” », „ « » “). Straight and curly
 * marks of one kind are one family typed two ways: one inside the other was never closed. */
function nests(inner: Family, outer: Family): boolean {
  if (inner.kind !== outer.kind) return true;
  if (inner.kind === 'single' || inner.style === outer.style) return false;
  const plain = (style: QuoteStyle) => style === 'straight' || style === 'curly';
  return !(plain(inner.style) && plain(outer.style));
}

interface OpenQuotation {
  at: number;
  /** 1, or 2 for a double mark typed as two single ones (''). */
  width: number;
  family: Family;
  /** A single quotation's closing mark (its index among the marks), chosen when it opened. */
  closeAt: number;
  /** An opening single mark glued to the word before it: reported once it pairs. */
  glued: boolean;
}

/** An opening single mark with no closing mark, outside every quotation. */
interface LooseSingle {
  at: number;
  paragraph: Paragraph;
  family: Family;
  /** Nothing opens after it in its paragraph (so the next paragraph may continue it). */
  last: boolean;
}

class Pairing {
  readonly quotes: Quotation[] = [];
  readonly problems: QuotationProblem[] = [];
  readonly loose: LooseSingle[] = [];
  /** Every mark of the draft in order: its offset, the mark it stands for (`''` stands for `"`), its length. */
  private readonly at: number[] = [];
  private readonly mark: string[] = [];
  private readonly width: number[] = [];
  private stack: OpenQuotation[] = [];
  private paragraph!: Paragraph;
  /** The end of the paragraph's marks (exclusive). */
  private to = 0;
  private lastLoose: LooseSingle | undefined;
  /** Where the last outermost quotation of the paragraph ended. */
  private lastEnd = 0;
  /** Closing single marks with no quotation open: in a draft quoting with single marks, the opening mark is missing. */
  private readonly stray: Array<{ t: number; paragraph: Paragraph; lastEnd: number }> = [];

  /** An outermost single quotation was left open though a plural possessive could have closed it. */
  possessiveSkipped = false;

  /**
   * `possessiveCloses`: whether a plural possessive (players’ union) may close an outermost single
   * quotation as a last resort; only in a draft that quotes with single marks, where it is likelier
   * a quotation than an apostrophe left over.
   */
  constructor(private readonly prose: string, private readonly paragraphs: readonly Paragraph[], private readonly possessiveCloses = false) {}

  run(): void {
    this.readMarks();
    let next = 0;
    const count = this.at.length;
    for (const paragraph of this.paragraphs) {
      while (next < count && this.at[next] < paragraph.start) next++;
      const from = next;
      while (next < count && this.at[next] < paragraph.end) next++;
      if (next > from) this.pairParagraph(paragraph, from, next);
    }
  }

  /**
   * The marks, in one pass over the prose. An apostrophe inside a word (don’t, Zelenskyy's) is no
   * mark, though a straight one may be an opening mark glued to a word (said'We). Two single marks
   * in a row are typed for a double one (''…'' in some newspapers' archives, ‘‘…’’).
   */
  private readMarks(): void {
    const { prose } = this;
    MARKS.lastIndex = 0;
    for (let m = MARKS.exec(prose); m; m = MARKS.exec(prose)) {
      const at = m.index;
      const mark = m[0];
      const next = prose[at + 1];
      if ((mark === "'" || mark === '‘' || mark === '’') && next === mark) {
        // A third mark is the single quotation inside: '''Yes' … or … 'no'''.
        const third = prose[at + 2] === mark;
        const opening = OPENS_AFTER.test(prose[at - 1] ?? ' ') && !(mark === '’');
        const doubled = mark === "'" ? '"' : mark === '‘' ? '“' : '”';
        if (third && !opening) this.push(at, mark, 1);
        this.push(third && !opening ? at + 1 : at, doubled, 2);
        if (third && opening) this.push(at + 2, mark, 1);
        MARKS.lastIndex = at + (third ? 3 : 2);
        continue;
      }
      if ((mark === '’' || mark === "'") && WORD_CHAR.test(prose[at - 1] ?? ' ') && WORD_CHAR.test(next ?? ' ')) {
        if (mark === '’' || !gluedToWord(prose, at)) continue;
      }
      this.push(at, mark, 1);
    }
  }

  private push(at: number, mark: string, width: number): void {
    this.at.push(at);
    this.mark.push(mark);
    this.width.push(width);
  }

  private pairParagraph(paragraph: Paragraph, from: number, to: number): void {
    this.paragraph = paragraph;
    this.to = to;
    this.stack = [];
    this.lastLoose = undefined;
    this.lastEnd = paragraph.start;
    let counted = this.problems.length;
    let unpaired = 0;
    for (let t = from; t < to; t++) {
      for (; counted < this.problems.length; counted++) if (this.problems[counted].kind === 'unclosed' || this.problems[counted].kind === 'unopened') unpaired++;
      if (unpaired > MAX_UNPAIRED) {
        this.problems.push({ kind: 'unpaired-rest', mark: this.at[t] });
        break;
      }
      if (DOUBLE_MARK.test(this.mark[t])) this.doubleMark(t);
      else this.singleMark(t);
    }
    this.endParagraph();
  }

  /** The character before mark t (a space at the paragraph's start). */
  private before(t: number, back = 1): string {
    const at = this.at[t] - back;
    return at >= this.paragraph.start ? this.prose[at] : ' ';
  }

  /** The character after mark t (a space at the paragraph's end). */
  private after(t: number, ahead = 1): string {
    const at = this.at[t] + this.width[t] + ahead - 1;
    return at < this.paragraph.end ? this.prose[at] : ' ';
  }

  private endsParagraph(t: number, ahead = 1): boolean {
    return this.at[t] + this.width[t] + ahead - 1 >= this.paragraph.end;
  }

  /** How the space around a mark reads: a space before and a word after opens, the reverse closes. */
  private roleOf(t: number): Role {
    const spaceBefore = OPENS_AFTER.test(this.before(t));
    const after = this.after(t);
    const spaceAfter = IS_SPACE.test(after);
    if (spaceBefore && !spaceAfter) return 'open';
    if (!spaceBefore && (spaceAfter || !this.wordLikeAfter(t))) return 'close';
    return 'either';
  }

  /** A letter, digit or pictograph (an emoji, read as one code point) right after mark t: what a word there would be. */
  private wordLikeAfter(t: number): boolean {
    const at = this.at[t] + this.width[t];
    if (at >= this.paragraph.end) return false;
    WORD_LIKE_AT.lastIndex = at;
    return WORD_LIKE_AT.test(this.prose);
  }

  private hasOpen(opener: string): boolean {
    return this.stack.some((open) => open.family.opener === opener);
  }

  // --- double marks ---------------------------------------------------------------------------

  private doubleMark(t: number): void {
    const mark = this.mark[t];
    const { stack } = this;
    // An inch mark (a 12" pipe) when no straight quotation is open.
    if (mark === '"' && this.width[t] === 1 && !this.hasOpen('"') && DIGIT.test(this.before(t)) && !WORD_CHAR.test(this.after(t))) return;
    const role = this.roleOf(t);
    // The closing mark of an open quotation: the innermost one it closes.
    if (mark === '”' || mark === '»' || role !== 'open') {
      for (let i = stack.length - 1; i >= 0; i--) {
        if (stack[i].family.closers.includes(mark)) return this.close(i, t);
      }
    }
    const top = stack[stack.length - 1];
    const opens = mark === '“' || mark === '„' || mark === '«'
      || (mark === '»' && role !== 'close')
      || (mark === '"' && (top?.family.kind === 'double' ? role === 'open' : role !== 'close'));
    if (opens) return this.open(t, FAMILIES[mark], -1, false);
    // A closing mark of another style still ends the innermost double quotation (a "…” mix-up).
    for (let i = stack.length - 1; i >= 0; i--) {
      if (stack[i].family.kind !== 'double') continue;
      if (stack[i].family.mixups.includes(mark)) return this.close(i, t);
      break;
    }
    // A closing mark with nothing open: the opening mark is missing.
    this.problems.push({ kind: 'unopened', mark: this.at[t] });
    if (!stack.length) this.unopened(t, FAMILIES[mark]?.style ?? 'curly');
  }

  /**
   * A quotation whose opening mark is missing: its words run from the paragraph's start, or after a
   * quotation before it, from the next sentence (the writer's attribution ends with a full stop).
   */
  private unopened(t: number, style: QuoteStyle): void {
    const at = this.at[t];
    const { paragraph, prose } = this;
    let start = paragraph.start;
    if (this.lastEnd > paragraph.start) {
      // Back from the mark to the last full stop after the quotation before (the gap read once: lastEnd moves on).
      start = this.lastEnd;
      for (let i = at - 2; i >= this.lastEnd; i--) {
        if ((prose[i] === '.' || prose[i] === '!' || prose[i] === '?') && IS_SPACE.test(prose[i + 1])) {
          start = i + 1;
          break;
        }
      }
      while (start < at && IS_SPACE.test(prose[start])) start++;
    }
    this.quotes.push({
      start, end: at + this.width[t], open: null, close: at, contentStart: start, contentEnd: at,
      paragraph: paragraph.index, style, continues: false, continuation: false,
    });
    this.lastEnd = at + this.width[t];
  }

  // --- single marks ---------------------------------------------------------------------------

  private singleMark(t: number): void {
    const { stack } = this;
    for (let i = stack.length - 1; i >= 0; i--) {
      if (stack[i].closeAt === t) return this.close(i, t);
    }
    const opening = this.singleOpening(t);
    if (!opening) {
      // An apostrophe, or a closing mark no quotation chose: after a comma, a question or an
      // exclamation mark or a sentence's full stop it can be no apostrophe.
      if (!stack.length && this.closesAfterPunctuation(t)) this.stray.push({ t, paragraph: this.paragraph, lastEnd: this.lastEnd });
      return;
    }
    const top = stack[stack.length - 1];
    // Single quotations nest only in double ones; a glued mark inside a single quotation is an apostrophe.
    if (stack.length >= MAX_DEPTH || (top?.family.kind === 'single' && opening === 'glued')) return;
    const family = FAMILIES[this.mark[t]];
    const outermost = stack.length === 0;
    const closeAt = this.closingMarkFor(t, family, opening === 'glued', outermost);
    if (closeAt >= 0) return this.open(t, family, closeAt, opening === 'glued');
    if (outermost && opening === 'clear') {
      if (this.lastLoose) this.lastLoose.last = false;
      this.lastLoose = { at: this.at[t], paragraph: this.paragraph, family, last: true };
      this.loose.push(this.lastLoose);
    }
  }

  /**
   * Whether a single mark opens a quotation: `clear` at a word's start after a space, a bracket, a
   * dash or a double mark; `glued` right after a word or a comma or colon (said‘We, added:'The),
   * which counts only if the quotation closes. Never an elision (’90s, rock 'n' roll, ’em).
   */
  private singleOpening(t: number): 'clear' | 'glued' | null {
    const mark = this.mark[t];
    if (mark === '’') return null;
    const after = this.after(t);
    const spaced = mark === '‹' || mark === '›'; // French single guillemets take a space inside
    if (this.endsParagraph(t) || (IS_SPACE.test(after) && !spaced)) return null;
    if ((mark === "'" || mark === '‘') && ELISION.test(this.prose.slice(this.at[t], this.at[t] + 12))) return null;
    const before = this.before(t);
    if (OPENS_AFTER.test(before)) return 'clear';
    if (!LETTER.test(after)) return null;
    if (GLUE_PUNCTUATION.test(before)) return 'glued';
    return (mark === "'" || mark === '‘') && gluedToWord(this.prose, this.at[t]) ? 'glued' : null;
  }

  /**
   * Whether a single mark can close a quotation of `family`: at the end of a word (letters or
   * punctuation before it, no letter after). `strong` after punctuation, or when punctuation, a
   * capital or the paragraph's end follows; `weak` when a lower-case word follows a word (a
   * partial quotation ending mid-sentence); `possessive` when that word may be a plural's (players’
   * union, Hamas’ leaders): not after `this` or `it’s`, nor before `the` or `said`.
   */
  private singleClosing(t: number, family: Family): 'strong' | 'weak' | 'possessive' | null {
    if (!family.closers.includes(this.mark[t])) return null;
    const before = this.before(t);
    const spaced = family.opener === '‹' || family.opener === '›';
    if (this.at[t] === this.paragraph.start || (IS_SPACE.test(before) && !spaced)) return null;
    const after = this.after(t);
    if (WORD_CHAR.test(after)) return null;
    // The second mark of rock ’n’ roll.
    if ((before === 'n' || before === 'N') && "'‘’".includes(this.before(t, 2)) && IS_SPACE.test(this.before(t, 3))) return null;
    // After punctuation it can be no apostrophe (,’ he said); before punctuation it ends a word.
    if (!WORD_CHAR.test(before) || this.endsParagraph(t) || !IS_SPACE.test(after) || this.endsParagraph(t, 2)) return 'strong';
    // A lower-case word or a quotation after it: the writer's sentence goes on (or it is a possessive).
    const next = this.after(t, 2);
    if (!LOWER.test(next) && !OPENING_MARK.test(next)) return 'strong';
    return (before === 's' || before === 'S') && !this.takesNoPossessive(t) && !this.followedByFunctionWord(t) ? 'possessive' : 'weak';
  }

  /** Whether the word after mark t (past one space) can begin no noun phrase: a possessive is never followed by `the`, `and`, `said`. */
  private followedByFunctionWord(t: number): boolean {
    const start = this.at[t] + this.width[t] + 1;
    let end = start;
    while (end < this.paragraph.end && end - start < 12 && (LETTER.test(this.prose[end]) || this.prose[end] === '’' || this.prose[end] === "'")) end++;
    return FUNCTION_WORDS.has(this.prose.slice(start, end).replace(/’/g, "'"));
  }

  /** Whether the word before mark t ends in s but can take no possessive apostrophe (this, was, his, perhaps, it’s). */
  private takesNoPossessive(t: number): boolean {
    const end = this.at[t];
    const { prose } = this;
    if (end - 2 >= this.paragraph.start && (prose[end - 2] === '’' || prose[end - 2] === "'")) return true;
    let start = end;
    while (start > this.paragraph.start && end - start < 12 && LETTER.test(prose[start - 1])) start--;
    return NO_POSSESSIVE.has(prose.slice(start, end).toLowerCase());
  }

  /** A single closing mark right after a comma, ? or !, or a full stop after a word in lower case (not U.S.’). */
  private closesAfterPunctuation(t: number): boolean {
    const before = this.before(t);
    const punctuation = before === ',' || before === '?' || before === '!' || (before === '.' && LOWER.test(this.before(t, 2)));
    return punctuation && this.mark[t] !== '‘' && this.singleClosing(t, FAMILIES['‘']) === 'strong';
  }

  /**
   * The closing mark of a single quotation opening at mark t: the first strong one at its own
   * level, else the first weak one, else the last possessive (‘workers’ rights’ plan: a possessive
   * inside is followed by its noun; not for a glued opening mark), looking no
   * further than the next single quotation at its level or the end of the quotation holding it.
   * An outermost quotation whose double quotation inside is never closed may close inside it
   * (‘… “… ’, he said).
   */
  private closingMarkFor(t: number, family: Family, glued: boolean, outermost: boolean): number {
    let depth = 0;
    let weak = -1;
    let possessive = -1;
    let inside = -1;
    const limit = Math.min(this.to, t + 1 + MAX_LOOKAHEAD);
    for (let j = t + 1; j < limit; j++) {
      const mark = this.mark[j];
      if (DOUBLE_MARK.test(mark)) {
        if (this.doubleOpensAhead(j, depth)) depth++;
        else if (depth > 0) {
          if (--depth === 0) inside = -1;
        } else if (!outermost) break;
        continue;
      }
      if (depth === 0 && mark !== '’' && this.singleOpening(j) === 'clear') break;
      const closing = this.singleClosing(j, family);
      if (!closing) continue;
      if (depth > 0) {
        if (closing === 'strong' && inside < 0) inside = j;
      } else if (closing === 'strong') return j;
      else if (closing === 'weak') {
        if (weak < 0) weak = j;
      } else possessive = j;
    }
    if (weak >= 0) return weak;
    if (possessive >= 0 && !glued) {
      if (!outermost || this.possessiveCloses) return possessive;
      this.possessiveSkipped = true;
    }
    return outermost && depth > 0 && !glued ? inside : -1;
  }

  /** Whether a double mark met while looking ahead opens a quotation (else it closes one). */
  private doubleOpensAhead(t: number, depth: number): boolean {
    const mark = this.mark[t];
    if (mark === '”') return false;
    if (mark === '„') return true;
    const role = this.roleOf(t);
    if (mark === '"') return role === 'open' || (role === 'either' && depth === 0);
    if (mark === '»') return depth === 0 && !this.hasOpen('«') && role !== 'close';
    // “ closes „…“ and « closes »…«; otherwise they open.
    return role === 'open' || (depth === 0 && !this.hasOpen(mark === '“' ? '„' : '»'));
  }

  // --- opening and closing --------------------------------------------------------------------

  private open(t: number, family: Family, closeAt: number, glued: boolean): void {
    const { stack } = this;
    if (stack.length >= MAX_DEPTH) return;
    const top = stack[stack.length - 1];
    // A second opening mark of the same family: the first was never closed.
    if (top && !nests(family, top.family)) this.unclosed(this.at[t]);
    if (!stack.length && this.lastLoose) this.lastLoose.last = false;
    if (family.kind === 'double' && !OPENS_AFTER.test(this.before(t))) this.problems.push({ kind: 'glued-open', mark: this.at[t] });
    stack.push({ at: this.at[t], width: this.width[t], family, closeAt, glued });
  }

  /** Closes stack[i] with mark t; the quotations inside it were never closed. */
  private close(i: number, t: number): void {
    const at = this.at[t];
    while (this.stack.length > i + 1) this.unclosed(at);
    const open = this.stack.pop()!;
    if (open.glued) this.problems.push({ kind: 'glued-open', mark: open.at });
    const paragraph = this.paragraph;
    this.quotes.push({
      start: open.at, end: at + this.width[t], open: open.at, close: at, contentStart: open.at + open.width, contentEnd: at,
      paragraph: paragraph.index, style: open.family.style, continues: false, continuation: false,
      nested: this.stack.length > 0,
    });
    if (!this.stack.length) this.lastEnd = at + this.width[t];
    if (WORD_CHAR.test(this.after(t))) this.problems.push({ kind: 'glued-close', mark: at });
  }

  /** The innermost open quotation ends unclosed before `end`. A single one was an apostrophe after all. */
  private unclosed(end: number): void {
    const open = this.stack.pop()!;
    if (open.family.kind === 'single') return;
    this.problems.push({ kind: 'unclosed', mark: open.at });
    this.quotes.push({
      start: open.at, end, open: open.at, close: null, contentStart: open.at + open.width, contentEnd: trimEnd(this.prose, open.at + open.width, end),
      paragraph: this.paragraph.index, style: open.family.style, continues: false, continuation: false,
      nested: this.stack.length > 0,
    });
  }

  /** Quotations still open at the paragraph's end: the outermost may continue in the next paragraph. */
  private endParagraph(): void {
    const { stack, paragraph, prose } = this;
    while (stack.length > 1) this.unclosed(trimEnd(prose, paragraph.start, paragraph.end));
    const open = stack.pop();
    if (!open || open.family.kind === 'single') return;
    const continues = this.continuesAfter(open.family, paragraph);
    if (!continues) this.problems.push({ kind: 'unclosed', mark: open.at });
    // A quotation never closed ends where its attribution starts: `"We will go, Ortega said.`
    const contentStart = open.at + open.width;
    const end = continues ? paragraph.end : intendedEnd(prose, contentStart, paragraph.end);
    this.quotes.push({
      start: open.at, end, open: open.at, close: null, contentStart, contentEnd: end,
      paragraph: paragraph.index, style: open.family.style, continues, continuation: false,
    });
  }

  /** Whether the paragraph after `paragraph` opens with a mark of `family`: it continues the quotation. */
  private continuesAfter(family: Family, paragraph: Paragraph): boolean {
    const next = this.paragraphs[paragraph.index + 1];
    if (!next) return false;
    let first = this.prose[next.start];
    if (first === this.prose[next.start + 1] && (first === "'" || first === '‘')) first = first === "'" ? '"' : '“';
    return FAMILIES[first] === family;
  }

  /** In a draft quoting with single marks, an opening single mark left open is a quotation never closed. */
  settleSingleMarks(): void {
    for (const { t, paragraph, lastEnd } of this.stray) {
      this.problems.push({ kind: 'unopened', mark: this.at[t] });
      this.paragraph = paragraph;
      this.lastEnd = lastEnd;
      this.unopened(t, 'single');
    }
    const held: Quotation[] = [];
    for (const loose of this.loose) {
      const { at, paragraph } = loose;
      const continues = loose.last && this.continuesAfter(loose.family, paragraph);
      if (!continues) this.problems.push({ kind: 'unclosed', mark: at });
      const end = continues ? paragraph.end : intendedEnd(this.prose, at + 1, paragraph.end);
      const quote: Quotation = {
        start: at, end, open: at, close: null, contentStart: at + 1, contentEnd: end,
        paragraph: paragraph.index, style: 'single', continues, continuation: false,
      };
      this.quotes.push(quote);
      held.push(quote);
    }
    // The double quotations inside one are part of its words: one sweep over both, by start.
    const isHeld = new Set(held);
    const others = this.quotes.filter((q) => !isHeld.has(q)).sort((a, b) => a.start - b.start);
    let reach = -1;
    let h = 0;
    for (const q of others) {
      while (h < held.length && held[h].start < q.start) reach = Math.max(reach, held[h++].end);
      if (q.end <= reach) q.nested = true;
    }
  }
}

/** Whether the outermost quotations of a draft are mostly in single marks (British style). */
function quotesWithSingleMarks(quotes: readonly Quotation[], loose: number): boolean {
  let singles = 0;
  let doubles = 0;
  for (const q of quotes) {
    if (q.nested) continue;
    if (q.style === 'single') singles++;
    else doubles++;
  }
  return singles > 0 && singles + loose > doubles;
}

export const quotationsOf = defineLayer('quotations', (doc: DraftDocument): Quotations => {
  let pairing = new Pairing(doc.prose, doc.paragraphs);
  pairing.run();
  const singlePrimary = quotesWithSingleMarks(pairing.quotes, pairing.loose.length);
  if (singlePrimary && pairing.possessiveSkipped) {
    pairing = new Pairing(doc.prose, doc.paragraphs, true);
    pairing.run();
  }
  if (singlePrimary) pairing.settleSingleMarks();
  const { quotes, problems } = pairing;
  markContinuations(doc, quotes);
  addBlockquotes(doc, quotes);
  quotes.sort((a, b) => a.start - b.start || b.end - a.end);
  problems.sort((a, b) => a.mark - b.mark);
  return { quotes, problems, singlePrimary };
});

/** The quotation opening a paragraph continues the one the paragraph before left open. */
function markContinuations(doc: DraftDocument, quotes: Quotation[]): void {
  const continued = new Set<number>();
  for (const q of quotes) if (q.continues) continued.add(q.paragraph + 1);
  if (!continued.size) return;
  for (const q of quotes) {
    if (!q.nested && continued.has(q.paragraph) && q.open === doc.paragraphs[q.paragraph].start) q.continuation = true;
  }
}

// --- Markdown blockquotes --------------------------------------------------------------------
// A blockquote paragraph with no quotation marks of its own is quoted matter set off without marks.

function addBlockquotes(doc: DraftDocument, quotes: Quotation[]): void {
  let previousQuoted = -2;
  // One set, not a search of every quotation for each blockquote paragraph.
  const withMarks = new Set(quotes.filter((q) => !q.nested).map((q) => q.paragraph));
  for (const paragraph of doc.paragraphs) {
    if (!paragraph.blockquote) continue;
    if (withMarks.has(paragraph.index)) continue;
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
