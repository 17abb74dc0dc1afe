// The words of a draft's prose, and the word lists that tell a name from an ordinary word. One
// tokeniser for every layer that reads words (names, people): a word is a maximal run of letters,
// marks and digits; what stands between two words is kept, so that "O'Brien", "al-Qaida",
// "Zelensky's" and "John F. Kennedy" can be read as one name.
import { defineLayer, type DraftDocument } from '../document';
import { quotationsOf, type Quotation } from '../quotes/quotations';
import { isFormatCode, withoutFormatCharacters } from '../invisible';
import type { Span } from '../types';
import { COMMON_WORDS_BY_LENGTH } from './commonWords';
import { WordList } from './wordList';

/** One word of the prose: a maximal run of letters, marks and digits. */
export interface Word extends Span {
  text: string;
  /** What stands between the previous word and this one ("" for the first; " " by far the most common). */
  separator: string;
  /** Index of the word in the prose, in order. */
  index: number;
  /** Index of the paragraph the word is in. */
  paragraph: number;
  /** The first word of a sentence (after any opening quotation mark or bracket). */
  sentenceInitial: boolean;
}

const NON_ASCII_WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const UPPER_START = /^\p{Lu}/u;
/** A letter, mark or digit, not counting format characters. */
function isLetterCode(prose: string, i: number): boolean {
  const c = prose.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return NON_ASCII_WORD_CHAR.test(prose[i]);
}

/**
 * A letter, mark or digit (ASCII decided without a regex: this runs on every character), or an
 * invisible format character between two of them (a soft hyphen or a zero-width space inside
 * "Zelen­sky" leaves one word, which the reader sees as one). A code unit of a surrogate pair is
 * neither, so a word never ends inside a character.
 */
export function isWordCode(prose: string, i: number): boolean {
  const c = prose.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (NON_ASCII_WORD_CHAR.test(prose[i])) return true;
  if (!isFormatCode(prose, i)) return false;
  // Looked for a few characters either way: a run of thousands, asked about character by
  // character, would be read again for each of them (no word hides that many inside it).
  let before = i - 1;
  while (before >= 0 && i - before <= MAX_INVISIBLE_RUN && isFormatCode(prose, before)) before--;
  let after = i + 1;
  while (after < prose.length && after - i <= MAX_INVISIBLE_RUN && isFormatCode(prose, after)) after++;
  return before >= 0 && after < prose.length && isLetterCode(prose, before) && isLetterCode(prose, after);
}

/** Invisible format characters in a row that still leave one word (a name is read across them). */
export const MAX_INVISIBLE_RUN = 16;

/** Whether a word starts with a capital letter (ASCII decided without a regex). */
export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 97 && c <= 122) return false; // a-z: most words
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return UPPER_START.test(word);
}

/** Whether the character at `offset` starts a capitalised word. */
function capitalAt(prose: string, offset: number): boolean {
  const c = prose.charCodeAt(offset);
  if (c >= 97 && c <= 122) return false;
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return UPPER_START.test(prose[offset]);
}

/**
 * One string for the same characters wherever they stand: a draft repeats its words ("the",
 * "said", a name), and one copy each is all the layers need to keep. Looked up by a hash of the
 * characters, so a repeated word costs no copy.
 */
class Interner {
  private readonly byHash = new Map<number, string>();
  private readonly lowers = new Map<string, string>();

  constructor(private readonly prose: string) {}

  /**
   * prose[start, end) as the reader sees it: an invisible format character inside a word ("Zelen­sky"
   * with a soft hyphen) is left out, so such a text may be shorter than its span.
   */
  text(start: number, end: number): string {
    const prose = this.prose;
    let hash = end - start;
    let invisible = false;
    for (let i = start; i < end; i++) {
      const c = prose.charCodeAt(i);
      hash = (Math.imul(hash, 31) + c) | 0;
      if (c >= 0xad && !invisible) invisible = isFormatCode(prose, i);
    }
    if (invisible) return withoutFormatCharacters(prose.slice(start, end));
    const known = this.byHash.get(hash);
    if (known !== undefined && known.length === end - start && prose.startsWith(known, start)) return known;
    const text = prose.slice(start, end);
    if (known === undefined) this.byHash.set(hash, text);
    return text;
  }

  /** Lower-case, typographic apostrophes made straight, invisible format characters left out. */
  lower(text: string): string {
    let lower = this.lowers.get(text);
    if (lower === undefined) {
      lower = withoutFormatCharacters(text.toLowerCase());
      if (lower.includes('’')) lower = lower.replace(/’/g, "'");
      this.lowers.set(text, lower);
    }
    return lower;
  }
}

/**
 * The words of the prose: word i is prose[start[i], end[i]) in paragraph paragraph[i]. Kept in
 * parallel arrays rather than one object per word: a book-length draft has a hundred thousand
 * words, and objects that live as long as the analysis cost the garbage collector a copy each.
 * `word(i)` makes the object for the few words a layer keeps (the words of a name).
 */
export class ProseWords {
  readonly length: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly paragraph: Int32Array;
  private readonly initial: Uint8Array;
  /** The words made as objects so far: few of a draft's words ever are. */
  private readonly made: Array<Word | undefined>;
  /** The strings of words and tokens. */
  readonly strings: Interner;

  constructor(readonly prose: string, doc: DraftDocument) {
    this.strings = new Interner(prose);
    const paragraphs = doc.paragraphs;
    // Counted first, so that each list is one array of the right length.
    let count = 0;
    for (const paragraph of paragraphs) {
      for (let i = paragraph.start; i < paragraph.end; i++) {
        if (!isWordCode(prose, i)) continue;
        count++;
        while (i < paragraph.end && isWordCode(prose, i)) i++;
      }
    }
    this.length = count;
    this.start = new Int32Array(count);
    this.end = new Int32Array(count);
    this.paragraph = new Int32Array(count);
    this.initial = new Uint8Array(count);
    this.made = new Array<Word | undefined>(count);
    let w = 0;
    for (const paragraph of paragraphs) {
      for (let i = paragraph.start; i < paragraph.end; i++) {
        if (!isWordCode(prose, i)) continue;
        this.start[w] = i;
        while (i < paragraph.end && isWordCode(prose, i)) i++;
        this.end[w] = i;
        this.paragraph[w++] = paragraph.index;
      }
    }
    w = 0;
    for (const sentence of doc.sentences) {
      while (w < count && this.start[w] < sentence.start) w++;
      if (w < count && this.start[w] < sentence.end) this.initial[w] = 1;
    }
  }

  text(i: number): string {
    return this.strings.text(this.start[i], this.end[i]);
  }

  /** What stands between word i - 1 and word i ("" for the first word; " " by far the most common). */
  separator(i: number): string {
    if (i === 0) return '';
    const from = this.end[i - 1];
    const to = this.start[i];
    return to === from + 1 && this.prose.charCodeAt(from) === 32 ? ' ' : this.strings.text(from, to);
  }

  /** The first word of a sentence (after any opening quotation mark or bracket). */
  sentenceInitial(i: number): boolean {
    return this.initial[i] === 1;
  }

  /** Whether word i starts with a capital letter. */
  capitalised(i: number): boolean {
    return capitalAt(this.prose, this.start[i]);
  }

  /** Word i as an object, the same object every time it is asked for. */
  word(i: number): Word {
    let word = this.made[i];
    if (!word) {
      word = {
        start: this.start[i], end: this.end[i], text: this.text(i), separator: this.separator(i), index: i,
        paragraph: this.paragraph[i], sentenceInitial: this.initial[i] === 1,
      };
      this.made[i] = word;
    }
    return word;
  }
}

/** The words of the prose, paragraph by paragraph, with the first word of each sentence marked. */
export const proseWordsOf = defineLayer('prose words', (doc: DraftDocument): ProseWords => new ProseWords(doc.prose, doc));

/**
 * A word of a phrase as a reader reads it: the words joined over a hyphen or an apostrophe
 * ("Secretary-General", "al-Hayya", "Ukraine's"), with a trailing possessive apostrophe ("Hamas'"),
 * initialisms whole ("U.S."), and the time markers of "then-", "ex-", "-elect" split off. The
 * people and titles layers read these.
 */
export interface Token extends Span {
  /** Index of the token in the draft's tokens. */
  index: number;
  text: string;
  /** Lower-case, typographic apostrophes made straight. */
  lower: string;
  /** Starts with a capital letter. */
  cap: boolean;
  paragraph: number;
  /** A time marker split off a hyphenated word ("then" of "then-Secretary", "elect" of "President-elect"). */
  marker: boolean;
  /** Inside the words of a quotation. */
  inQuote: boolean;
  /** The words it is made of: words[firstWord..lastWord]. */
  firstWord: number;
  lastWord: number;
}

const CAP = 1;
const MARKER = 2;
const IN_QUOTE = 4;

/**
 * The draft's tokens, kept in parallel arrays like the words: token i is prose[start[i], end[i]).
 * `get(i)` makes the object for a token a layer looks at closely (a name, a title, a pronoun), the
 * same object every time; layers that pass over every token read the arrays.
 */
export class Tokens {
  readonly length: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly paragraph: Int32Array;
  /** The words token i is made of: words[firstWord[i]..lastWord[i]]. */
  readonly firstWord: Int32Array;
  readonly lastWord: Int32Array;
  /** For each word, the index of the token it belongs to. */
  readonly tokenOfWord: Int32Array;
  readonly text: readonly string[];
  /** Lower-case, typographic apostrophes made straight. */
  readonly lower: readonly string[];
  private readonly flags: Uint8Array;
  /** The tokens made as objects so far: few of a draft's tokens ever are. */
  private readonly made: Array<Token | undefined>;

  constructor(prose: string, words: ProseWords, quotes: readonly Quotation[]) {
    // A token holds one word or more, and a split-off marker its own: never more tokens than words.
    const size = words.length;
    const start = new Int32Array(size);
    const end = new Int32Array(size);
    const paragraphs = new Int32Array(size);
    const firstWords = new Int32Array(size);
    const lastWords = new Int32Array(size);
    const flags = new Uint8Array(size);
    // Filled by index and cut to length at the end: pushing copies a long list as it grows.
    const texts = new Array<string>(size);
    const lowers = new Array<string>(size);
    const tokenOfWord = new Int32Array(size);
    const strings = words.strings;
    let count = 0;
    let q = 0;
    const push = (from: number, to: number, text: string, paragraph: number, firstWord: number, lastWord: number, marker = false) => {
      while (q < quotes.length && quotes[q].end <= from) q++;
      const quote = quotes[q];
      const index = count++;
      for (let k = firstWord; k <= lastWord; k++) tokenOfWord[k] = index;
      start[index] = from;
      end[index] = to;
      paragraphs[index] = paragraph;
      firstWords[index] = firstWord;
      lastWords[index] = lastWord;
      texts[index] = text;
      lowers[index] = strings.lower(text);
      flags[index] = (isCapitalised(text) ? CAP : 0) | (marker ? MARKER : 0) | (quote && quote.contentStart <= from && from < quote.contentEnd ? IN_QUOTE : 0);
    };
    const { start: wordStart, end: wordEnd, paragraph: wordParagraph } = words;
    for (let w = 0; w < words.length; w++) {
      const paragraph = wordParagraph[w];
      // An initialism: two or more capitals, each with its full stop ("U.S.", "U.K.").
      let last = w;
      while (last < words.length && isInitial(prose, words, last) && (last === w || wordStart[last] === wordEnd[last - 1] + 1)) last++;
      if (last - w >= 2) {
        const to = wordEnd[last - 1] + 1;
        push(wordStart[w], to, strings.text(wordStart[w], to), paragraph, w, last - 1);
        w = last - 1;
        continue;
      }
      last = w;
      while (last + 1 < words.length && wordStart[last + 1] === wordEnd[last] + 1 && wordParagraph[last + 1] === paragraph && JOINS_WORDS.has(prose.charCodeAt(wordEnd[last]))) last++;
      let to = wordEnd[last];
      // "Hamas'": a possessive apostrophe closing the word.
      const after = prose.charCodeAt(to);
      if ((after === 39 || after === 0x2019) && !isWordCode(prose, to + 1)) to++;
      let from = wordStart[w];
      let text = strings.text(from, to);
      const first = w;
      w = last;
      // Split only where the text is its span character for character (no invisible character inside).
      if (last > first && text.length === to - from) {
        let firstWord = first;
        const before = text.length > 3 ? SPLIT_BEFORE.exec(text) : null;
        if (before) {
          push(from, from + before[0].length, before[1], paragraph, first, first, true);
          from += before[0].length;
          text = text.slice(before[0].length);
          firstWord = first + 1;
        }
        const suffix = text.length > 5 ? SPLIT_AFTER.exec(text) : null;
        if (suffix) {
          push(from, from + text.length - suffix[0].length, text.slice(0, -suffix[0].length), paragraph, firstWord, last - 1);
          push(from + text.length - suffix[0].length, from + text.length, suffix[1], paragraph, last, last, true);
          continue;
        }
        push(from, from + text.length, text, paragraph, firstWord, last);
        continue;
      }
      push(from, to, text, paragraph, first, last);
    }
    this.length = count;
    this.start = start.subarray(0, count);
    this.end = end.subarray(0, count);
    this.paragraph = paragraphs.subarray(0, count);
    this.firstWord = firstWords.subarray(0, count);
    this.lastWord = lastWords.subarray(0, count);
    this.flags = flags.subarray(0, count);
    texts.length = lowers.length = count;
    this.text = texts;
    this.lower = lowers;
    this.made = new Array<Token | undefined>(count);
    this.tokenOfWord = tokenOfWord;
  }

  /** Starts with a capital letter. */
  /** The index of the first token starting at or after `offset` (`length` when none does). */
  firstFrom(offset: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.start[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  cap(i: number): boolean {
    return (this.flags[i] & CAP) !== 0;
  }

  /** Inside the words of a quotation. */
  inQuote(i: number): boolean {
    return (this.flags[i] & IN_QUOTE) !== 0;
  }

  /** Token i as an object, the same one every time; undefined outside the draft's tokens, as an array's element. */
  get(i: number): Token {
    if (!(i >= 0 && i < this.length)) return undefined as unknown as Token;
    let token = this.made[i];
    if (!token) {
      const flags = this.flags[i];
      token = {
        index: i, start: this.start[i], end: this.end[i], text: this.text[i], lower: this.lower[i], cap: (flags & CAP) !== 0,
        paragraph: this.paragraph[i], marker: (flags & MARKER) !== 0, inQuote: (flags & IN_QUOTE) !== 0,
        firstWord: this.firstWord[i], lastWord: this.lastWord[i],
      };
      this.made[i] = token;
    }
    return token;
  }

  /** Tokens [from, to), as an array's slice (a negative index counts from the end). */
  slice(from: number, to = this.length): Token[] {
    const start = from < 0 ? Math.max(0, this.length + from) : Math.min(from, this.length);
    const end = to < 0 ? Math.max(0, this.length + to) : Math.min(to, this.length);
    const list: Token[] = [];
    for (let i = start; i < end; i++) list.push(this.get(i));
    return list;
  }
}

/** - ‐ ' ’: what joins two words into one ("Secretary-General", "Ukraine's"). */
const JOINS_WORDS = new Set([45, 0x2010, 39, 0x2019]);
const SPLIT_BEFORE = /^(then|ex|former)[-‐](?=\p{L})/iu;
const SPLIT_AFTER = /[-‐](elect|designate)$/i;

/** A single capital letter followed by a full stop: one letter of an initialism. */
function isInitial(prose: string, words: ProseWords, i: number): boolean {
  const end = words.end[i];
  return end === words.start[i] + 1 && prose.charCodeAt(end) === 46 && capitalAt(prose, words.start[i]);
}

/** The draft's tokens, once per version. */
export const tokensOf = defineLayer('tokens', (doc: DraftDocument): Tokens => new Tokens(doc.prose, proseWordsOf(doc), quotationsOf(doc).quotes));

/** The index of the first word starting at or after `offset` (binary search). */
export function wordFrom(words: ProseWords, offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words.start[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Common English words, to tell a capitalised ordinary word ("Residents", "Chief", "However") from a
// name. Searched in place in the generated strings: nothing to build at start-up.
const COMMON_WORDS = new WordList(COMMON_WORDS_BY_LENGTH);

/**
 * Whether `word` (any case) is a common English word ("residents", "warned", "chief"). Names that
 * are also words ("Rose", "May") count as words.
 */
export function isCommonWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/’/g, "'");
  return COMMON_WORDS.has(lower) || (lower.endsWith("'s") && COMMON_WORDS.has(lower, 0, lower.length - 2));
}

/** Lowercase words that join the parts of a name: "von der Leyen", "bin Salman", "da Silva". */
/**
 * Capitalised words for offices, ranks and callings written before a name ("President Biden",
 * "Coach Ruiz"): a word before a surname that says which person of that surname is meant, and is
 * never a given name.
 */
const OFFICE_WORDS: ReadonlySet<string> = new Set([
  'President', 'Minister', 'Secretary', 'Senator', 'Governor', 'Mayor', 'Chancellor', 'Premier', 'Speaker',
  'Chairman', 'Chairwoman', 'Chair', 'Director', 'Judge', 'Justice', 'General', 'Admiral', 'Colonel',
  'Major', 'Captain', 'Sergeant', 'Lieutenant', 'Commander', 'Officer', 'Chief', 'Deputy', 'Councilman',
  'Councilwoman', 'Councillor', 'Representative', 'Congressman', 'Congresswoman', 'Ambassador', 'Prince',
  'Princess', 'King', 'Queen', 'Sheikh', 'Father', 'Sister', 'Brother', 'Pope', 'Bishop', 'Archbishop',
  'Cardinal', 'Rabbi', 'Imam', 'Coach', 'Professor', 'Doctor', 'Attorney', 'Prosecutor', 'Sheriff',
  'Trooper', 'Detective', 'Inspector', 'Superintendent', 'Agent', 'Private', 'Corporal', 'Marshal', 'Dean',
  'Provost', 'Editor', 'Reporter', 'Anchor', 'Spokesman', 'Spokeswoman', 'Executive', 'Leader',
  'Commissioner', 'Treasurer', 'Comptroller', 'Auditor', 'Clerk', 'Alderman', 'Councilor', 'Delegate',
  'Assemblyman', 'Assemblywoman', 'Lawmaker', 'Chef', 'Nurse', 'Pastor', 'Reverend', 'Elder', 'Saint', 'St',
  'Sen', 'Gov', 'Rep', 'Gen', 'Adm', 'Lt', 'Col', 'Capt', 'Sgt', 'Maj', 'Cmdr', 'Supt', 'Insp', 'Det', 'Pres',
]);

export function isOfficeWord(word: string): boolean {
  return OFFICE_WORDS.has(word);
}

export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'bin', 'bint', 'ibn', 'abu', 'ben', 'von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da',
  'dos', 'das', 'do', 'du', 'des', 'la', 'le', 'ter', 'ten', 'zu', 'y', 'e', 'af', 'st',
]);

/**
 * Lower-case prefixes joined to the capitalised rest of a name by a hyphen or an apostrophe:
 * Arabic articles ("ash-Sharaa", "ad-Din") and elided particles ("d'Estaing", "l'Aquila").
 */
export const NAME_PREFIXES: ReadonlySet<string> = new Set([
  'al', 'el', 'ad', 'ash', 'as', 'at', 'an', 'ar', 'az', 'bin', 'ben', 'abu', 'ibn', 'd', 'l', 'o',
]);

/**
 * Closed-class words (pronouns, determiners, prepositions, conjunctions): opening a sentence, where
 * every word is capitalised, they are the word, never a name that happens to be spelled the same
 * ("He said" is a pronoun even in a story about He Lifeng).
 */
export const CLOSED_CLASS: ReadonlySet<string> = new Set([
  'he', 'she', 'it', 'we', 'they', 'i', 'you', 'him', 'her', 'hers', 'his', 'its', 'our', 'ours', 'their',
  'theirs', 'them', 'us', 'me', 'my', 'mine', 'your', 'yours', 'himself', 'herself', 'itself', 'themselves',
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'any', 'no', 'every', 'each', 'all', 'both',
  'in', 'on', 'at', 'to', 'of', 'by', 'for', 'with', 'from', 'into', 'onto', 'upon', 'as', 'than', 'about',
  'after', 'before', 'since', 'until', 'till', 'while', 'when', 'where', 'why', 'how', 'what', 'which', 'who',
  'whom', 'whose', 'if', 'and', 'but', 'or', 'nor', 'so', 'yet', 'though', 'although', 'because', 'unless',
  'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would',
  'can', 'could', 'should', 'may', 'might', 'must', 'not', 'there', 'here', 'then', 'now', 'also',
]);

/** Months, whose names are also given names and surnames ("May", "June", "August"). */
export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** Words before a month that make it a date: "in May", "since June", "mid-March", "early April". */
const BEFORE_DATE = new Set([
  'in', 'since', 'until', 'till', 'through', 'throughout', 'early', 'late', 'mid', 'last', 'next', 'this', 'every',
  'each', 'during',
]);
/** Words joining two months into a span: "May to June", "April or May". */
const BETWEEN_MONTHS = new Set(['to', 'until', 'through', 'and', 'or']);
/** Nouns after which "of May" is a date: "the end of May", "the first week of June". */
const TIME_NOUNS = new Set(['end', 'beginning', 'start', 'middle', 'half', 'week', 'weeks', 'month', 'days', 'day', 'part', 'rest', 'first', 'second', 'third', 'fourth', 'last', 'ides']);
const DAY_OR_YEAR = /^(?:[1-9]|[12]\d|3[01]|1\d{3}|2\d{3})(?:st|nd|rd|th)?$/;
const SPACE = /^[ \t]+$/;

/** Whether words[k] exists and is in the same paragraph as words[i]. */
function sameLine(words: ProseWords, k: number, i: number): boolean {
  return k >= 0 && k < words.length && words.paragraph[k] === words.paragraph[i];
}

/**
 * Whether the month at words[i] stands in a date ("May 6", "May 2019", "6 May", "in May",
 * "mid-May", "the end of May", "May to June"), where it is never a name, however the draft spells
 * people's names. `text` is the word's text, already at hand.
 */
export function isDate(words: ProseWords, i: number, text = words.text(i)): boolean {
  // No month is shorter than three letters or longer than nine.
  if (text.length < 3 || text.length > 9 || !MONTHS.has(words.strings.lower(text))) return false;
  if (sameLine(words, i + 1, i)) {
    const separator = words.separator(i + 1);
    const next = words.text(i + 1);
    // "confidence in May's government": a possessive is a person's.
    if (/^['’]$/.test(separator) && (next === 's' || next === 'S')) return false;
    if (/^,?[ \t]+$/.test(separator) && DAY_OR_YEAR.test(next)) return true;
    if (SPACE.test(separator) && BETWEEN_MONTHS.has(next.toLowerCase()) && sameLine(words, i + 2, i) && MONTHS.has(words.text(i + 2).toLowerCase())) return true;
  }
  if (!sameLine(words, i - 1, i)) return false;
  const before = words.text(i - 1).toLowerCase();
  const separator = words.separator(i);
  if (separator === '-') return before === 'mid';
  if (!SPACE.test(separator)) return false;
  if (BEFORE_DATE.has(before)) return true;
  if (DAY_OR_YEAR.test(before) && !/^\d{4}$/.test(before)) return true; // "6 May"
  if (!sameLine(words, i - 2, i)) return false;
  const earlier = words.text(i - 2);
  if (before === 'of') return TIME_NOUNS.has(earlier.toLowerCase()) || DAY_OR_YEAR.test(earlier);
  return BETWEEN_MONTHS.has(before) && SPACE.test(words.separator(i - 1)) && MONTHS.has(earlier.toLowerCase());
}
