// Proper-name mentions in a draft's prose: every capitalised name (with its particles, hyphens
// and possessive) and which person, place or organisation of the knowledge base it names. One
// layer, computed once per draft and knowledge base, read by the name checks, hover, rename,
// completion and speaker resolution.
import { withoutFormatCharacters } from '../invisible';
import type { CheckContext } from '../checks/check';
import { defineLayer, type DraftDocument } from '../document';
import type { Entity, Form, FormKind, IndexedForm, Knowledge, Person } from '../knowledge';
import type { Span } from '../types';
import { similarSpelling } from './similarity';
import { CLOSED_CLASS, isCapitalised, isCommonWord, isDate, isOfficeWord, NAME_PARTICLES, NAME_PREFIXES, proseWordsOf, type ProseWords, type Word } from './words';

export type { Word };

export interface NameMention extends Span {
  /** The name as written, without a possessive ending ("Zelensky" of "Zelensky's"). */
  text: string;
  /** The words of the name. */
  words: Word[];
  /** Followed by 's, ’s or a bare apostrophe. */
  possessive: boolean;
  /** The first word starts a sentence (where any capitalised word is capitalised). */
  sentenceInitial: boolean;
  /** The knowledge-base spelling this mention matched; undefined for a name the knowledge base lacks. */
  form?: IndexedForm;
  /** Everything that spelling can name (one entry for most names; "Kim" names several people). */
  candidates: readonly Form[];
  /** The entity meant: the only candidate, else the one the draft introduces by full name. */
  entity?: Entity;
  /** How the matched spelling relates to `entity` (name, surname, variant, alias). */
  kind?: FormKind;
}

/**
 * A run of capitalised words read as one stretch of proper names and what goes with them (titles,
 * adjectives, ordinary words opening a sentence): "Ukrainian President Volodymyr Zelenskyy",
 * "Councilman Ed Park", "Harlan Falls City Council". `first` and `last` are indexes into `words`.
 * The name mentions inside it are what this layer decides is a name; the people layer reads the
 * run to tell a person's title from their name.
 */
export interface NameRun {
  first: number;
  last: number;
}

export interface NameMentions {
  /** Every mention, in document order. */
  readonly mentions: readonly NameMention[];
  /** The mention containing `offset` (the end offset counts, for a cursor right after a name). */
  at(offset: number): NameMention | undefined;
  /** The mentions overlapping [start, end). */
  between(start: number, end: number): NameMention[];
  /** The mentions of one knowledge-base entry (person, place or organisation), in order. */
  of(entry: Entity['entry']): NameMention[];
  /** Mentions the knowledge base does not know, in order ("Ingrid Solheim", "Kowalcyk"). */
  readonly unknown: readonly NameMention[];
  /** The words of the prose. */
  readonly words: ProseWords;
  /** The runs of capitalised words, in order. */
  readonly runs: readonly NameRun[];
  /** Whether words[i], capitalised or not, is an ordinary word here and never a name ("He said", "in May"). */
  ordinary(i: number): boolean;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const APOSTROPHES = new Set(["'", '’']);
/**
 * Capitalised words that are never names yet are not in the dictionary in lowercase: courtesy
 * titles and ranks (British style puts them before surnames) and the calendar.
 */
const NOT_NAMES = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Mx', 'Prof', 'Sr', 'Jr', 'Snr', 'Jnr',
  'Gen', 'Sen', 'Rep', 'Gov', 'Lt', 'Col', 'Capt', 'Sgt', 'Cpl', 'Adm', 'Maj', 'Cmdr', 'Brig', 'Supt', 'Insp', 'Det', 'Rev', 'Hon',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);
/** Abbreviations whose full stop does not end a name: "Mr. Rubio", "Gen. Dan Caine". */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'prof', 'rev', 'jr', 'sr']);
// Blanks after the line break only: the two runs of blanks never compete for the same characters.
const LINE_BREAK_GAP = /^[ \t]*(?:(?:\r\n|\r|\n)[ \t]*)?$/;

/**
 * Whether words[i] continues the name of the word before it: in the same paragraph, after a space,
 * a line break of a hard-wrapped paragraph, a hyphen, an apostrophe ("O'Brien"), or the full stop
 * of an initial or an abbreviation ("John F. Kennedy", "Mr. Rubio").
 */
export function joinsPrevious(words: ProseWords, i: number): boolean {
  if (i <= 0 || i >= words.length || words.paragraph[i - 1] !== words.paragraph[i]) return false;
  const from = words.end[i - 1];
  // One space: by far the most common.
  if (words.start[i] === from + 1 && words.prose.charCodeAt(from) === 32) return true;
  const separator = words.separator(i);
  if (separator === '-' || separator === '‐' || APOSTROPHES.has(separator)) return true;
  if (separator === '. ') {
    const text = words.text(i - 1);
    return (text.length === 1 && isUpper(text)) || ABBREVIATIONS.has(text.toLowerCase());
  }
  return separator.length > 0 && LINE_BREAK_GAP.test(separator);
}

function normaliseSeparator(separator: string): string {
  if (separator === ' ' || separator === '-') return separator;
  return separator.replace(/’/g, "'").replace(/‐/g, '-').replace(/\s+/g, ' ');
}

function isUpper(word: string): boolean {
  // ASCII decided without copying the word: no small letter and at least one capital.
  let capital = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return word === word.toUpperCase() && word !== word.toLowerCase();
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) capital = true;
  }
  return capital;
}

/** Whether the words from `i` spell `form` (see the case rules in `caseMatches`). */
function matchForm(words: ProseWords, i: number, form: IndexedForm): boolean {
  const count = form.words.length;
  if (i + count > words.length) return false;
  for (let j = 0; j < count; j++) {
    // A word has no apostrophe: its cached lower case is its toLowerCase().
    if (words.strings.lower(words.text(i + j)) !== form.lowerWords[j]) return false;
    if (j > 0) {
      const separator = words.separator(i + j);
      if (separator !== form.separators[j - 1] && normaliseSeparator(separator) !== normaliseSeparator(form.separators[j - 1])) return false;
    }
  }
  return caseMatches(words, i, form);
}

/**
 * Letter case: the spelling exactly; or with its first letter capitalised ("Von der Leyen" opening a
 * sentence, "Al-Shabaab"); or all in capitals for a name of four letters or more ("KYIV" in a
 * dateline). "IS" is never "Is", and "turkey" is not "Turkey".
 */
function caseMatches(words: ProseWords, i: number, form: IndexedForm): boolean {
  const count = form.words.length;
  let rest = true;
  // As the reader sees the words: without invisible format characters ("Ki\u00ADev" is "Kiev").
  for (let j = 1; j < count && rest; j++) rest = withoutFormatCharacters(words.text(i + j)) === form.words[j];
  const first = withoutFormatCharacters(words.text(i));
  if (rest && (first === form.words[0] || first === form.capitalisedFirst)) return true;
  let letters = 0;
  for (let j = 0; j < count; j++) {
    const text = withoutFormatCharacters(words.text(i + j));
    if (!isUpper(text)) return false;
    letters += text.length;
  }
  return letters >= 4 && !form.words.every(isUpper);
}

/** What may follow a name: a non-word, a possessive, or a hyphen into a compound ("Zelensky-Putin"). */
function endsCleanly(prose: string, end: number): boolean {
  const next = prose[end];
  if (next === undefined || !APOSTROPHES.has(next)) return true;
  // An apostrophe inside a word ("Hay'at") means the name did not end here.
  const after = prose[end + 1];
  if (after === undefined || !WORD_CHAR.test(after)) return true;
  return (after === 's' || after === 'S') && !WORD_CHAR.test(prose[end + 2] ?? ' ');
}

function possessiveAt(prose: string, end: number): boolean {
  if (!APOSTROPHES.has(prose[end] ?? '')) return false;
  const next = prose[end + 1] ?? ' ';
  if (next === 's' || next === 'S') return !WORD_CHAR.test(prose[end + 2] ?? ' ');
  return !WORD_CHAR.test(next); // "Hamas'"
}

/** The given names of a person: the first words of the name and of full-name variants. */
function givenNames(person: Person): string[] {
  const names = [person.name, ...(person.variants ?? []), ...(person.aliases ?? [])]
    .map((n) => n.split(/\s+/))
    .filter((parts) => parts.length > 1)
    .map((parts) => parts[0]);
  return [...new Set(names)];
}

function isSurnameLike(form: IndexedForm, candidate: Form): boolean {
  if (candidate.entity.type !== 'person') return false;
  return form.words.length === 1 && (candidate.kind === 'surname' || candidate.kind === 'variant');
}

interface LowerCaseStarts {
  words: ReadonlySet<string>;
  /** The longest of them, and the first characters they start with: most words are neither, and need no copy to tell. */
  longest: number;
  firsts: ReadonlySet<number>;
}

const lowerCaseStartsOf = new WeakMap<Knowledge, LowerCaseStarts>();

/** Lower-case words (and numbers) that may be part of a name: particles, prefixes, the first words of known names ("al", "von"). */
function lowerCaseStarts(knowledge: Knowledge): LowerCaseStarts {
  let starts = lowerCaseStartsOf.get(knowledge);
  if (!starts) {
    const words = new Set([...NAME_PARTICLES, ...NAME_PREFIXES, ...knowledge.lowercaseStarts]);
    let longest = 0;
    const firsts = new Set<number>();
    for (const word of words) {
      longest = Math.max(longest, word.length);
      firsts.add(word.charCodeAt(0));
    }
    lowerCaseStartsOf.set(knowledge, (starts = { words, longest, firsts }));
  }
  return starts;
}

/**
 * Whether words[i] is an ordinary word here whatever the knowledge base holds: a pronoun,
 * determiner or preposition opening a sentence on its own ("He said", though He Lifeng is a
 * name), or a month in a date ("in May", "May 6", though Theresa May is a name).
 */
function isOrdinary(words: ProseWords, i: number, text: string): boolean {
  if (isDate(words, i, text)) return true;
  if (!words.sentenceInitial(i) || !CLOSED_CLASS.has(words.strings.lower(text))) return false;
  // "He Lifeng said": the first word of a full name.
  return !(i + 1 < words.length && words.capitalised(i + 1) && joinsPrevious(words, i + 1) && words.separator(i + 1).trim() === '');
}

function scan(doc: DraftDocument, knowledge: Knowledge): NameMentions {
  const prose = doc.prose;
  const words = proseWordsOf(doc);
  const mentions: NameMention[] = [];
  const runs: NameRun[] = [];
  const ordinary = new Set<number>();
  let pending: Word[] = [];
  const wordStart = words.start;
  const wordEnd = words.end;
  let run: NameRun | undefined;

  // Words [first..last] belong to a name or what stands with it: they extend the current run when they join it.
  const extend = (first: number, last: number) => {
    if (run && run.last === first - 1 && joinsPrevious(words, first)) run.last = last;
    else runs.push((run = { first, last }));
  };

  const mention = (list: Word[], form?: IndexedForm): NameMention => {
    const first = list[0];
    const last = list[list.length - 1];
    return {
      start: first.start,
      end: last.end,
      text: prose.slice(first.start, last.end),
      words: list,
      possessive: possessiveAt(prose, last.end),
      sentenceInitial: first.sentenceInitial,
      form,
      candidates: form?.forms ?? [],
    };
  };

  const flush = () => {
    if (!pending.length) return;
    const list = pending;
    pending = [];
    // Leading words that are not part of the name: ordinary words ("Residents", "Chief
    // Executive"), a country's adjective ("Ukrainian"), a courtesy title. A particle stays
    // ("van Dijk"), and so does a word an apostrophe joins to the next ("O'Brien").
    let from = 0;
    while (from < list.length && isCapitalised(list[from].text) && !isNameWord(list[from].text, knowledge)) {
      const next = list[from + 1];
      if (next && APOSTROPHES.has(next.separator)) break;
      from++;
    }
    let to = list.length;
    while (to > from && !isCapitalised(list[to - 1].text)) to--;
    // "I", "A": a single capital letter is no name on its own.
    if (to > from && !(to - from === 1 && list[from].text.length === 1)) mentions.push(mention(list.slice(from, to)));
  };

  const lowerStarts = lowerCaseStarts(knowledge);
  for (let i = 0; i < words.length; i++) {
    // Most words are lower-case (or digits) and neither a particle nor the start of a known name:
    // no name goes on through them.
    const c = prose.charCodeAt(wordStart[i]);
    if ((c >= 97 && c <= 122) || c < 65) {
      if (wordEnd[i] - wordStart[i] > lowerStarts.longest || !lowerStarts.firsts.has(c) || !lowerStarts.words.has(words.text(i))) {
        flush();
        continue;
      }
    }
    const text = words.text(i);
    const separator = words.separator(i);
    const joined = joinsPrevious(words, i);
    if (isOrdinary(words, i, text)) {
      ordinary.add(i);
      flush();
      continue;
    }
    // A word continuing another after an apostrophe ("O'Brien", "Zelensky's") starts no name.
    const insideWord = joined && APOSTROPHES.has(separator);
    const capitalised = isCapitalised(text);
    let matched: IndexedForm | undefined;
    // Only capitalised words and a few lowercase ones ("al-Qaida", "von der Leyen") start a known name.
    if (!insideWord && (capitalised || knowledge.startsLowercaseForm(text))) {
      for (const form of knowledge.formsStartingWith(text)) {
        if (!matchForm(words, i, form)) continue;
        const end = wordEnd[i + form.words.length - 1];
        if (!endsCleanly(prose, end)) continue;
        if (!capitalised && !/\p{Lu}/u.test(prose.slice(wordStart[i], end))) continue;
        matched = form;
        break;
      }
    }
    if (matched) {
      // A surname right after a given name the person does not have is someone else's
      // ("Emma Reynolds" is not Jonathan Reynolds): the whole is one name the knowledge base lacks.
      const before = pending.length && joined && separator.trim() === '' ? pending[pending.length - 1] : undefined;
      const form = matched;
      if (before && isNameWord(before.text, knowledge) && form.forms.every((f) => isSurnameLike(form, f))) {
        const sameGiven = form.forms.some((f) => givenNames(f.entity.entry as Person).some((g) => g === before.text || similarSpelling(g, before.text)));
        if (!sameGiven) {
          pending.push(words.word(i));
          extend(i, i);
          continue;
        }
      }
      // A known surname right before another name is someone's given name ("Dan Regan" is not
      // Nicușor Dan): the whole is one name the knowledge base lacks.
      if (!before && form.words.length === 1 && form.forms.every((f) => isSurnameLike(form, f)) && givenNameOf(words, i, knowledge)) {
        flush();
        pending.push(words.word(i));
        extend(i, i);
        continue;
      }
      flush();
      const list: Word[] = [];
      for (let k = i; k < i + form.words.length; k++) list.push(words.word(k));
      mentions.push(mention(list, form));
      extend(i, i + form.words.length - 1);
      i += form.words.length - 1;
      continue;
    }
    if (pending.length && (!joined || (insideWord && !capitalised))) flush();
    const hasNext = i + 1 < words.length;
    const nextJoins = hasNext && words.capitalised(i + 1) && joinsPrevious(words, i + 1);
    const nextSeparator = nextJoins ? words.separator(i + 1) : '';
    const particleInName = (NAME_PARTICLES.has(text) && (pending.length > 0 || nextJoins))
      || (NAME_PREFIXES.has(text) && nextJoins && (nextSeparator === '-' || APOSTROPHES.has(nextSeparator)));
    if ((capitalised && !(insideWord && !pending.length)) || particleInName) {
      pending.push(words.word(i));
      if (capitalised || particleInName) extend(i, i);
    } else flush();
  }
  flush();
  // A run ends with a capitalised word: a particle left at its end belongs to no name.
  for (const r of runs) while (r.last > r.first && !words.capitalised(r.last) && !knowledge.startsLowercaseForm(words.text(r.last))) r.last--;
  resolve(mentions, words);
  for (const m of mentions) if (isElsewhere(m, mentions, prose) || isNamedAfter(m, words)) m.entity = m.kind = undefined;
  return indexMentions(mentions, words, runs, ordinary);
}

/** First words of the states and provinces named in two words ("New Mexico", "North Carolina", "Rhode Island"). */
const STATE_COMPOUND_STARTS = new Set(['New', 'North', 'South', 'East', 'West', 'Rhode', 'Northern', 'Southern', 'Western', 'Eastern', 'British', 'Nova', 'Prince', 'Lower', 'Upper', 'Baja']);

/**
 * A city or region followed by the state or country it is in, when that is not where the known
 * place is, is another place of the same name: "Odessa, Texas" is not Odesa, Ukraine.
 */
function isElsewhere(m: NameMention, mentions: NameMention[], prose: string): boolean {
  if (m.entity?.type !== 'place' || m.entity.entry.kind === 'country' || !m.entity.entry.country) return false;
  const after = /^,[ \t]+(\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}.'’-]*)*)/u.exec(prose.slice(m.end, m.end + 60));
  if (!after) return false;
  const where = m.end + after[0].length - after[1].length;
  const next = mentions.find((n) => n.start === where);
  if (next?.entity) return next.entity.type === 'place' && next.entity.entry.id !== m.entity.entry.country && (next.entity.entry as { country?: string }).country !== m.entity.entry.country;
  // A name no list knows, closing the phrase as a state does ("Odessa, Texas, where"; "Odessa, Texas.").
  // A state or province is one word or a "New"/compass compound; a given name and surname in
  // apposition ("the mayor of Odessa, Hennadiy Trukhanov, said") is someone in the place.
  const qualifier = after[1].split(/[ \t]+/);
  if (qualifier.length > 1 && !STATE_COMPOUND_STARTS.has(qualifier[0])) return false;
  return !next?.form && /^(?:\s*[,.;:)—–]|\s*$)/.test(prose.slice(where + after[1].length, where + after[1].length + 3));
}

/**
 * Whether words[i] is followed, after a space, by a name no list knows that is no ordinary word, no
 * title and not possessive-joined: then words[i] is a given name, whatever surname it also is.
 */
function givenNameOf(words: ProseWords, i: number, knowledge: Knowledge): boolean {
  const next = i + 1;
  if (next >= words.length || !words.capitalised(next) || !joinsPrevious(words, next) || words.separator(next).trim() !== '') return false;
  if (possessiveAt(words.prose, words.end[i])) return false;
  const text = words.text(next);
  if (!isNameWord(text, knowledge) || isUpper(text)) return false;
  // The next word starting a known name of its own ("Putin Xi Jinping" is two people, not one name).
  return !knowledge.formsStartingWith(text).some((form) => matchForm(words, next, form));
}

/** Words for streets, squares and buildings named after a place: "Kiev Street", "Odessa Square", "Kiev Station". */
const NAMED_AFTER_THINGS = new Set([
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'square', 'lane', 'drive', 'highway', 'bridge',
  'station', 'gate', 'prospect', 'embankment', 'passage', 'terminal', 'hotel', 'restaurant', 'café', 'cafe', 'bakery',
]);
/** Dishes and drinks named after a place: "chicken Kiev", "Peking duck", "Madras curry", "Ceylon tea". */
const NAMED_AFTER_FOOD = new Set([
  'chicken', 'duck', 'cake', 'torte', 'curry', 'tea', 'sprouts', 'gin', 'mule', 'cabbage', 'sausage', 'cheese',
  'salad', 'sauce', 'bun', 'buns', 'pudding', 'stew', 'soup', 'ham', 'coffee', 'beer', 'vodka', 'cutlet', 'cutlets',
  'dumplings', 'noodles', 'rice', 'pastry', 'bread', 'sandwich',
]);

/**
 * A place's other spelling as part of the name of a dish, a drink, a street or a building named after
 * the place ("chicken Kiev", "Peking duck", "Kiev Street"): that thing, not the place, so no spelling
 * of the place to correct.
 */
function isNamedAfter(m: NameMention, words: ProseWords): boolean {
  if (m.entity?.type !== 'place' || (m.kind !== 'variant' && m.kind !== 'alias') || m.possessive) return false;
  const first = m.words[0].index;
  const last = m.words[m.words.length - 1].index;
  const next = last + 1 < words.length && joinsPrevious(words, last + 1) && words.separator(last + 1).trim() === '' ? words.strings.lower(words.text(last + 1)) : undefined;
  const before = first > 0 && joinsPrevious(words, first) && words.separator(first).trim() === '' ? words.strings.lower(words.text(first - 1)) : undefined;
  return (next !== undefined && (NAMED_AFTER_THINGS.has(next) || NAMED_AFTER_FOOD.has(next))) || (before !== undefined && NAMED_AFTER_FOOD.has(before));
}

/** A capitalised word that can be a given name or surname (not an ordinary word, title or adjective). */
function isNameWord(word: string, knowledge: Knowledge): boolean {
  if (!isCapitalised(word) || NOT_NAMES.has(word) || knowledge.isAdjective(word)) return false;
  // Initialisms (CBS, WHFX) are names; one capital letter alone is an initial or a pronoun.
  if (isUpper(word)) return word.length > 1;
  return !isCommonWord(word);
}

/** A spelling's kinds, best standing first. */
const KIND_STANDING: readonly FormKind[] = ['name', 'surname', 'alias', 'variant'];

/**
 * Picks the entity each knowledge-base mention names. A spelling with one candidate names it,
 * except a surname that is also an ordinary word ("May", "Rose"), which needs the person introduced
 * by full name first. A spelling several entities share names the one the draft introduced, the
 * nearest introduction before it winning.
 */
function resolve(mentions: NameMention[], words: ProseWords): void {
  const introductions = new Map<Entity['entry'], number[]>();
  for (const m of mentions) {
    if (!m.form) continue;
    const full = m.form.words.length > 1 || m.candidates.every((c) => c.kind === 'name' || c.kind === 'alias');
    if (!full) continue;
    for (const candidate of m.candidates) {
      if (candidate.contextual || (m.candidates.length > 1 && candidate.kind === 'surname')) continue;
      const list = introductions.get(candidate.entity.entry) ?? [];
      list.push(m.start);
      introductions.set(candidate.entity.entry, list);
    }
  }
  // Full names the knowledge base does not know, by surname ("Barry Bennett"): a bare surname the
  // draft introduced that way is that person's, not a known person's of the same surname.
  const unknownIntroductions = new Map<string, number[]>();
  for (const m of mentions) {
    if (m.form) continue;
    const words = m.words.filter((w) => !NAME_PARTICLES.has(w.text));
    if (words.length < 2) continue;
    const surname = words[words.length - 1].text;
    const list = unknownIntroductions.get(surname);
    if (list) list.push(m.start);
    else unknownIntroductions.set(surname, [m.start]);
  }
  const dropped = new Set<NameMention>();
  const unknown = new Set<NameMention>();
  for (const m of mentions) {
    if (!m.form) continue;
    // A title before the surname ("President Zelensky" after "Oksana Zelensky") may mean the known
    // person: the people layer weighs the title.
    const titled = m.words[0].index > 0 && isOfficeWord(words.text(m.words[0].index - 1)) && joinsPrevious(words, m.words[0].index);
    const others = m.form.words.length === 1 && !titled ? unknownIntroductions.get(m.text) : undefined;
    if (others && m.candidates.every((c) => isSurnameLike(m.form!, c)) && introducedLater(others, m.candidates, introductions, m.start)) {
      unknown.add(m);
      continue;
    }
    // A spelling that is also an ordinary word or another entry's name ("Canton", "Store", "Orban")
    // names its entry only where the draft introduces it otherwise; while it may be that entry, the
    // others it can name need an introduction too.
    // Opening a sentence, such a spelling that is an ordinary word is that word ("Store owners said").
    if (m.sentenceInitial && m.candidates.some((c) => c.contextual) && isCommonWord(m.text)) {
      dropped.add(m);
      continue;
    }
    const contextual = m.candidates.some((c) => c.contextual && !introductions.has(c.entity.entry));
    const usable = m.candidates.filter((c) => {
      if (contextual && !introductions.has(c.entity.entry)) return false;
      if (!isSurnameLike(m.form!, c)) return true;
      return introductions.has(c.entity.entry) || !isCommonWord(m.text);
    });
    // "He said", "in May": an ordinary word that is only the surname of someone never introduced.
    if (!usable.length && isCommonWord(m.text)) {
      dropped.add(m);
      continue;
    }
    let chosen: Form | undefined;
    if (usable.length === 1) chosen = usable[0];
    else if (usable.length > 1) {
      const introduced = usable.filter((c) => introductions.has(c.entity.entry));
      if (introduced.length === 1) chosen = introduced[0];
      else if (introduced.length > 1) {
        let best = -1;
        for (const c of introduced) {
          const before = introductions.get(c.entity.entry)!.filter((at) => at <= m.start);
          const nearest = before.length ? before[before.length - 1] : -1;
          if (nearest > best) {
            best = nearest;
            chosen = c;
          }
        }
      } else {
        // No introduction: only a spelling that names one kind of thing stands (a place, not a person).
        const entries = new Set(usable.map((c) => c.entity.entry));
        if (entries.size === 1) chosen = usable[0];
      }
    }
    if (chosen) {
      m.entity = chosen.entity;
      // One spelling can be both a name and a variant of one entity; its best standing counts.
      let best = KIND_STANDING.length;
      for (const c of m.candidates) {
        if (c.entity.entry !== chosen.entity.entry) continue;
        const standing = KIND_STANDING.indexOf(c.kind);
        if (standing >= 0 && standing < best) best = standing;
      }
      m.kind = KIND_STANDING[best];
    }
  }
  for (const m of unknown) {
    m.form = undefined;
    m.candidates = [];
  }
  if (dropped.size) mentions.splice(0, mentions.length, ...mentions.filter((m) => !dropped.has(m)));
}

/**
 * Whether the draft's own full name with this surname (`unknownStarts`) is the nearest introduction
 * before `offset`, rather than a known person's: a full name the draft introduces beats the knowledge
 * base for that surname from where it stands.
 */
function introducedLater(unknownStarts: number[], candidates: readonly Form[], introductions: Map<Entity['entry'], number[]>, offset: number): boolean {
  const nearest = (starts: readonly number[]) => {
    let before = -1;
    for (const at of starts) if (at <= offset && at > before) before = at;
    return before;
  };
  const ours = nearest(unknownStarts);
  if (ours < 0) return false;
  return ours > nearest(candidates.flatMap((c) => introductions.get(c.entity.entry) ?? []));
}

function indexMentions(mentions: NameMention[], words: ProseWords, runs: NameRun[], ordinary: Set<number>): NameMentions {
  const byEntry = new Map<Entity['entry'], NameMention[]>();
  const unknown: NameMention[] = [];
  for (const m of mentions) {
    if (m.entity) {
      const list = byEntry.get(m.entity.entry) ?? [];
      list.push(m);
      byEntry.set(m.entity.entry, list);
    } else if (!m.form) {
      unknown.push(m);
    }
  }
  const firstEndingAtOrAfter = (offset: number) => {
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid].end < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    mentions,
    unknown,
    words,
    runs,
    ordinary: (i) => ordinary.has(i),
    at(offset) {
      const i = firstEndingAtOrAfter(offset);
      const m = mentions[i];
      return m && m.start <= offset && offset <= m.end ? m : undefined;
    },
    between(start, end) {
      const found: NameMention[] = [];
      for (let i = firstEndingAtOrAfter(start + 1); i < mentions.length && mentions[i].start < end; i++) found.push(mentions[i]);
      return found;
    },
    of(entry) {
      return byEntry.get(entry) ?? [];
    },
  };
}

// One scan per draft and knowledge base (the stylebook's knowledge differs from the built-in one).
const perKnowledge = defineLayer('name mentions', () => new WeakMap<Knowledge, NameMentions>());

/** The proper-name mentions of a draft, matched against the context's knowledge base. */
export function nameMentionsOf(context: Pick<CheckContext, 'doc' | 'knowledge'>): NameMentions {
  const cache = perKnowledge(context.doc);
  let found = cache.get(context.knowledge);
  if (!found) {
    found = scan(context.doc, context.knowledge);
    cache.set(context.knowledge, found);
  }
  return found;
}
