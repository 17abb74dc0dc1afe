// What every part of the attribution layer reads: the draft's prose, its quotations, sentences and
// people, the words of a span, the quotations already attributed. Sources, cues and the attributor
// build on it.
import type { CheckContext } from '../checks/check';
import type { DraftDocument } from '../document';
import { peopleOf, type People } from '../people/people';
import { DETERMINERS, MULTIWORD_FIRST, NOUN_LIKE, REPORTING_VERBS, type VerbForm } from '../quotes/lexicon';
import { isFiniteVerb } from './verbs';
import { quotationsOf, type Quotation } from '../quotes/quotations';
import { outerSentencesOf, type OuterSentence } from '../quotes/sentences';
import type { TextSpan, Speaker, AttributedQuotation, Word } from './types';
import { WORD, FUNCTION_WORDS, PAST_PARTICIPLE, ATTRIBUTIVE_DETERMINERS, LY_NOUNS, POSSESSIVE_WORD, CONTRACTED_PRONOUN, CLAUSE_BREAK, CUE_REACH, QUOTATIONS_CROSSED_BY_CUE } from './lexicon';
import { isBlank, blankRuns } from './text';

export class Reader {
  protected readonly doc: DraftDocument;
  protected readonly prose: string;
  protected readonly people: People;
  protected readonly quotes: Quotation[];
  protected readonly reach: Int32Array;
  protected readonly sentences: ReturnType<typeof outerSentencesOf>;
  protected readonly results: AttributedQuotation[] = [];
  /** Indexes of the results so far that credit a speaker with a full or partial quotation, in order. */
  protected readonly spoken: number[] = [];
  /** Described sources met so far, for "the official" after "a Ukrainian official". */
  protected readonly described: Speaker[] = [];

  constructor(context: CheckContext) {
    this.doc = context.doc;
    this.prose = context.doc.prose;
    this.people = peopleOf(context);
    // A quotation inside another is part of its words: the outer one is attributed. Marks with no
    // word between them ("" or a run of stray marks) quote nobody: the mark checks flag them.
    this.quotes = quotationsOf(context.doc).quotes.filter((q) => !q.nested && hasWord(this.prose, q.contentStart, q.contentEnd));
    // The furthest end of the quotations up to each one, to find the quotation covering an offset
    // by binary search even when a stray mark makes two of them overlap.
    this.reach = new Int32Array(this.quotes.length);
    let reach = -1;
    this.quotes.forEach((q, i) => { reach = Math.max(reach, q.end); this.reach[i] = reach; });
    this.sentences = outerSentencesOf(context.doc);
  }

  protected quoteText(quote: Quotation): TextSpan {
    let start = quote.contentStart;
    let end = quote.contentEnd;
    while (start < end && /\s/.test(this.prose[start])) start++;
    while (end > start && /\s/.test(this.prose[end - 1])) end--;
    if (end > start && /[,.]/.test(this.prose[end - 1]) && this.prose[end - 2] !== '.') end--;
    return { start, end, text: this.prose.slice(start, end) };
  }

  /** Where the writer's words before a quotation begin: the sentence start or the previous quotation's end. */
  protected leftBoundary(quote: Quotation, sentence: OuterSentence): number {
    let boundary = sentence.start;
    // The quotations before it in its paragraph (in order of their starts, all before this one's).
    // None before index i ends after `boundary` once their furthest end does not: stop there, or a
    // paragraph of thousands of quotations reads every earlier one for each.
    for (let i = this.quoteFrom(quote.start) - 1; i >= 0 && this.quotes[i].paragraph === quote.paragraph && this.reach[i] > boundary; i--) {
      const other = this.quotes[i];
      if (other.end <= quote.start && other.end > boundary) boundary = other.end;
    }
    return Math.min(boundary, quote.start);
  }

  protected rightBoundary(quote: Quotation, sentence: OuterSentence): number {
    const boundary = Math.max(sentence.end, quote.end);
    // The first quotation starting at or after its end.
    const next = this.quotes[this.quoteFrom(quote.end)];
    return next && next.start < boundary ? next.start : boundary;
  }

  /** Cues before a quotation may reach back over earlier quotations of the same sentence ("X said, "A," and "B.""). */
  protected leftBoundaryForCue(quote: Quotation, sentence: OuterSentence): number {
    // Back over eight quotations at most (a list of quoted words after one verb is shorter):
    // reading back over every quotation of a run of them made each cost as much as the run.
    const crossed = this.quotes[this.quoteFrom(quote.start) - QUOTATIONS_CROSSED_BY_CUE];
    const floor = crossed && crossed.end <= quote.start ? crossed.end : 0;
    const start = Math.max(floor, Math.min(sentence.start, quote.start));
    if (quote.start - start <= CUE_REACH) return start;
    // Far back in a very long sentence: start at a word, CUE_REACH characters before the quotation.
    let cut = quote.start - CUE_REACH;
    while (cut < quote.start && !/\s/.test(this.prose[cut - 1])) cut++;
    return cut;
  }

  protected words(start: number, end: number): Word[] {
    const words: Word[] = [];
    const text = this.prose.slice(start, end);
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
      let word = m[0];
      // A trailing period belongs to the sentence, not the word ("said." → "said"), except in initials.
      if (word.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(word)) word = word.slice(0, -1);
      words.push({ start: start + m.index, end: start + m.index + word.length, text: word, lower: word.toLowerCase() });
    }
    return words;
  }

  /** The reporting verb starting at words[i] (one or two words), unless it is a noun here ("a note"). */
  protected verbAt(words: Word[], i: number): { form: VerbForm; length: number } | undefined {
    const w = words[i];
    if (MULTIWORD_FIRST.has(w.lower) && words[i + 1]) {
      const two = REPORTING_VERBS.get(`${w.lower} ${words[i + 1].lower}`);
      if (two && this.prose.slice(w.end, words[i + 1].start) === ' ') return { form: two, length: 2 };
    }
    const form = REPORTING_VERBS.get(w.lower);
    if (!form) return undefined;
    if (/^\p{Lu}/u.test(w.text) && i > 0) return undefined; // "Said", "Post" inside a name
    const previous = words[i - 1];
    // "Clark's remarks", "the mayor's call": after a possessive, a noun.
    if (previous && POSSESSIVE_WORD.test(previous.text) && !CONTRACTED_PRONOUN.test(previous.lower) && this.prose.slice(previous.end, w.start) === ' ') return undefined;
    if (previous && NOUN_LIKE.has(w.lower) && (DETERMINERS.has(previous.lower) || /['’]s$/.test(previous.text) || /^(?:to|will|would|could|should|can|may|might|must|did|does|do)$/.test(previous.lower) === false && /\p{L}(?:al|ive|ous|ful|ic|ed)$/u.test(previous.lower) && !REPORTING_VERBS.has(previous.lower))) return undefined;
    if (form.progressive && previous && DETERMINERS.has(previous.lower)) return undefined; // "the saying"
    // "the council's proposed budget", "her stated aim", "the widely reported remarks": a past
    // participle between a determiner or a possessive and its noun is an adjective, not a verb.
    if (!form.progressive && PAST_PARTICIPLE.test(w.lower) && words[i + 1] && this.prose.slice(w.end, words[i + 1].start) === ' ') {
      const adverb = previous && /ly$/.test(previous.lower) && previous.lower.length > 4 && !LY_NOUNS.has(previous.lower);
      const determiner = adverb ? words[i - 2] : previous;
      const joined = determiner && /^ $/.test(this.prose.slice(determiner.end, (adverb ? previous : w).start)) && (!adverb || this.prose.slice(previous.end, w.start) === ' ');
      if (joined && (ATTRIBUTIVE_DETERMINERS.has(determiner.lower) || (POSSESSIVE_WORD.test(determiner.text) && !CONTRACTED_PRONOUN.test(determiner.lower)))) return undefined;
    }
    // "state television", "a note": a present-tense form that is also a noun is a verb only after its subject.
    if (NOUN_LIKE.has(w.lower) && !/(?:ed|ing)$/.test(w.lower)) {
      const mention = previous && this.people.mentionAt(previous.start);
      const afterSubject = previous && (/^(?:he|she|they|it|we|i|who|also|later|then)$/.test(previous.lower) || (mention && mention.end >= previous.end - 2));
      if (!afterSubject) return undefined;
    }
    return { form, length: 1 };
  }

  /** Any finite verb at words[i], by the tagged lexicon ("snapped", "beamed", "shot"): for the attribution slot only. */
  protected looseVerbAt(words: Word[], i: number): { form: VerbForm; length: number } | undefined {
    const w = words[i];
    // "the dockers state": a reporting verb's plural present, which the lexicon of third-person forms lacks.
    const plural = REPORTING_VERBS.get(w.lower)?.cls === 'speech' && i > 0 && /[^s]s$/.test(words[i - 1].text) && !FUNCTION_WORDS.has(words[i - 1].lower)
      && (words[i - 1].text === words[i - 1].lower || words[i - 2]?.lower === 'the'); // "the dockers state", "the Danes state"
    if (w.text !== w.lower || FUNCTION_WORDS.has(w.lower) || !(isFiniteVerb(w.lower) || plural)) return undefined;
    return { form: { base: w.lower, cls: 'speech', progressive: false }, length: 1 };
  }

  /** The last character of prose[start, end) that is not blank ('' if none): how a quotation's words end. */
  protected lastNonBlank(start: number, end: number): string {
    while (end > start && isBlank(this.prose.charCodeAt(end - 1))) end--;
    return end > start ? this.prose[end - 1] : '';
  }

  protected span(start: number, end: number): TextSpan {
    return { start, end, text: this.prose.slice(start, end) };
  }

  protected insideQuote(offset: number): boolean {
    for (let i = this.quoteFrom(offset + 1) - 1; i >= 0 && this.reach[i] > offset; i--) if (this.quotes[i].end > offset) return true;
    return false;
  }

  /** The index of the first quotation starting at or after `offset`. */
  protected quoteFrom(offset: number): number {
    let lo = 0;
    let hi = this.quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.quotes[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The last result so far that `wanted` accepts, looking back while `reachable` holds (results are
   * in document order, so what lies before the window is never looked at).
   */
  protected lastResult(reachable: (r: AttributedQuotation) => boolean, wanted: (r: AttributedQuotation) => boolean): AttributedQuotation | undefined {
    for (let i = this.results.length - 1; i >= 0 && reachable(this.results[i]); i--) if (wanted(this.results[i])) return this.results[i];
    return undefined;
  }

  /** A new coordinated clause (", and" · ", but" · ";") in the writer's words between `from` and `to`. */
  protected clauseBreakBetween(from: number, to: number): boolean {
    return from < to && CLAUSE_BREAK.test(this.prose.slice(from, to));
  }

  /** A quotation that reads as a sentence of its own (a capital first, at least three words). */
  protected quoteKindIsFull(quote: Quotation): boolean {
    const text = this.prose.slice(quote.contentStart, quote.contentEnd).trimStart();
    return /^[\p{Lu}\p{N}]/u.test(text) && blankRuns(text, 3) >= 2;
  }

  /**
   * The last result so far crediting a speaker with a full or partial quotation that starts in
   * [from, to): a binary search, where looking back through every result of a long sentence was
   * quadratic.
   */
  protected lastSpoken(from: number, to: number): AttributedQuotation | undefined {
    let lo = 0;
    let hi = this.spoken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.results[this.spoken[mid]].quote.start < to) lo = mid + 1;
      else hi = mid;
    }
    const last = lo > 0 ? this.results[this.spoken[lo - 1]] : undefined;
    return last && last.quote.start >= from ? last : undefined;
  }

  /** Whether a quotation is all its paragraph holds (with other quotations, blanks and punctuation). */
  protected wholeParagraph(quote: Quotation): boolean {
    const paragraph = this.doc.paragraphs[quote.paragraph];
    // Only a quotation opening its paragraph (a few blanks or marks before it) can be all of it:
    // the paragraph's later quotations are read once, for its first.
    if (quote.start - paragraph.start > 8 || /[\p{L}\p{N}]/u.test(this.prose.slice(paragraph.start, quote.start))) return false;
    let at = quote.end;
    for (let i = this.quoteFrom(quote.end); i < this.quotes.length && this.quotes[i].start < paragraph.end; i++) {
      if (/[\p{L}\p{N}]/u.test(this.prose.slice(at, this.quotes[i].start))) return false;
      at = Math.max(at, this.quotes[i].end);
    }
    return !/[\p{L}\p{N}]/u.test(this.prose.slice(at, paragraph.end));
  }

  protected remember(speaker: Speaker | null): void {
    if (speaker && !speaker.person) this.described.push(speaker);
  }
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Whether prose[start, end) holds a letter or a digit (ASCII decided without a regex). */
function hasWord(prose: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = prose.charCodeAt(i);
    if (c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : WORD_CHARACTER.test(prose[i])) return true;
  }
  return false;
}
