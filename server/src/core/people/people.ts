// The people of a draft: who is introduced (with a full name, usually with a title), and every later
// reference to them, resolved the way a reader resolves it: full name → surname → pronoun (the most
// recent compatible person) → title phrase ("the secretary of state"). Speakers of quotations, name
// spelling and title checks all read this one layer.
//
//   const people = peopleOf(context);
//   people.persons      every person, in order of first mention, with their mentions
//   people.mentions     every mention, in document order: { start, end, text, kind, person, inQuote }
//   people.mentionAt(o) the mention covering offset o
//
// People build on the names layer (core/names): its words, its runs of capitalised words and the
// knowledge-base entities it resolves them to. This layer decides which of those names are people
// (and where a title before the name ends), then resolves what names alone cannot: surnames of
// people no list knows, pronouns and title phrases.
import type { CheckContext } from '../checks/check';
import type { DraftDocument } from '../document';
import type { Knowledge, Person } from '../knowledge';
import { nameMentionsOf, type NameMention, type NameMentions } from '../names/mentions';
import { isSlip, transliterated } from '../names/similarity';
import { nameSpellingsOf, type NameSpellings } from '../names/spellings';
import { NAME_PARTICLES, tokensOf, type Token, type Tokens } from '../names/words';
import { outerSentencesOf, type OuterSentence } from '../quotes/sentences';
import { REPORTING_VERBS } from '../quotes/lexicon';
import { officeIndex, type OfficeIndex } from '../titles/offices';
import type { Span } from '../types';
import {
  COMMON_CAPITALISED, HONORIFIC_PRONOUN, NAME_SUFFIXES, NON_PERSON_HEADS, OTHER_PRONOUNS,
  RELATIVES, SUBJECT_PRONOUNS, TITLE_HEADS, TITLE_WORDS,
} from './lexicon';
import { defineContextLayer } from '../contextLayer';
import { firstStartingAtOrAfter } from '../spans';

export type Pronoun = 'he' | 'she';

/**
 * How a mention names its person: `name` the full name ("Marco Rubio", also a known variant),
 * `surname` a second reference ("Rubio", "Mr Rubio", a misspelt "Rubbio"), `pronoun` (he, his, her),
 * `title` a title phrase standing for the person ("the secretary of state", "Merz, the German chancellor").
 */
export type MentionKind = 'name' | 'surname' | 'pronoun' | 'title';

export interface PersonMention extends Span {
  text: string;
  kind: MentionKind;
  person: DraftPerson;
  /** Inside a quotation: the speaker's words, not the writer's. */
  inQuote: boolean;
  paragraph: number;
  /** For a `title` mention: whether the title matched one the person was given, or only recency chose them. */
  basis?: 'title' | 'office' | 'apposition' | 'recent';
}

export interface PersonTitle extends Span {
  /** The words of the title as written ("US Secretary of State", "a transportation analyst at Calloway & Finch"). */
  text: string;
  /** Written before the name ("Mayor Dana Kowalczyk") or in apposition ("Abernathy, an analyst"). */
  position: 'before' | 'apposition';
}

export interface DraftPerson {
  /** Stable within the draft: the knowledge-base id, else the full name. */
  key: string;
  /** The full name: the knowledge base's canonical spelling, else as the draft introduces the person. */
  name: string;
  surname: string;
  pronoun: Pronoun | null;
  /** The knowledge-base entry, when the person is known. */
  knowledge: Person | null;
  titles: PersonTitle[];
  mentions: PersonMention[];
}

export interface NamedThing extends Span {
  text: string;
  kind: 'organisation' | 'place' | 'other';
}

export interface People {
  persons: DraftPerson[];
  mentions: PersonMention[];
  /** Capitalised names that are not people (organisations, places, works), in document order. */
  others: NamedThing[];
  mentionAt(offset: number): PersonMention | undefined;
  /** Mentions starting in [start, end). */
  mentionsIn(start: number, end: number): PersonMention[];
  /** The person a title phrase written at `offset` stands for ("the foreign minister"), if any. */
  resolveTitle(phrase: string, offset: number, fallbackToRecent: boolean): { person: DraftPerson; basis: NonNullable<PersonMention['basis']> } | undefined;
  /** The person a pronoun at `offset` most likely refers to. */
  resolvePronoun(pronoun: Pronoun | null, offset: number): DraftPerson | undefined;
}

const PREFIXED = /^(?:al|el|ad|ash|as|at|an|ar|az|bin|ben|abu|ibn|d|o)[-'’]\p{Lu}/u;
const POSSESSIVE = /(?:['’]s|['’])$/;
const UPPER_START = /^\p{Lu}/u;
/** Blanks with one line break: in a paragraph, a space. */
const LINE_BREAK = /^[ \t]*(?:\r\n|\r|\n)[ \t]*$/;
/** Abbreviations whose full stop does not end the phrase ("Mr. Rubio", "Gen. Dan Caine"). */
const ABBREVIATION = /^(?:mr|mrs|ms|dr|st|gen|sen|rep|gov|lt|col|capt|sgt|prof|rev|jr|sr)$/;

interface KnowledgeIndex {
  adjectives: Set<string>;
  /** The office kind each title names ("secretary of state" → foreign-minister). */
  offices: Map<string, string | undefined>;
  /** Aliases of every office kind, lower-case, for finding the office a title names. */
  officeAliases: Array<{ office: string; alias: string }>;
}
const knowledgeIndexes = new WeakMap<Knowledge, KnowledgeIndex>();

/** What this layer reads from the knowledge base, indexed once per knowledge base. */
function indexKnowledge(knowledge: Knowledge): KnowledgeIndex {
  let index = knowledgeIndexes.get(knowledge);
  if (!index) {
    const adjectives = new Set<string>();
    for (const entry of [...knowledge.places, ...knowledge.organisations]) {
      for (const adjective of entry.adjectives ?? []) adjectives.add(adjective);
    }
    const officeAliases: KnowledgeIndex['officeAliases'] = [];
    for (const [office, info] of Object.entries(knowledge.offices.kinds)) {
      for (const alias of [info.title, ...info.aliases]) officeAliases.push({ office, alias: alias.toLowerCase() });
    }
    index = { adjectives, offices: new Map(), officeAliases };
    knowledgeIndexes.set(knowledge, index);
  }
  return index;
}

/** The people of the draft, computed once per draft version, knowledge base and article date. */
export const peopleOf: (context: CheckContext) => People = defineContextLayer('people', (context) => new PeopleBuilder(context).build());

/**
 * Mentions in document order while they are being found: the ones of earlier passes in one sorted
 * list, the ones of the current pass (found in document order too) in another, so that adding one
 * never shifts the others and lookups see both.
 */
class MentionList {
  done: PersonMention[] = [];
  private current: PersonMention[] = [];

  add(mention: PersonMention): void {
    const list = this.current;
    if (!list.length || list[list.length - 1].start <= mention.start) list.push(mention);
    else list.splice(firstStartingAtOrAfter(list, mention.start + 1), 0, mention);
  }

  /** Ends a pass: its mentions join the sorted list. */
  commit(): PersonMention[] {
    if (this.current.length) {
      this.done = merge(this.done, this.current);
      this.current = [];
    }
    return this.done;
  }

  /** The mentions starting in [start, end), in document order, in `into` (emptied first). */
  collect(start: number, end: number, into: PersonMention[]): PersonMention[] {
    into.length = 0;
    const a = this.done;
    const b = this.current;
    let i = firstStartingAtOrAfter(a, start);
    let j = b.length ? firstStartingAtOrAfter(b, start) : 0;
    while (true) {
      const x = i < a.length && a[i].start < end ? a[i] : undefined;
      const y = j < b.length && b[j].start < end ? b[j] : undefined;
      if (!x) {
        if (!y) return into;
        into.push(y);
        j++;
      } else if (!y || x.start <= y.start) {
        into.push(x);
        i++;
      } else {
        into.push(y);
        j++;
      }
    }
  }

  /** The first mention starting at or after `offset`. */
  firstFrom(offset: number): PersonMention | undefined {
    const a = this.done[firstStartingAtOrAfter(this.done, offset)];
    const b = this.current[firstStartingAtOrAfter(this.current, offset)];
    if (!a) return b;
    if (!b) return a;
    return b.start < a.start ? b : a;
  }

  /** The last mention starting before `offset` that is not inside a quotation. */
  lastOutsideQuotesBefore(offset: number): PersonMention | undefined {
    return later(lastOutside(this.done, offset), lastOutside(this.current, offset));
  }

  /** The mention covering `offset`. */
  covering(offset: number): PersonMention | undefined {
    for (const list of [this.done, this.current]) {
      const i = firstStartingAtOrAfter(list, offset + 1) - 1;
      if (i >= 0 && list[i].start <= offset && offset < list[i].end) return list[i];
    }
    return undefined;
  }
}

function lastOutside(list: PersonMention[], offset: number): PersonMention | undefined {
  for (let i = firstStartingAtOrAfter(list, offset) - 1; i >= 0; i--) if (!list[i].inQuote) return list[i];
  return undefined;
}

function later(a: PersonMention | undefined, b: PersonMention | undefined): PersonMention | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.start > a.start ? b : a;
}

function merge(a: PersonMention[], b: PersonMention[]): PersonMention[] {
  const result: PersonMention[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) result[k++] = a[i].start <= b[j].start ? a[i++] : b[j++];
  while (i < a.length) result[k++] = a[i++];
  while (j < b.length) result[k++] = b[j++];
  return result;
}

/** , . ; : ! ? " “ ”: what ends a title phrase between its words. */
const PHRASE_BREAKS: ReadonlySet<number> = new Set([44, 46, 59, 58, 33, 63, 34, 0x201c, 0x201d]);
/** The same without the comma: what ends the clause between a title phrase and its verb. */
const CLAUSE_BREAKS: ReadonlySet<number> = new Set([46, 59, 58, 33, 63, 34, 0x201c, 0x201d]);

class PeopleBuilder {
  private readonly doc: DraftDocument;
  private readonly prose: string;
  private readonly knowledge: Knowledge;
  private readonly kb: KnowledgeIndex;
  private readonly offices: OfficeIndex;
  private readonly names: NameMentions;
  private readonly tokens: Tokens;
  /** For each word of the names layer, the token it belongs to. */
  private readonly tokenOfWord: Int32Array;
  /** Tokens that start with a capital, or with a prefix before one ("al-Hayya", "d'Estaing"). */
  private readonly caps: Uint8Array;
  private readonly persons: DraftPerson[] = [];
  private readonly byKey = new Map<string, DraftPerson>();
  private readonly bySurname = new Map<string, DraftPerson[]>();
  /** People the draft introduces by full name, by their given name (lower-case): features call people by it ("Marisa said"). */
  private readonly byGiven = new Map<string, DraftPerson[]>();
  private readonly personMentions = new Map<DraftPerson, MentionList>();
  private readonly mentions = new MentionList();
  private readonly others: NamedThing[] = [];
  private readonly claimed = new Set<number>(); // token indexes already part of a mention
  private readonly sentences: ReturnType<typeof outerSentencesOf>;
  private readonly votes = new Map<DraftPerson, { he: number; she: number }>();
  private readonly roles = new Map<Person, ReturnType<Knowledge['rolesOn']>>();
  /** The mentions of the sentence being looked at, reused from one look to the next. */
  private readonly nearby: PersonMention[] = [];

  constructor(private readonly context: CheckContext) {
    this.doc = context.doc;
    this.prose = context.doc.prose;
    this.knowledge = context.knowledge;
    this.kb = indexKnowledge(context.knowledge);
    this.offices = officeIndex(context.knowledge);
    this.names = nameMentionsOf(context);
    const tokens = tokensOf(context.doc);
    this.tokens = tokens;
    this.tokenOfWord = tokens.tokenOfWord;
    this.caps = new Uint8Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      this.caps[i] = tokens.cap(i) || (tokens.firstWord[i] !== tokens.lastWord[i] && PREFIXED.test(tokens.text[i])) ? 1 : 0;
    }
    this.sentences = outerSentencesOf(context.doc);
  }

  build(): People {
    this.findFullNames();
    this.mentions.commit();
    this.findSurnames();
    this.commit();
    this.findAppositiveTitles();
    this.commit();
    // Title phrases that match someone's title first; pronouns next; then the title phrases only
    // recency can resolve, which may need the pronouns ("He said … the foreign minister added").
    this.findTitlePhrases(false);
    this.commit();
    this.inferPronouns();
    this.findPronouns();
    this.commit();
    this.findTitlePhrases(true);
    const mentions = this.commit();
    for (const person of this.persons) person.mentions = this.personMentions.get(person)!.commit();
    const persons = this.persons;
    const others = this.others.sort((a, b) => a.start - b.start);
    const builder = this;
    return {
      persons,
      mentions,
      others,
      mentionAt(offset) {
        const i = firstStartingAtOrAfter(mentions, offset + 1) - 1;
        const m = mentions[i];
        return m && m.start <= offset && offset < m.end ? m : undefined;
      },
      mentionsIn(start, end) {
        const result: PersonMention[] = [];
        for (let i = firstStartingAtOrAfter(mentions, start); i < mentions.length && mentions[i].start < end; i++) result.push(mentions[i]);
        return result;
      },
      resolveTitle: (phrase, offset, fallback) => builder.resolveTitle(phrase, offset, fallback),
      resolvePronoun: (pronoun, offset) => builder.antecedent(pronoun, offset),
    };
  }

  private commit(): PersonMention[] {
    for (const list of this.personMentions.values()) list.commit();
    return this.mentions.commit();
  }

  // --- tokens -------------------------------------------------------------------------------

  /** The characters between two tokens, when they belong to the same name (a space, or ". " after an initial). */
  private joins(a: Token, b: Token): boolean {
    if (a.paragraph !== b.paragraph || a.inQuote !== b.inQuote) return false;
    if (b.start === a.end + 1 && this.prose.charCodeAt(a.end) === 32) return true;
    if (b.start === a.end && (a.marker || b.marker)) return true; // "then-Secretary", "President-elect"
    if (b.start <= a.end) return false;
    // Read in place: most pairs are neither, and this runs for nearly every capitalised word.
    const prose = this.prose;
    // "John F. Kennedy", "Mr. Rubio", "Dr. Raman"
    if (prose.charCodeAt(a.end) === 46 /* . */) {
      if (!(a.text.length === 1 || ABBREVIATION.test(a.lower))) return false;
      if (b.start === a.end + 2 && prose.charCodeAt(a.end + 1) === 32) return true;
      return this.lineBreakBetween(a.end + 1, b.start);
    }
    // A line break inside a paragraph is a space (a hard-wrapped "Foreign\nMinister Rubio").
    return this.lineBreakBetween(a.end, b.start);
  }

  /** Whether prose[from, to) is blanks with one line break. */
  private lineBreakBetween(from: number, to: number): boolean {
    let newline = false;
    for (let i = from; i < to && !newline; i++) {
      const c = this.prose.charCodeAt(i);
      newline = c === 10 || c === 13;
    }
    return newline && LINE_BREAK.test(this.prose.slice(from, to));
  }

  // --- full names ---------------------------------------------------------------------------

  /** Every run of capitalised words the names layer found, read for a person's name and the title before it. */
  private findFullNames(): void {
    for (const run of this.names.runs) {
      let i = this.tokenOfWord[run.first];
      const j = this.tokenOfWord[run.last];
      // A run holds tokens joined the way names are; ". " ends it unless after an initial ("U.S." is two words).
      for (let k = i + 1; k <= j; k++) {
        if (!this.joins(this.tokens.get(k - 1), this.tokens.get(k))) {
          this.readRun(i, k - 1);
          i = k;
        }
      }
      this.readRun(i, j);
    }
  }

  /** A run of capitalised tokens [i..j]: a person's name with the title before it, or something else. */
  private readRun(i: number, j: number): void {
    const tokens = this.tokens;
    // The name is the end of the run; titles and sentence openers come first ("But US Secretary of State Marco Rubio").
    // Read from the token arrays: most runs name no one, and their tokens need no objects.
    let first = j;
    while (first > i) {
      const previous = first - 1;
      if (this.caps[previous]) {
        const bare = tokens.lower[previous].replace(POSSESSIVE, '');
        if (TITLE_WORDS.has(bare) || COMMON_CAPITALISED.has(bare) || this.kb.adjectives.has(tokens.text[previous])) break;
        if (POSSESSIVE.test(tokens.text[previous])) break; // "Trump's envoy Steve Witkoff"
      }
      first--;
    }
    // Skip sentence openers and titles at the start of what remains.
    while (first < j && (COMMON_CAPITALISED.has(tokens.lower[first]) || TITLE_WORDS.has(tokens.lower[first]))) first++;
    const start = tokens.start[first];
    let end = tokens.end[j];
    let text = this.prose.slice(start, end);
    if (POSSESSIVE.test(text)) {
      text = text.replace(POSSESSIVE, '');
      end = start + text.length;
    }
    // A person the knowledge base knows by name, as the names layer resolved it ("He Lifeng"
    // opening a sentence, "Sheikh Mohammed bin Abdulrahman Al Thani" with the honorific).
    const known = this.knownPersonIn(tokens.start[i], end);
    if (known) {
      const { mention, person: entry } = known;
      // A spelling of the knowledge base's that takes in a title ("Crown Prince Mohammed bin
      // Salman") names the person; the name is what follows the title, when the base knows it too.
      const bare = mention.start < start && this.lookup(text).some((f) => f.entity.entry === entry && f.kind !== 'surname');
      const nameFirst = bare ? first : this.tokens.firstFrom(mention.start);
      const nameText = bare ? text : mention.text;
      const person = this.personFor(entry);
      // The draft's own full spelling names the person (a known variant such as "Sergei Lavrov").
      if (!person.mentions.length && nameText.includes(' ')) person.name = nameText;
      this.addMention(person, { start: tokens.get(nameFirst).start, end, text: nameText, kind: 'name' }, tokens.slice(nameFirst, j + 1), this.titleBefore(nameFirst));
      return;
    }
    if (first === j || NAME_PARTICLES.has(tokens.lower[first])) {
      return; // single words are second references, read once every full name is known
    }
    const nameTokens = tokens.slice(first, j + 1);
    const titleBefore = this.titleBefore(first);
    // "Marco Rubi" in a draft that names Marco Rubio: the name checks flag the slip, and until it
    // is fixed the titles and quotations are still his (fixing it must not bring new findings).
    const misspelt = this.misspeltKnownPerson(nameTokens);
    if (misspelt) {
      this.addMention(this.personFor(misspelt), { start, end, text, kind: 'name' }, nameTokens, titleBefore);
      return;
    }
    if (this.knownOther(start, end)) {
      this.other({ start, end, text, kind: 'other' }, first, j);
      return;
    }
    const last = nameTokens[nameTokens.length - 1].lower.replace(POSSESSIVE, '');
    const allCaps = nameTokens.every((t) => t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{L}/u.test(t.text));
    const plausible = !allCaps && nameTokens.every((t) => !COMMON_CAPITALISED.has(t.lower) && !/^\d/.test(t.text)) && nameTokens.length <= 5;
    // A word that usually ends the name of a place or an institution ("Lincoln Park", "Harlan
    // Falls Water Board") is a surname when a person's title stands before the name ("Councilman Ed Park").
    const placeLike = NON_PERSON_HEADS.has(last) && !(isPersonTitle(titleBefore) && nameTokens.length <= 3 && !NON_PERSON_HEADS.has(nameTokens[0].lower));
    if (!plausible || placeLike) {
      if (NON_PERSON_HEADS.has(last)) this.other({ ...this.organisationSpan(i, end), kind: 'organisation' }, first, j);
      return;
    }
    if (!this.hasPersonEvidence(first, j, titleBefore, nameTokens)) {
      this.other({ start, end, text, kind: 'other' }, first, j);
      return;
    }
    const key = text;
    let person = this.byKey.get(key);
    if (!person) {
      const surnameStart = this.surnameStart(nameTokens);
      person = this.newPerson(key, text, this.prose.slice(nameTokens[surnameStart].start, end), null, null);
    }
    this.addMention(person, { start, end, text, kind: 'name' }, nameTokens, titleBefore);
  }

  /** What is not a person's name (tokens [from..to]) is no one's surname either ("Park" of "Lincoln Park"). */
  private other(thing: NamedThing, from: number, to: number): void {
    this.others.push(thing);
    for (let k = from; k <= to; k++) this.claimed.add(k);
  }

  /** A knowledge-base person named in full in [start, end), as the names layer matched it. */
  private knownPersonIn(start: number, end: number): { mention: NameMention; person: Person } | undefined {
    for (const mention of this.names.between(start, end)) {
      if (mention.start < start || mention.end !== end) continue;
      const words = mention.words;
      if (mention.entity?.type === 'person' && mention.kind !== 'surname' && this.tokenOfWord[words[0].index] !== this.tokenOfWord[words[words.length - 1].index]) {
        return { mention, person: mention.entity.entry };
      }
    }
    return undefined;
  }

  /** Whether the name [start, end) or its first word is a place or an organisation the knowledge base knows. */
  private knownOther(start: number, end: number): boolean {
    const mention = this.names.at(start);
    if (!mention || mention.start !== start || mention.end > end) return false;
    return mention.candidates.some((form) => form.entity.type !== 'person');
  }

  /** An organisation's whole name, over "and", "of", "for" ("The Hostages and Missing Families Forum"). */
  private organisationSpan(i: number, end: number): Span & { text: string } {
    let k = i;
    while (k >= 2 && /^(?:and|of|for|&)$/.test(this.tokens.get(k - 1).lower) && this.caps[this.tokens.get(k - 2).index]
      && this.prose.slice(this.tokens.get(k - 2).end, this.tokens.get(k).start).trim() === this.tokens.get(k - 1).text) {
      k -= 2;
      while (k > 0 && this.caps[this.tokens.get(k - 1).index] && this.joins(this.tokens.get(k - 1), this.tokens.get(k))) k--;
    }
    const start = this.tokens.get(k).start;
    return { start, end, text: this.prose.slice(start, end) };
  }

  /** Where the surname starts: the last word with its particles ("von der Leyen", "al-Hayya"). */
  private surnameStart(nameTokens: Token[]): number {
    let s = nameTokens.length - 1;
    while (s > 1 && NAME_SUFFIXES.has(nameTokens[s].lower)) s--;
    while (s > 1 && NAME_PARTICLES.has(nameTokens[s - 1].lower)) s--;
    return s;
  }

  /** Whether a capitalised run that no knowledge names is a person: the way news copy introduces people. */
  private hasPersonEvidence(first: number, j: number, titleBefore: PersonTitle | null, nameTokens: Token[]): boolean {
    if (titleBefore) return true;
    const after = this.prose.slice(this.tokens.get(j).end, this.tokens.get(j).end + 40);
    if (/^,\s+(?:who|whose|a|an|the|his|her|its|their|one|now|then|also|himself|herself|\d+)\b/.test(after)) return true;
    const appositive = /^,\s+([\p{L}-]+(?:['’]s?)?)(?:\s+([\p{L}-]+))?(?:\s+([\p{L}-]+))?/u.exec(after);
    if (appositive && appositive.slice(1).some((w) => w && TITLE_HEADS.has(w.toLowerCase()))) return true;
    const verb = /^(?:\s+(?:also|later|then|again|earlier|previously|has|had|have|will|would))?\s+(\p{L}+)/u.exec(after);
    if (verb && REPORTING_VERBS.has(verb[1].toLowerCase())) return true;
    const before = this.prose.slice(Math.max(0, this.tokens.get(first).start - 40), this.tokens.get(first).start);
    const relative = /(\p{L}+),\s*$/u.exec(before);
    if (relative && (RELATIVES.has(relative[1].toLowerCase()) || TITLE_HEADS.has(relative[1].toLowerCase()))) return true;
    if (/\b(?:said|says|according to|by|with)\s*$/i.test(before) && nameTokens.length >= 2) return true;
    // The surname used alone elsewhere in the draft: the sign of a second reference.
    const surname = nameTokens[nameTokens.length - 1].text.replace(POSSESSIVE, '');
    if ((this.aloneCounts().get(surname) ?? 0) > 0) return true;
    // Or the given name alone as a speaker, as features call people ("Odile said").
    return this.speakingWords().has(nameTokens[0].text);
  }

  private speaking?: Set<string>;

  /** Capitalised words written right before a reporting verb ("Odile said", "Odile says"). */
  private speakingWords(): Set<string> {
    if (!this.speaking) {
      this.speaking = new Set();
      const tokens = this.tokens;
      for (let i = 0; i + 1 < tokens.length; i++) {
        if (this.caps[i] && REPORTING_VERBS.has(tokens.lower[i + 1]) && tokens.start[i + 1] === tokens.end[i] + 1) this.speaking.add(tokens.text[i]);
      }
    }
    return this.speaking;
  }

  private alone?: Map<string, number>;

  /** How often each capitalised word stands alone (not right after another capitalised word). */
  private aloneCounts(): Map<string, number> {
    if (!this.alone) {
      this.alone = new Map();
      for (let i = 0; i < this.tokens.length; i++) {
        if (!this.caps[i]) continue;
        if (i > 0 && this.caps[i - 1] && this.joins(this.tokens.get(i - 1), this.tokens.get(i))) continue;
        const text = this.tokens.text[i];
        const key = POSSESSIVE.test(text) ? text.replace(POSSESSIVE, '') : text;
        this.alone.set(key, (this.alone.get(key) ?? 0) + 1);
      }
    }
    return this.alone;
  }

  /** The title written right before a name: capitalised in the run, or lower-case words before it ("national security adviser"). */
  private titleBefore(first: number): PersonTitle | null {
    const tokens = this.tokens;
    let k = first;
    while (k > 0) {
      const previous = tokens.get(k - 1);
      const bare = previous.lower.replace(POSSESSIVE, '');
      if (!this.joins(previous, tokens.get(k))) break;
      const titleish = TITLE_WORDS.has(bare) || this.kb.adjectives.has(previous.text) || (this.caps[previous.index] && !COMMON_CAPITALISED.has(bare))
        || (TITLE_WORDS.has(tokens.get(k).lower) && /^[\p{L}-]+$/u.test(previous.text) && !COMMON_CAPITALISED.has(bare) && first - k < 4 && bare.length > 2 && !/(?:ed|ing|ly)$/.test(bare));
      if (!titleish) break;
      if (first - k >= 6) break;
      k--;
    }
    // Leading connectors are not part of the title ("of State" needs "Secretary").
    while (k < first && /^(?:of|for|the|and)$/.test(tokens.get(k).lower)) k++;
    if (k === first) return null;
    const words = tokens.slice(k, first);
    if (!words.some((t) => TITLE_HEADS.has(t.lower.replace(POSSESSIVE, '')) || HONORIFIC_PRONOUN.get(t.lower) || TITLE_WORDS.has(t.lower))) return null;
    return { start: words[0].start, end: words[words.length - 1].end, text: this.prose.slice(words[0].start, words[words.length - 1].end), position: 'before' };
  }

  private personFor(known: Person): DraftPerson {
    return this.byKey.get(known.id) ?? this.newPerson(known.id, known.name, known.surname, known, known.pronouns === 'they' ? null : known.pronouns);
  }

  private newPerson(key: string, name: string, surname: string, knowledge: Person | null, pronoun: Pronoun | null): DraftPerson {
    const person: DraftPerson = { key, name, surname, pronoun, knowledge, titles: [], mentions: [] };
    this.persons.push(person);
    this.byKey.set(key, person);
    const lower = surname.toLowerCase();
    const list = this.bySurname.get(lower);
    if (list) list.push(person);
    else this.bySurname.set(lower, [person]);
    this.personMentions.set(person, new MentionList());
    return person;
  }

  private addMention(person: DraftPerson, span: Span & { text: string; kind: MentionKind; basis?: PersonMention['basis'] }, tokens: Token[], title: PersonTitle | null): PersonMention {
    const first = tokens[0];
    const mention: PersonMention = {
      start: span.start, end: span.end, text: span.text, kind: span.kind, person, inQuote: first?.inQuote ?? false,
      paragraph: first?.paragraph ?? this.doc.paragraphAt(span.start)?.index ?? 0, basis: span.basis,
    };
    this.mentions.add(mention);
    this.personMentions.get(person)!.add(mention);
    if (span.kind === 'name' && !mention.inQuote) this.noteGivenName(person, span.text);
    // `mentions` of a person in the making: what was found so far, for "introduced first" and "named before".
    person.mentions.push(mention);
    for (const t of tokens) this.claimed.add(t.index);
    if (title && !mention.inQuote) {
      person.titles.push(title);
      const honorific = title.text.split(/\s+/).map((w) => HONORIFIC_PRONOUN.get(w.toLowerCase().replace(/\.$/, ''))).find(Boolean);
      if (honorific && !person.pronoun) person.pronoun = honorific;
    }
    return mention;
  }

  // --- second references --------------------------------------------------------------------

  private findSurnames(): void {
    const tokens = this.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (!this.caps[i] || this.claimed.has(i)) continue;
      // "He said", "He's", "in May": the names layer reads these as ordinary words here.
      if ((tokens.firstWord[i] === tokens.lastWord[i] || POSSESSIVE.test(tokens.text[i])) && this.names.ordinary(tokens.firstWord[i])) continue;
      // A surname with particles, possibly capitalised at a sentence start ("Von der Leyen said").
      let j = i;
      while (j + 2 < tokens.length && NAME_PARTICLES.has(tokens.lower[j + 1]) && this.joins(tokens.get(j), tokens.get(j + 1)) && this.joins(tokens.get(j + 1), tokens.get(j + 2)) && (this.caps[j + 2] || NAME_PARTICLES.has(tokens.lower[j + 2]))) j += 2;
      if (NAME_PARTICLES.has(tokens.lower[i]) && j === i) continue;
      const start = tokens.start[i];
      let text = j === i ? tokens.text[i] : this.prose.slice(start, tokens.end[j]);
      let end = tokens.end[j];
      if (POSSESSIVE.test(text)) {
        const surname = text.replace(POSSESSIVE, '');
        end -= text.length - surname.length;
        text = surname;
      }
      // Most capitalised words are no one's surname: the token is made only for one that is.
      const person = this.personBySurname(text, tokens.text[i], i);
      if (!person) continue;
      const token = tokens.get(i);
      // The courtesy title before a surname gives the pronoun ("Ms Cooper").
      const previous = tokens.get(i - 1);
      const honorific = previous && this.joins(previous, token) ? HONORIFIC_PRONOUN.get(previous.lower) : undefined;
      if (honorific && !person.pronoun) person.pronoun = honorific;
      const title = this.titleBeforeSurname(i);
      this.addMention(person, { start, end, text, kind: 'surname' }, tokens.slice(i, j + 1), title);
      i = j;
    }
  }

  /** The title written right before the surname at token `i` ("President Biden"), if any. */
  private titleBeforeSurname(i: number): PersonTitle | null {
    // Asked twice for a surname that names someone (to choose the person, then for the mention).
    if (this.titleBeforeAt?.index === i) return this.titleBeforeAt.title;
    const previous = this.tokens.get(i - 1);
    const title = previous && this.joins(previous, this.tokens.get(i)) && TITLE_WORDS.has(previous.lower) ? this.titleBefore(i) : null;
    this.titleBeforeAt = { index: i, title };
    return title;
  }

  private titleBeforeAt?: { index: number; title: PersonTitle | null };

  /** A person's surname in lower case, made once per person (read for every capitalised word no list knows). */
  private lowerSurname(person: DraftPerson): string {
    let lower = this.lowerSurnames.get(person);
    if (lower === undefined) this.lowerSurnames.set(person, (lower = person.surname.toLowerCase()));
    return lower;
  }

  private readonly lowerSurnames = new Map<DraftPerson, string>();

  /**
   * The person a bare surname at token `i` names. `written`: the whole token, possessive and all. A
   * title before the surname picks among the people of that surname ("first lady Jill Biden …
   * President Biden"): the one the draft gave that title, else the known person who holds or held
   * it; a title that fits none of them leaves the surname to no one.
   */
  private personBySurname(text: string, written: string, i = -1): DraftPerson | undefined {
    const lower = text.toLowerCase();
    const bySurname = this.bySurname.get(lower);
    // Read only when it can choose among people (most capitalised words name no one).
    const title = bySurname?.length && i > 0 ? this.titleBeforeSurname(i) : null;
    if (bySurname?.length && title && !isCourtesy(title.text)) {
      const head = titleHead(title.text);
      const given = bySurname.filter((p) => p.titles.some((t) => titleHead(t.text) === head));
      if (given.length === 1) return given[0];
      if (!given.length) {
        // Someone of that surname the knowledge base knows in that office; else no one the draft names.
        const known = this.knownBySurname(text).find((p) => this.officeFits(p, title.text));
        if (known) return this.personFor(known);
        // Two namesakes, or one named by relation ("first lady"), and the title fits neither: someone else.
        const relational = bySurname.length === 1 && bySurname[0].titles.some((t) => RELATIONAL_TITLE.test(t.text.trim()));
        if ((bySurname.length > 1 || relational) && bySurname.every((p) => p.titles.length > 0)) return undefined;
      }
    }
    if (bySurname?.length === 1) return bySurname[0];
    if (bySurname && bySurname.length > 1) {
      // Two people share a surname (a father and a daughter): the bare surname is the one the story
      // is about, introduced first; the other is named in full.
      let first = bySurname[0];
      for (const p of bySurname) if (p.mentions[0].start < first.mentions[0].start) first = p;
      return first;
    }
    // The given name of someone the draft introduced in full, and of no one else ("Marisa said"),
    // unless the names layer reads the word as a place or an organisation here.
    // It comes after the introduction, and is not the start of a longer name ("James A. Baker").
    if (!bySurname?.length && i >= 0) {
      const byGiven = this.byGiven.get(lower);
      const entity = this.names.at(this.tokens.start[i])?.entity;
      const next = this.tokens.get(i + 1);
      const longer = !!next && this.caps[i + 1] === 1 && /^[ \t]+$|^\.[ \t]+$/.test(this.prose.slice(this.tokens.end[i], next.start));
      const introduced = byGiven?.length === 1 && byGiven[0].mentions.some((m) => m.kind === 'name' && m.end <= this.tokens.start[i]);
      if (introduced && !longer && (!entity || entity.type === 'person')) return byGiven[0];
    }
    // A person the knowledge base knows by this surname or spelling.
    const forms = this.lookup(text);
    if (!forms.length) return this.unknownSurname(text, lower, written);
    const people: Person[] = [];
    for (const form of forms) if (form.entity.type === 'person' && !people.includes(form.entity.entry)) people.push(form.entity.entry);
    // A known person never introduced in the draft: only someone in office on the article date
    // ("Putin said"), not every past holder of a common surname ("Johnson").
    if (people.length === 1 && (this.byKey.has(people[0].id) || this.rolesOf(people[0]).length)) return this.personFor(people[0]);
    if (people.length > 1) {
      const inDraft = people.map((p) => this.byKey.get(p.id)).filter((p): p is DraftPerson => !!p);
      if (inDraft.length === 1) return inDraft[0];
      return undefined;
    }
    return undefined; // a place or an organisation
  }

  /** Records the given name of a full name ("Marisa" of "Marisa Quell"; none for "Xi Jinping", surname first). */
  private noteGivenName(person: DraftPerson, name: string): void {
    const words = name.split(/\s+/);
    if (words.length < 2) return;
    const given = words[0].toLowerCase();
    if (given.length < 3 || /\.$/.test(given) || given === person.surname.toLowerCase() || person.surname.toLowerCase().startsWith(`${given} `)) return;
    if (NAME_PARTICLES.has(given) || COMMON_CAPITALISED.has(given) || TITLE_WORDS.has(given)) return;
    const list = this.byGiven.get(given);
    if (!list) this.byGiven.set(given, [person]);
    else if (!list.includes(person)) list.push(person);
  }

  /** The knowledge-base people with this surname (or spelling). */
  private knownBySurname(text: string): Person[] {
    const people: Person[] = [];
    for (const form of this.lookup(text)) if (form.entity.type === 'person' && !people.includes(form.entity.entry)) people.push(form.entity.entry);
    return people;
  }

  /** Whether a known person held, at any time, the office a title names. */
  private officeFits(person: Person, title: string): boolean {
    const office = this.officeOf(title.toLowerCase());
    if (!office) return false;
    return person.roles.some((role) => role.office === office);
  }

  /**
   * The knowledge-base person a full name no list knows stands for, when the name checks read its
   * surname as a misspelling of that person's (the same family of spellings) and the given names agree.
   */
  private misspeltKnownPerson(nameTokens: Token[]): Person | undefined {
    const surname = nameTokens[nameTokens.length - 1];
    this.spellings ??= nameSpellingsOf(this.context);
    const entity = this.spellings.familyAt(surname.start)?.family.entity;
    if (entity?.type !== 'person') return undefined;
    const given = this.prose.slice(nameTokens[0].start, nameTokens[nameTokens.length - 2].end);
    return entity.entry.name.startsWith(`${given} `) ? entity.entry : undefined;
  }

  /** A surname no list knows: someone the draft introduced, spelled with one slip. */
  private unknownSurname(text: string, lower: string, written: string): DraftPerson | undefined {
    const bare = lower.replace(POSSESSIVE, '');
    if (COMMON_CAPITALISED.has(bare) || TITLE_WORDS.has(bare) || NON_PERSON_HEADS.has(bare) || this.kb.adjectives.has(text)) return undefined;
    if (written.length > 1 && written === written.toUpperCase()) return undefined;
    // A misspelt second reference ("Kowalcyk" for Kowalczyk): one slip in a long surname.
    // Or the surname with or without its diacritics ("Mueller" for Müller).
    if (text.length < 4 || text.includes(' ')) return undefined;
    let near: DraftPerson | undefined;
    for (const p of this.persons) {
      if (p.surname.includes(' ') || !(isSlip(this.lowerSurname(p), lower) || transliterated(p.surname, text))) continue;
      if (near) return undefined;
      near = p;
    }
    return near;
  }

  private lookup(text: string) {
    const forms = this.knowledge.lookup(text);
    if (forms.length) return forms;
    // "Von der Leyen" at the start of a sentence.
    const lowered = text[0].toLowerCase() + text.slice(1);
    return lowered !== text ? this.knowledge.lookup(lowered) : forms;
  }

  private rolesOf(person: Person): ReturnType<Knowledge['rolesOn']> {
    let roles = this.roles.get(person);
    if (!roles) this.roles.set(person, (roles = this.knowledge.rolesOn(person, this.context.articleDate)));
    return roles;
  }

  // --- titles in apposition -----------------------------------------------------------------

  private findAppositiveTitles(): void {
    for (const mention of this.mentions.done) {
      if (mention.inQuote || (mention.kind !== 'name' && mention.kind !== 'surname')) continue;
      const paragraph = this.doc.paragraphs[mention.paragraph];
      // "Solheim, the company's chief financial officer," · "Ruth Abernathy, a transportation analyst at …,"
      if (this.prose.charCodeAt(mention.end) === 44 /* , */) {
        const after = this.prose.slice(mention.end, Math.min(paragraph.end, mention.end + 120));
        const match = /^,\s+((?:the|a|an)\s+[^,.;:"“”—]+?)(?=[,.;:"“”—]|$)/u.exec(after);
        if (match) {
          const phrase = match[1];
          const words = phrase.toLowerCase().split(/\s+/);
          const titleWords = words.filter((w) => TITLE_HEADS.has(w.replace(POSSESSIVE, '')));
          if (titleWords.length && words.length <= 12) {
            const start = mention.end + match[0].indexOf(phrase);
            const title: PersonTitle = { start, end: start + phrase.length, text: phrase, position: 'apposition' };
            mention.person.titles.push(title);
            const definite = /^the\s/i.test(phrase);
            if (definite) {
              this.addMention(mention.person, { start: title.start, end: title.end, text: phrase, kind: 'title', basis: 'apposition' }, [], null);
            }
          }
        }
      }
      // "the union's local president, Luis Ortega" · "his wife, Olena Zelenska"
      let comma = mention.start - 1;
      while (comma > paragraph.start && /\s/.test(this.prose[comma])) comma--;
      if (this.prose.charCodeAt(comma) !== 44) continue;
      const before = this.prose.slice(Math.max(paragraph.start, mention.start - 80), mention.start);
      const prior = /(?:^|[,(;:—]\s*|\b(?:to|by|with|and|from|of|for)\s+)((?:the|a|an|his|her|its|their)\s+[^,.;:"“”—]+?),\s*$/iu.exec(before);
      if (prior) {
        const phrase = prior[1];
        const words = phrase.toLowerCase().split(/\s+/);
        const last = words[words.length - 1];
        if (TITLE_HEADS.has(last) || RELATIVES.has(last)) {
          const start = mention.start - (before.length - before.lastIndexOf(phrase));
          mention.person.titles.push({ start, end: start + phrase.length, text: phrase, position: 'apposition' });
          const honorific = HONORIFIC_PRONOUN.get(last);
          if (honorific && !mention.person.pronoun) mention.person.pronoun = honorific;
        }
      }
    }
  }

  // --- pronouns -----------------------------------------------------------------------------

  /** Learns he or she for people the knowledge base does not know, from the pronouns the draft uses for them. */
  private inferPronouns(): void {
    // No mention is added meanwhile: the ones found so far are all in `done`.
    const mentions = this.mentions.done;
    for (let t = 0; t < this.tokens.length; t++) {
      if (this.tokens.inQuote(t)) continue;
      const lower = this.tokens.lower[t];
      const pronoun = SUBJECT_PRONOUNS.get(lower) ?? OTHER_PRONOUNS.get(lower);
      if (!pronoun) continue;
      const token = this.tokens.get(t);
      const sentence = this.sentences.at(token.start);
      if (!sentence) continue;
      const previous = this.sentences.sentences[sentence.index - 1];
      const from = previous && previous.paragraph === sentence.paragraph ? previous.start : sentence.start;
      let only: DraftPerson | undefined;
      let several = false;
      for (let i = firstStartingAtOrAfter(mentions, from); i < mentions.length && mentions[i].start < token.start; i++) {
        const m = mentions[i];
        if (m.inQuote) continue;
        if (only && only !== m.person) { several = true; break; }
        only = m.person;
      }
      if (!only || several) continue;
      const tally = this.votes.get(only) ?? { he: 0, she: 0 };
      tally[pronoun]++;
      this.votes.set(only, tally);
    }
    for (const [person, tally] of this.votes) {
      if (person.pronoun) continue;
      if (tally.he > tally.she) person.pronoun = 'he';
      else if (tally.she > tally.he) person.pronoun = 'she';
    }
  }

  private findPronouns(): void {
    for (let t = 0; t < this.tokens.length; t++) {
      if (this.tokens.inQuote(t)) continue;
      const lower = this.tokens.lower[t];
      const pronoun = SUBJECT_PRONOUNS.get(lower) ?? OTHER_PRONOUNS.get(lower);
      if (!pronoun) continue;
      const token = this.tokens.get(t);
      const person = this.cataphor(token, pronoun) ?? this.antecedent(pronoun, token.start);
      if (!person) continue;
      this.addMention(person, { start: token.start, end: token.end, text: token.text, kind: 'pronoun' }, [token], null);
    }
  }

  /** "In his nightly address, Zelenskyy said": a possessive in a fronted phrase points at the subject after it. */
  private cataphor(token: Token, pronoun: Pronoun): DraftPerson | undefined {
    if (SUBJECT_PRONOUNS.get(token.lower)) return undefined;
    const sentence = this.sentences.at(token.start);
    if (!sentence) return undefined;
    const limit = Math.min(sentence.end, sentence.start + 81);
    let comma = -1;
    for (let i = token.end; i < limit; i++) {
      if (this.prose.charCodeAt(i) === 44) { comma = i; break; }
    }
    if (comma < 0 || comma > sentence.end || comma - sentence.start > 80) return undefined;
    if (/[.;:"“”]/.test(this.prose.slice(sentence.start, comma))) return undefined;
    let next = comma + 1;
    while (/\s/.test(this.prose[next] ?? '')) next++;
    const m = this.mentions.firstFrom(next);
    if (!m || m.start > next + 60 || m.kind === 'pronoun' || !compatible(m.person, pronoun)) return undefined;
    // Only a title may stand between the comma and the name ("In his address, President Zelenskyy said").
    const between = this.prose.slice(next, m.start).trim().split(/\s+/).filter(Boolean);
    if (between.some((w) => !TITLE_WORDS.has(w.toLowerCase()) && !this.kb.adjectives.has(w))) return undefined;
    return m.person;
  }

  /**
   * The most recent compatible person: in the nearest sentence (this one up to the pronoun, then
   * the ones before) that mentions one, the first such mention, which is usually the subject.
   * `accept`: a further condition on the person (a title phrase's country).
   */
  antecedent(pronoun: Pronoun | null, offset: number, accept?: (person: DraftPerson) => boolean): DraftPerson | undefined {
    let sentence: OuterSentence | undefined = this.sentences.at(offset);
    let limit = offset;
    for (let steps = 0; sentence && steps < 6; steps++) {
      const start = sentence.start;
      let fallback: DraftPerson | undefined;
      for (const m of this.mentions.collect(start, limit, this.nearby)) {
        if (m.inQuote || m.end > limit || !compatible(m.person, pronoun) || (accept && !accept(m.person))) continue;
        if (m.kind === 'pronoun' && !SUBJECT_PRONOUNS.get(m.text.toLowerCase())) continue;
        // A subject outranks a name inside a prepositional phrase or an object ("between Trump and Putin, Rubio said").
        if (!this.isOblique(m, start)) return m.person;
        fallback ??= m.person;
      }
      if (fallback) return fallback;
      sentence = this.sentences.sentences[sentence.index - 1];
      if (sentence) limit = sentence.end;
    }
    return undefined;
  }

  /** Whether a mention sits in a prepositional phrase or is a verb's object: not the sentence's subject. */
  private isOblique(mention: PersonMention, floor: number): boolean {
    const prose = this.prose;
    // The words before the mention, as the whitespace between them separates them, nearest first.
    let end = mention.start;
    for (let steps = 0; steps < 10;) {
      while (end > floor && isSpace(prose.charCodeAt(end - 1))) end--;
      if (end <= floor) return false;
      let start = end;
      while (start > floor && !isSpace(prose.charCodeAt(start - 1))) start--;
      const raw = prose.slice(start, end);
      end = start;
      const word = raw.toLowerCase().replace(/[,;:]$/, '');
      if (/[,;:]$/.test(raw)) return false; // a clause boundary: "…, Rubio said"
      const bare = word.replace(POSSESSIVE, '');
      if (UPPER_START.test(raw) || TITLE_WORDS.has(bare) || OBLIQUE_SKIP.has(bare) || POSSESSIVE.test(word) || this.kb.adjectives.has(raw)) {
        steps++;
        continue;
      }
      if (word === 'and' || word === 'or') { steps++; continue; }
      return OBLIQUE_BEFORE.has(word) || REPORTING_VERBS.has(word);
    }
    return false;
  }

  // --- title phrases ------------------------------------------------------------------------

  private findTitlePhrases(fallbackToRecent: boolean): void {
    // "the secretary of state said", "the mayor added": a title phrase as the subject of a reporting verb.
    const tokens = this.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens.lower[i] !== 'the' || tokens.inQuote(i)) continue;
      for (let h = i + 1; h <= i + 5 && h < tokens.length; h++) {
        if (tokens.paragraph[h] !== tokens.paragraph[i] || !this.plainGap(tokens.end[h - 1], tokens.start[h], PHRASE_BREAKS)) break;
        if (!TITLE_HEADS.has(tokens.lower[h])) continue;
        const head = tokens.get(h);
        let end = h;
        // "of state", "of the treasury"
        if (tokens.get(h + 1)?.lower === 'of' && tokens.get(h + 2)) end = tokens.get(h + 2).lower === 'the' && tokens.get(h + 3) ? h + 3 : h + 2;
        let v = end + 1;
        while (tokens.get(v) && TITLE_PHRASE_ADVERBS.has(tokens.get(v).lower)) v++;
        const verb = tokens.get(v);
        const verbFollows = verb && REPORTING_VERBS.has(verb.lower) && this.plainGap(tokens.get(end).end, verb.start, CLAUSE_BREAKS);
        const ownVerbFollows = !verbFollows && tokens.get(h + 1) && REPORTING_VERBS.has(tokens.get(h + 1).lower) && this.plainGap(head.end, tokens.get(h + 1).start, PHRASE_BREAKS);
        if (!verbFollows && !ownVerbFollows) continue;
        const last = verbFollows ? tokens.get(end) : head;
        const start = tokens.get(i).start;
        if (this.mentions.covering(start)) break;
        const phrase = this.prose.slice(start, last.end);
        const resolved = this.resolveTitle(phrase, start, fallbackToRecent);
        if (resolved) {
          this.addMention(resolved.person, { start, end: last.end, text: phrase, kind: 'title', basis: resolved.basis }, [], null);
        }
        break;
      }
    }
  }

  /** Whether the characters [from, to) hold none of `stops` (character codes; a single space by far the most common). */
  private plainGap(from: number, to: number, stops: ReadonlySet<number>): boolean {
    if (to === from + 1 && this.prose.charCodeAt(from) === 32) return true;
    for (let k = from; k < to; k++) if (stops.has(this.prose.charCodeAt(k))) return false;
    return true;
  }


  resolveTitle(phrase: string, offset: number, fallbackToRecent: boolean): { person: DraftPerson; basis: NonNullable<PersonMention['basis']> } | undefined {
    const words = phrase.toLowerCase().replace(/['’]s\b/g, '').split(/\s+/).filter((w) => w && w !== 'the' && w !== 'of' && !this.isAdjective(w));
    const head = [...words].reverse().find((w) => TITLE_HEADS.has(w)) ?? words[words.length - 1];
    if (!head) return undefined;
    // "the Egyptian leader", "Ukraine's president": only someone of that country or organisation.
    const jurisdiction = this.jurisdictionIn(phrase);
    const fits = (person: DraftPerson) => !jurisdiction || this.belongsTo(person, jurisdiction);
    // 1. Someone the draft gave this title.
    let best: { person: DraftPerson; score: number; at: number } | undefined;
    for (const { person, title } of this.titlesByWord().get(head) ?? []) {
      {
        if (title.first >= offset) continue;
        const titleWords = title.words;
        // Every word of the phrase must be in the title: "the defence minister" is not the draft's
        // foreign minister, though both are ministers.
        if (!titleWords.has(head) || !fits(person) || !words.every((w) => titleWords.has(w))) continue;
        const score = words.length;
        const last = this.lastMentionBefore(offset, person);
        if (last === undefined) continue;
        if (!best || score > best.score || (score === best.score && last > best.at)) best = { person, score, at: last };
      }
    }
    if (best) return { person: best.person, basis: 'title' };
    // 2. Someone whose title (in the draft or the knowledge base) is the same office under another name.
    // The phrase itself, with its "of" ("secretary of state"), not the words stripped for step 1.
    const office = this.officeOf(phrase);
    if (office) {
      let found: { person: DraftPerson; at: number } | undefined;
      for (const person of this.holdersByOffice().get(office) ?? []) {
        const last = this.lastMentionBefore(offset, person);
        if (fits(person) && last !== undefined && (!found || last > found.at)) found = { person, at: last };
      }
      if (found) return { person: found.person, basis: 'office' };
    }
    if (!fallbackToRecent) return undefined;
    // 3. The person the passage is about: the most recent one mentioned; of that country, when it
    // names one, as far as the draft or the knowledge base says ("the NATO chief" is not the mayor).
    const person = this.antecedent(null, offset, jurisdiction ? (p) => this.belongsTo(p, jurisdiction, true) : undefined);
    return person ? { person, basis: 'recent' } : undefined;
  }

  private spellings: NameSpellings | undefined;

  private titleWordIndex: Map<string, Array<{ person: DraftPerson; title: { lower: string; words: Set<string>; first: number } }>> | undefined;
  private officeIndex: Map<string, DraftPerson[]> | undefined;

  /**
   * Every title the draft gave someone, under each of its words (asked once every title is found):
   * a title phrase looks only at the people whose titles share its head word, not at everyone.
   */
  private titlesByWord(): NonNullable<PeopleBuilder['titleWordIndex']> {
    if (!this.titleWordIndex) {
      this.titleWordIndex = new Map();
      for (const person of this.persons) {
        for (const title of this.distinctTitles(person)) {
          for (const word of title.words) {
            const list = this.titleWordIndex.get(word);
            if (list) list.push({ person, title });
            else this.titleWordIndex.set(word, [{ person, title }]);
          }
        }
      }
    }
    return this.titleWordIndex;
  }

  /** The people holding each office, by a title the draft gave them or by the knowledge base on the article date (asked once every title is found). */
  private holdersByOffice(): Map<string, DraftPerson[]> {
    if (!this.officeIndex) {
      this.officeIndex = new Map();
      for (const person of this.persons) {
        const offices = new Set<string>();
        for (const title of this.distinctTitles(person)) {
          const office = this.officeOf(title.lower);
          if (office) offices.add(office);
        }
        if (person.knowledge) for (const role of this.rolesOf(person.knowledge)) if (role.office) offices.add(role.office);
        for (const office of offices) {
          const list = this.officeIndex.get(office);
          if (list) list.push(person);
          else this.officeIndex.set(office, [person]);
        }
      }
    }
    return this.officeIndex;
  }

  private readonly titlesOf = new Map<DraftPerson, Array<{ lower: string; words: Set<string>; first: number }>>();

  /**
   * The different titles the draft gave someone (asked once every title is found), each with its
   * words and where it was first given: a person named a hundred times is compared once per title.
   */
  private distinctTitles(person: DraftPerson): Array<{ lower: string; words: Set<string>; first: number }> {
    let titles = this.titlesOf.get(person);
    if (!titles) {
      const byText = new Map<string, { lower: string; words: Set<string>; first: number }>();
      for (const title of person.titles) {
        const lower = title.text.toLowerCase();
        const seen = byText.get(lower);
        if (seen) seen.first = Math.min(seen.first, title.start);
        else byText.set(lower, { lower, words: new Set(lower.replace(/['’]s\b/g, '').split(/[\s-]+/)), first: title.start });
      }
      this.titlesOf.set(person, (titles = [...byText.values()]));
    }
    return titles;
  }

  private lastMentionBefore(offset: number, person: DraftPerson): number | undefined {
    return this.personMentions.get(person)!.lastOutsideQuotesBefore(offset)?.start;
  }

  /** The country or organisation a title phrase names ("the Egyptian leader" → EG, "the European Commission president"). */
  private jurisdictionIn(phrase: string): string | undefined {
    const words = phrase.split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      if (!UPPER_START.test(words[i])) continue;
      for (let width = Math.min(3, words.length - i); width >= 1; width--) {
        const ref = this.offices.jurisdictionOf(words.slice(i, i + width).join(' '));
        if (ref) return ref.id;
      }
    }
    return undefined;
  }

  /**
   * Whether the person may belong to a country or organisation: by nationality, an office, or a
   * title the draft gave them. Someone of whom the draft and the knowledge base say nothing of the
   * kind may, unless `evidence` is asked for.
   */
  private belongsTo(person: DraftPerson, jurisdiction: string, evidence = false): boolean {
    const places = this.placesOf(person);
    if (!places.size) return !evidence;
    for (const place of places) if (this.offices.within(place, jurisdiction) || this.offices.within(jurisdiction, place)) return true;
    return false;
  }

  private readonly places = new Map<DraftPerson, Set<string>>();

  /** The countries and organisations a person belongs to (asked once every title is found). */
  private placesOf(person: DraftPerson): Set<string> {
    let places = this.places.get(person);
    if (!places) {
      places = new Set<string>();
      const known = person.knowledge;
      if (known?.nationality) places.add(known.nationality);
      for (const role of known?.roles ?? []) places.add(role.of);
      for (const title of person.titles) {
        const id = this.jurisdictionIn(title.text);
        if (id) places.add(id);
      }
      this.places.set(person, places);
    }
    return places;
  }

  private isAdjective(word: string): boolean {
    return this.kb.adjectives.has(word[0].toUpperCase() + word.slice(1)) || this.kb.adjectives.has(word.toUpperCase());
  }

  /** The office kind a title names, through the knowledge base's aliases ("secretary of state" → foreign-minister). */
  private officeOf(title: string): string | undefined {
    const cache = this.kb.offices;
    if (cache.has(title)) return cache.get(title);
    const office = this.findOffice(title);
    if (cache.size > 10_000) cache.clear();
    cache.set(title, office);
    return office;
  }

  private findOffice(title: string): string | undefined {
    const normalised = ` ${title.toLowerCase().replace(/[^\p{L}\s-]/gu, ' ').replace(/\s+/g, ' ').trim()} `;
    let best: { office: string; length: number } | undefined;
    for (const { office, alias } of this.kb.officeAliases) {
      if (normalised.includes(` ${alias} `) && (!best || alias.length > best.length)) best = { office, length: alias.length };
    }
    return best?.office;
  }
}

/** The head noun of a title as the draft wrote it ("President" of "former President", "senator" of "Sen."). */
function titleHead(title: string): string {
  const words = title.toLowerCase().replace(/\./g, '').split(/\s+/).filter((w) => TITLE_HEADS.has(w) || TITLE_ABBREVIATION_HEADS[w]);
  const last = words[words.length - 1] ?? '';
  return TITLE_ABBREVIATION_HEADS[last] ?? last;
}

/** Titles that name someone by relation to another person of the same surname. */
const RELATIONAL_TITLE = /^(?:the\s+)?(?:first (?:lady|gentleman)|(?:his |her )?(?:wife|husband|widow|widower|son|daughter|brother|sister|father|mother))$/i;

const TITLE_ABBREVIATION_HEADS: Record<string, string> = { sen: 'senator', rep: 'representative', gov: 'governor', gen: 'general', adm: 'admiral', pres: 'president' };

/** A courtesy title ("Mr.", "Dr.") says nothing of which person of a surname is meant. */
function isCourtesy(title: string): boolean {
  return title.toLowerCase().replace(/\./g, '').split(/\s+/).every((w) => HONORIFIC_PRONOUN.has(w) || w === 'dr' || w === 'prof' || w === 'sir' || w === 'dame');
}

/** A title that only a person holds (a mayor, a councilman, Mr): not "Water Board" or "City". */
function isPersonTitle(title: PersonTitle | null): boolean {
  if (!title) return false;
  return title.text.toLowerCase().split(/[\s.]+/).some((w) => TITLE_HEADS.has(w) || HONORIFIC_PRONOUN.get(w) !== undefined);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x1680 || c === 0x202f || c === 0x205f || c === 11 || c === 12;
}

const TITLE_PHRASE_ADVERBS = new Set(['also', 'later', 'then', 'again', 'further', 'quickly', 'has', 'had', 'have', 'will', 'would']);

/** Words between a name and what governs it that do not decide whether it is the subject ("the", "his counterpart"). */
const OBLIQUE_SKIP = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'counterpart', 'counterparts', 'colleague', 'successor', 'predecessor', 'ally', 'rival', 'partner']);

const OBLIQUE_BEFORE = new Set([
  'between', 'with', 'by', 'of', 'to', 'for', 'from', 'about', 'against', 'regarding', 'including', 'like', 'than',
  'toward', 'towards', 'under', 'over', 'on', 'at', 'in', 'into', 'after', 'before', 'among', 'alongside', 'beside',
  'besides', 'via', 'despite', 'unlike', 'behind', 'through', 'without', 'met', 'meet', 'meets', 'meeting', 'invited',
  'thanked', 'replaced', 'succeeded', 'appointed', 'nominated', 'joined', 'visited', 'hosted', 'phoned', 'called',
  'urged', 'accused', 'praised', 'criticised', 'criticized', 'challenged', 'blamed', 'welcomed', 'told', 'asked',
  'defeated', 'beat', 'backed', 'endorsed', 'fired', 'sacked', 'dismissed', 'named', 'hired', 'elected', 'as',
]);

function compatible(person: DraftPerson, pronoun: Pronoun | null): boolean {
  return !pronoun || !person.pronoun || person.pronoun === pronoun;
}

