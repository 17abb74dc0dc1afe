// The people of a draft: who is introduced (with a full name, usually with a title), and every later
// reference to them, resolved the way a reader resolves it: full name → surname → pronoun (the most
// recent compatible person) → title phrase ("the secretary of state"). Speakers of quotations, name
// spelling and title checks all read this one layer.
//
//   const people = peopleOf(context);
//   people.persons      every person, in order of first mention, with their mentions
//   people.mentions     every mention, in document order: { start, end, text, kind, person, inQuote }
//   people.mentionAt(o) the mention covering offset o
import type { CheckContext } from '../checks/check';
import type { DraftDocument } from '../document';
import type { Knowledge, Person } from '../knowledge';
import { quotationsOf } from '../quotes/quotations';
import { outerSentencesOf, type OuterSentence } from '../quotes/sentences';
import { REPORTING_VERBS } from '../quotes/lexicon';
import type { Span } from '../types';
import {
  COMMON_CAPITALISED, HONORIFIC_PRONOUN, NAME_PARTICLES, NAME_SUFFIXES, NON_PERSON_HEADS, OTHER_PRONOUNS,
  RELATIVES, SUBJECT_PRONOUNS, TITLE_HEADS, TITLE_WORDS,
} from './lexicon';

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

interface Token extends Span {
  index: number;
  text: string;
  lower: string;
  cap: boolean;
  paragraph: number;
  inQuote: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;
const PREFIXED = /^(?:al|el|ad|ash|as|at|an|ar|az|bin|ben|abu|ibn|d|o)[-'’]\p{Lu}/u;
const POSSESSIVE = /(?:['’]s|['’])$/;

interface KnowledgeIndex {
  adjectives: Set<string>;
}
const knowledgeIndexes = new WeakMap<Knowledge, KnowledgeIndex>();

function indexKnowledge(knowledge: Knowledge): KnowledgeIndex {
  let index = knowledgeIndexes.get(knowledge);
  if (!index) {
    const adjectives = new Set<string>();
    for (const entry of [...knowledge.places, ...knowledge.organisations]) {
      for (const adjective of entry.adjectives ?? []) adjectives.add(adjective);
    }
    index = { adjectives };
    knowledgeIndexes.set(knowledge, index);
  }
  return index;
}

/** The office kind each title names, per knowledge base: titles repeat across drafts and keystrokes. */
const officeCaches = new WeakMap<Knowledge, Map<string, string | undefined>>();

const layers = new WeakMap<DraftDocument, WeakMap<Knowledge, Map<string, People>>>();

/** The people of the draft, computed once per draft version, knowledge base and article date. */
export function peopleOf(context: CheckContext): People {
  let byKnowledge = layers.get(context.doc);
  if (!byKnowledge) layers.set(context.doc, (byKnowledge = new WeakMap()));
  let byDate = byKnowledge.get(context.knowledge);
  if (!byDate) byKnowledge.set(context.knowledge, (byDate = new Map()));
  let people = byDate.get(context.articleDate);
  if (!people) byDate.set(context.articleDate, (people = new PeopleBuilder(context).build()));
  return people;
}

class PeopleBuilder {
  private readonly doc: DraftDocument;
  private readonly prose: string;
  private readonly knowledge: Knowledge;
  private readonly kb: KnowledgeIndex;
  private readonly tokens: Token[] = [];
  private readonly persons: DraftPerson[] = [];
  private readonly byKey = new Map<string, DraftPerson>();
  private readonly mentions: PersonMention[] = [];
  private readonly others: NamedThing[] = [];
  private readonly claimed = new Set<number>(); // token indexes already part of a mention
  private readonly sentences: ReturnType<typeof outerSentencesOf>;
  private readonly votes = new Map<DraftPerson, { he: number; she: number }>();

  constructor(private readonly context: CheckContext) {
    this.doc = context.doc;
    this.prose = context.doc.prose;
    this.knowledge = context.knowledge;
    this.kb = indexKnowledge(context.knowledge);
    this.sentences = outerSentencesOf(context.doc);
  }

  build(): People {
    this.tokenise();
    this.findFullNames();
    this.mentions.sort((a, b) => a.start - b.start);
    this.findSurnames();
    this.mentions.sort((a, b) => a.start - b.start);
    this.findAppositiveTitles();
    // Title phrases that match someone's title first; pronouns next; then the title phrases only
    // recency can resolve, which may need the pronouns ("He said … the foreign minister added").
    this.findTitlePhrases(false);
    this.inferPronouns();
    this.findPronouns();
    this.findTitlePhrases(true);
    this.mentions.sort((a, b) => a.start - b.start);
    for (const person of this.persons) person.mentions.sort((a, b) => a.start - b.start);
    const mentions = this.mentions;
    const persons = this.persons;
    const others = this.others.sort((a, b) => a.start - b.start);
    const builder = this;
    return {
      persons,
      mentions,
      others,
      mentionAt(offset) {
        const i = lowerBound(mentions, offset);
        for (const j of [i - 1, i]) {
          const m = mentions[j];
          if (m && m.start <= offset && offset < m.end) return m;
        }
        return undefined;
      },
      mentionsIn(start, end) {
        const result: PersonMention[] = [];
        for (let i = lowerBound(mentions, start); i < mentions.length && mentions[i].start < end; i++) result.push(mentions[i]);
        return result;
      },
      resolveTitle: (phrase, offset, fallback) => builder.resolveTitle(phrase, offset, fallback),
      resolvePronoun: (pronoun, offset) => builder.antecedent(pronoun, offset),
    };
  }

  // --- tokens -------------------------------------------------------------------------------

  private tokenise(): void {
    const quotes = quotationsOf(this.doc).quotes;
    let q = 0;
    for (const paragraph of this.doc.paragraphs) {
      WORD.lastIndex = paragraph.start;
      for (let m = WORD.exec(this.prose); m && m.index < paragraph.end; m = WORD.exec(this.prose)) {
        const start = m.index;
        while (q < quotes.length && quotes[q].end <= start) q++;
        const quote = quotes[q];
        const inQuote = !!quote && quote.contentStart <= start && start < quote.contentEnd;
        const text = m[0];
        this.tokens.push({ index: this.tokens.length, start, end: start + text.length, text, lower: text.toLowerCase(), cap: /^\p{Lu}/u.test(text) || PREFIXED.test(text), paragraph: paragraph.index, inQuote });
      }
    }
  }

  /** The characters between two tokens, when they belong to the same name (a space, or ". " after an initial). */
  private joins(a: Token, b: Token): boolean {
    if (a.paragraph !== b.paragraph || a.inQuote !== b.inQuote) return false;
    const gap = this.prose.slice(a.end, b.start);
    if (gap === ' ') return true;
    // "John F. Kennedy", "Mr. Rubio", "Dr. Raman"
    if (gap === '. ' && (a.text.length === 1 || /^(?:mr|mrs|ms|dr|st|gen|sen|rep|gov|lt|col|capt|sgt|prof|rev|jr|sr)$/.test(a.lower))) return true;
    return false;
  }

  // --- full names ---------------------------------------------------------------------------

  private findFullNames(): void {
    const tokens = this.tokens;
    let i = 0;
    while (i < tokens.length) {
      if (!tokens[i].cap) { i++; continue; }
      // A run of capitalised words, with particles inside ("Ursula von der Leyen").
      let j = i;
      while (j + 1 < tokens.length && this.joins(tokens[j], tokens[j + 1])) {
        const next = tokens[j + 1];
        if (next.cap) { j++; continue; }
        // One particle or several ("von der Leyen", "de la Fuente").
        let p = j + 1;
        while (NAME_PARTICLES.has(tokens[p].lower) && p + 1 < tokens.length && this.joins(tokens[p], tokens[p + 1]) && NAME_PARTICLES.has(tokens[p + 1].lower)) p++;
        if (NAME_PARTICLES.has(tokens[p].lower) && p + 1 < tokens.length && tokens[p + 1].cap && this.joins(tokens[p], tokens[p + 1])) { j = p + 1; continue; }
        break;
      }
      this.readRun(i, j);
      i = j + 1;
    }
  }

  /** A run of capitalised tokens [i..j]: a person's name with the title before it, or something else. */
  private readRun(i: number, j: number): void {
    const tokens = this.tokens;
    // The name is the end of the run; titles and sentence openers come first ("But US Secretary of State Marco Rubio").
    let first = j;
    while (first > i) {
      const previous = tokens[first - 1];
      const bare = previous.lower.replace(POSSESSIVE, '');
      if (previous.cap && (TITLE_WORDS.has(bare) || COMMON_CAPITALISED.has(bare) || this.kb.adjectives.has(previous.text))) break;
      if (POSSESSIVE.test(previous.text) && previous.cap) break; // "Trump's envoy Steve Witkoff"
      first--;
    }
    // Skip sentence openers and titles at the start of what remains.
    while (first < j && (COMMON_CAPITALISED.has(tokens[first].lower) || TITLE_WORDS.has(tokens[first].lower))) first++;
    const nameTokens = tokens.slice(first, j + 1);
    if (!nameTokens.length) return;
    const start = nameTokens[0].start;
    let end = nameTokens[nameTokens.length - 1].end;
    let text = this.prose.slice(start, end);
    if (POSSESSIVE.test(text)) {
      text = text.replace(POSSESSIVE, '');
      end = start + text.length;
    }
    if (nameTokens.length === 1 || NAME_PARTICLES.has(nameTokens[0].lower)) {
      return; // single words are second references, read once every full name is known
    }
    // A known spelling of someone in the knowledge base.
    const known = this.knownPerson(text);
    const titleBefore = this.titleBefore(first);
    if (known) {
      const person = this.personFor(known, text);
      // The draft's own full spelling names the person (a known variant such as "Sergei Lavrov").
      if (!person.mentions.some((m) => m.kind === 'name') && text.includes(' ')) person.name = text;
      this.addMention(person, { start, end, text, kind: 'name' }, nameTokens, titleBefore);
      return;
    }
    if (this.knownOther(text) || this.knownOther(nameTokens[0].text)) {
      this.others.push({ start, end, text, kind: 'other' });
      return;
    }
    const last = nameTokens[nameTokens.length - 1].lower.replace(POSSESSIVE, '');
    const allCaps = nameTokens.every((t) => t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{L}/u.test(t.text));
    const looksLikeName = !allCaps
      && !NON_PERSON_HEADS.has(last)
      && nameTokens.every((t) => !COMMON_CAPITALISED.has(t.lower) && !/^\d/.test(t.text))
      && nameTokens.length <= 5;
    if (!looksLikeName) {
      if (NON_PERSON_HEADS.has(last)) this.others.push({ ...this.organisationSpan(i, end), kind: 'organisation' });
      return;
    }
    if (!this.hasPersonEvidence(first, j, titleBefore, nameTokens)) {
      this.others.push({ start, end, text, kind: 'other' });
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

  /** An organisation's whole name, over "and", "of", "for" ("The Hostages and Missing Families Forum"). */
  private organisationSpan(i: number, end: number): Span & { text: string } {
    let k = i;
    while (k >= 2 && /^(?:and|of|for|&)$/.test(this.tokens[k - 1].lower) && this.tokens[k - 2].cap
      && this.prose.slice(this.tokens[k - 2].end, this.tokens[k].start).trim() === this.tokens[k - 1].text) {
      k -= 2;
      while (k > 0 && this.tokens[k - 1].cap && this.joins(this.tokens[k - 1], this.tokens[k])) k--;
    }
    const start = this.tokens[k].start;
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
    const after = this.prose.slice(this.tokens[j].end, this.tokens[j].end + 40);
    if (/^,\s+(?:who|whose|a|an|the|his|her|its|their|one|now|then|also|himself|herself|\d+)\b/.test(after)) return true;
    const appositive = /^,\s+([\p{L}-]+(?:['’]s?)?)(?:\s+([\p{L}-]+))?(?:\s+([\p{L}-]+))?/u.exec(after);
    if (appositive && appositive.slice(1).some((w) => w && TITLE_HEADS.has(w.toLowerCase()))) return true;
    if (/^(?:\s+(?:also|later|then|again|earlier|previously|has|had|have|will|would))?\s+(\p{L}+)/u.test(after)) {
      const verb = /^(?:\s+(?:also|later|then|again|earlier|previously|has|had|have|will|would))?\s+(\p{L}+)/u.exec(after)![1].toLowerCase();
      if (REPORTING_VERBS.has(verb)) return true;
    }
    const before = this.prose.slice(Math.max(0, this.tokens[first].start - 40), this.tokens[first].start);
    const relative = /(\p{L}+),\s*$/u.exec(before);
    if (relative && (RELATIVES.has(relative[1].toLowerCase()) || TITLE_HEADS.has(relative[1].toLowerCase()))) return true;
    if (/\b(?:said|says|according to|by|with)\s*$/i.test(before) && nameTokens.length >= 2) return true;
    // The surname used alone elsewhere in the draft: the sign of a second reference.
    const surname = nameTokens[nameTokens.length - 1].text.replace(POSSESSIVE, '');
    return (this.aloneCounts().get(surname) ?? 0) > 0;
  }

  private alone?: Map<string, number>;

  /** How often each capitalised word stands alone (not right after another capitalised word). */
  private aloneCounts(): Map<string, number> {
    if (!this.alone) {
      this.alone = new Map();
      for (let i = 0; i < this.tokens.length; i++) {
        const t = this.tokens[i];
        if (!t.cap) continue;
        const previous = this.tokens[i - 1];
        if (previous && previous.cap && this.joins(previous, t)) continue;
        const key = t.text.replace(POSSESSIVE, '');
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
      const previous = tokens[k - 1];
      const bare = previous.lower.replace(POSSESSIVE, '');
      if (previous.paragraph !== tokens[first].paragraph || previous.inQuote !== tokens[first].inQuote) break;
      const gap = this.prose.slice(previous.end, tokens[k].start);
      if (gap !== ' ' && gap !== '. ') break;
      const titleish = TITLE_WORDS.has(bare) || this.kb.adjectives.has(previous.text) || (previous.cap && !COMMON_CAPITALISED.has(bare))
        || (TITLE_WORDS.has(tokens[k].lower) && /^[\p{L}-]+$/u.test(previous.text) && !COMMON_CAPITALISED.has(bare) && first - k < 4 && bare.length > 2 && !/(?:ed|ing|ly)$/.test(bare));
      if (!titleish) break;
      if (first - k >= 6) break;
      k--;
    }
    // Leading connectors are not part of the title ("of State" needs "Secretary").
    while (k < first && /^(?:of|for|the|and)$/.test(tokens[k].lower)) k++;
    if (k === first) return null;
    const words = tokens.slice(k, first);
    if (!words.some((t) => TITLE_HEADS.has(t.lower.replace(POSSESSIVE, '')) || HONORIFIC_PRONOUN[t.lower] || TITLE_WORDS.has(t.lower))) return null;
    return { start: words[0].start, end: words[words.length - 1].end, text: this.prose.slice(words[0].start, words[words.length - 1].end), position: 'before' };
  }

  private knownPerson(text: string): Person | undefined {
    for (const form of this.lookup(text)) {
      if (form.entity.type === 'person' && form.kind !== 'surname') return form.entity.entry;
    }
    return undefined;
  }

  private knownOther(text: string): boolean {
    return this.lookup(text).some((form) => form.entity.type !== 'person');
  }

  private lookup(text: string) {
    const forms = this.knowledge.lookup(text);
    if (forms.length) return forms;
    // "Von der Leyen" at the start of a sentence.
    const lowered = text[0].toLowerCase() + text.slice(1);
    return lowered !== text ? this.knowledge.lookup(lowered) : forms;
  }

  private personFor(known: Person, written: string): DraftPerson {
    return this.byKey.get(known.id) ?? this.newPerson(known.id, known.name, known.surname, known, known.pronouns === 'they' ? null : known.pronouns, written);
  }

  private newPerson(key: string, name: string, surname: string, knowledge: Person | null, pronoun: Pronoun | null, _written?: string): DraftPerson {
    const person: DraftPerson = { key, name, surname, pronoun, knowledge, titles: [], mentions: [] };
    this.persons.push(person);
    this.byKey.set(key, person);
    return person;
  }

  private addMention(person: DraftPerson, span: Span & { text: string; kind: MentionKind; basis?: PersonMention['basis'] }, tokens: Token[], title: PersonTitle | null): PersonMention {
    const first = tokens[0];
    const mention: PersonMention = { ...span, person, inQuote: first?.inQuote ?? false, paragraph: first?.paragraph ?? this.doc.paragraphAt(span.start)?.index ?? 0 };
    this.mentions.push(mention);
    person.mentions.push(mention);
    for (const t of tokens) this.claimed.add(t.index);
    if (span.kind === 'pronoun' || span.kind === 'title') {
      // Keep mentions ordered as they are added: later pronouns look back over earlier ones.
      this.mentions.pop();
      this.mentions.splice(lowerBound(this.mentions, mention.start), 0, mention);
    }
    if (title && !mention.inQuote) {
      person.titles.push(title);
      const honorific = title.text.split(/\s+/).map((w) => HONORIFIC_PRONOUN[w.toLowerCase().replace(/\.$/, '')]).find(Boolean);
      if (honorific && !person.pronoun) person.pronoun = honorific;
    }
    return mention;
  }

  // --- second references --------------------------------------------------------------------

  private findSurnames(): void {
    const tokens = this.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (!token.cap || this.claimed.has(i)) continue;
      // A surname with particles, possibly capitalised at a sentence start ("Von der Leyen said").
      let j = i;
      while (j + 2 < tokens.length && NAME_PARTICLES.has(tokens[j + 1].lower) && this.joins(tokens[j], tokens[j + 1]) && this.joins(tokens[j + 1], tokens[j + 2]) && (tokens[j + 2].cap || NAME_PARTICLES.has(tokens[j + 2].lower))) j += 2;
      if (NAME_PARTICLES.has(token.lower) && j === i) continue;
      const start = token.start;
      let text = this.prose.slice(start, tokens[j].end);
      if (POSSESSIVE.test(text)) text = text.replace(POSSESSIVE, '');
      const end = start + text.length;
      // The courtesy title before a surname gives the pronoun ("Ms Cooper").
      const previous = tokens[i - 1];
      const honorific = previous && this.joins(previous, token) ? HONORIFIC_PRONOUN[previous.lower] : undefined;
      const person = this.personBySurname(text, token);
      if (!person) continue;
      if (honorific && !person.pronoun) person.pronoun = honorific;
      const title = previous && this.joins(previous, token) && TITLE_WORDS.has(previous.lower) ? this.titleBefore(i) : null;
      this.addMention(person, { start, end, text, kind: 'surname' }, tokens.slice(i, j + 1), title);
      i = j;
    }
  }

  private insideMention(offset: number): boolean {
    const i = lowerBound(this.mentions, offset + 1) - 1;
    return i >= 0 && this.mentions[i].start <= offset && offset < this.mentions[i].end;
  }

  private personBySurname(text: string, token: Token): DraftPerson | undefined {
    const lower = text.toLowerCase();
    const bySurname = this.persons.filter((p) => p.surname.toLowerCase() === lower);
    if (bySurname.length === 1) return bySurname[0];
    if (bySurname.length > 1) {
      // Two people share a surname (a father and a daughter): the bare surname is the one the story
      // is about, introduced first; the other is named in full.
      return bySurname.sort((a, b) => a.mentions[0].start - b.mentions[0].start)[0];
    }
    // A person the knowledge base knows by this surname or spelling.
    const forms = this.lookup(text).filter((f) => f.entity.type === 'person');
    const people = [...new Set(forms.map((f) => f.entity.entry as Person))];
    // A known person never introduced in the draft: only someone in office on the article date
    // ("Putin said"), not every past holder of a common surname ("Johnson").
    if (people.length === 1 && (this.byKey.has(people[0].id) || this.knowledge.rolesOn(people[0], this.context.articleDate).length)) return this.personFor(people[0], text);
    if (people.length > 1) {
      const inDraft = people.map((p) => this.byKey.get(p.id)).filter((p): p is DraftPerson => !!p);
      if (inDraft.length === 1) return inDraft[0];
      return undefined;
    }
    if (this.lookup(text).length) return undefined; // a place or an organisation
    const bare = lower.replace(POSSESSIVE, '');
    if (COMMON_CAPITALISED.has(bare) || TITLE_WORDS.has(bare) || NON_PERSON_HEADS.has(bare) || this.kb.adjectives.has(text)) return undefined;
    if (token.text.length > 1 && token.text === token.text.toUpperCase()) return undefined;
    // A misspelt second reference ("Kowalcyk" for Kowalczyk): one slip in a long surname.
    if (text.length < 5 || text.includes(' ')) return undefined;
    const near = this.persons.filter((p) => !p.surname.includes(' ') && withinSlip(p.surname.toLowerCase(), lower));
    return near.length === 1 ? near[0] : undefined;
  }

  // --- titles in apposition -----------------------------------------------------------------

  private findAppositiveTitles(): void {
    for (const mention of [...this.mentions]) {
      if (mention.inQuote || (mention.kind !== 'name' && mention.kind !== 'surname')) continue;
      const paragraph = this.doc.paragraphs[mention.paragraph];
      // "Solheim, the company's chief financial officer," · "Ruth Abernathy, a transportation analyst at …,"
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
      // "the union's local president, Luis Ortega" · "his wife, Olena Zelenska"
      const before = this.prose.slice(Math.max(paragraph.start, mention.start - 80), mention.start);
      const prior = /(?:^|[,(;:—]\s*|\b(?:to|by|with|and|from|of|for)\s+)((?:the|a|an|his|her|its|their)\s+[^,.;:"“”—]+?),\s*$/iu.exec(before);
      if (prior) {
        const phrase = prior[1];
        const words = phrase.toLowerCase().split(/\s+/);
        const last = words[words.length - 1];
        if (TITLE_HEADS.has(last) || RELATIVES.has(last)) {
          const start = mention.start - (before.length - before.lastIndexOf(phrase));
          mention.person.titles.push({ start, end: start + phrase.length, text: phrase, position: 'apposition' });
          const honorific = HONORIFIC_PRONOUN[last];
          if (honorific && !mention.person.pronoun) mention.person.pronoun = honorific;
        }
      }
    }
  }

  // --- pronouns -----------------------------------------------------------------------------

  /** Learns he or she for people the knowledge base does not know, from the pronouns the draft uses for them. */
  private inferPronouns(): void {
    for (const token of this.tokens) {
      if (token.inQuote) continue;
      const pronoun = SUBJECT_PRONOUNS[token.lower] ?? OTHER_PRONOUNS[token.lower];
      if (!pronoun) continue;
      const sentence = this.sentences.at(token.start);
      if (!sentence) continue;
      const previous = this.sentences.sentences[sentence.index - 1];
      const from = previous && previous.paragraph === sentence.paragraph ? previous.start : sentence.start;
      const candidates = new Set<DraftPerson>();
      for (let i = lowerBound(this.mentions, from); i < this.mentions.length && this.mentions[i].start < token.start; i++) {
        if (!this.mentions[i].inQuote) candidates.add(this.mentions[i].person);
      }
      if (candidates.size !== 1) continue;
      const [person] = candidates;
      const tally = this.votes.get(person) ?? { he: 0, she: 0 };
      tally[pronoun]++;
      this.votes.set(person, tally);
    }
    for (const [person, tally] of this.votes) {
      if (person.pronoun) continue;
      if (tally.he > tally.she) person.pronoun = 'he';
      else if (tally.she > tally.he) person.pronoun = 'she';
    }
  }

  private findPronouns(): void {
    for (const token of this.tokens) {
      if (token.inQuote) continue;
      const pronoun = SUBJECT_PRONOUNS[token.lower] ?? OTHER_PRONOUNS[token.lower];
      if (!pronoun) continue;
      const person = this.cataphor(token, pronoun) ?? this.antecedent(pronoun, token.start);
      if (!person) continue;
      this.addMention(person, { start: token.start, end: token.end, text: token.text, kind: 'pronoun' }, [token], null);
    }
  }

  /** "In his nightly address, Zelenskyy said": a possessive in a fronted phrase points at the subject after it. */
  private cataphor(token: Token, pronoun: Pronoun): DraftPerson | undefined {
    if (SUBJECT_PRONOUNS[token.lower]) return undefined;
    const sentence = this.sentences.at(token.start);
    if (!sentence) return undefined;
    const comma = this.prose.indexOf(',', token.end);
    if (comma < 0 || comma > sentence.end || comma - sentence.start > 80) return undefined;
    if (/[.;:"“”]/.test(this.prose.slice(sentence.start, comma))) return undefined;
    let next = comma + 1;
    while (/\s/.test(this.prose[next] ?? '')) next++;
    const i = lowerBound(this.mentions, next);
    const m = this.mentions[i];
    if (!m || m.start > next + 60 || m.kind === 'pronoun' || !compatible(m.person, pronoun)) return undefined;
    // Only a title may stand between the comma and the name ("In his address, President Zelenskyy said").
    const between = this.prose.slice(next, m.start).trim().split(/\s+/).filter(Boolean);
    if (between.some((w) => !TITLE_WORDS.has(w.toLowerCase()) && !this.kb.adjectives.has(w))) return undefined;
    return m.person;
  }

  /**
   * The most recent compatible person: in the nearest sentence (this one up to the pronoun, then
   * the ones before) that mentions one, the first such mention, which is usually the subject.
   */
  antecedent(pronoun: Pronoun | null, offset: number): DraftPerson | undefined {
    let sentence: OuterSentence | undefined = this.sentences.at(offset);
    let limit = offset;
    for (let steps = 0; sentence && steps < 6; steps++) {
      const start = sentence.start;
      let fallback: DraftPerson | undefined;
      for (let i = lowerBound(this.mentions, start); i < this.mentions.length && this.mentions[i].start < limit; i++) {
        const m = this.mentions[i];
        if (m.inQuote || m.end > limit || !compatible(m.person, pronoun)) continue;
        if (m.kind === 'pronoun' && !SUBJECT_PRONOUNS[m.text.toLowerCase()]) continue;
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
    const before = this.prose.slice(floor, mention.start);
    const words = before.split(/\s+/).filter(Boolean);
    let k = words.length - 1;
    let steps = 0;
    while (k >= 0 && steps < 10) {
      const raw = words[k];
      const word = raw.toLowerCase().replace(/[,;:]$/, '');
      if (/[,;:]$/.test(raw)) return false; // a clause boundary: "…, Rubio said"
      const bare = word.replace(POSSESSIVE, '');
      if (/^\p{Lu}/u.test(raw) || TITLE_WORDS.has(bare) || /^(?:the|a|an|his|her|its|their|our|counterpart|counterparts|colleague|successor|predecessor|ally|rival|partner)$/.test(bare) || POSSESSIVE.test(word) || this.kb.adjectives.has(raw)) {
        k--; steps++;
        continue;
      }
      if (word === 'and' || word === 'or') { k--; steps++; continue; }
      return OBLIQUE_BEFORE.has(word) || REPORTING_VERBS.has(word);
    }
    return false;
  }

  // --- title phrases ------------------------------------------------------------------------

  private findTitlePhrases(fallbackToRecent: boolean): void {
    // "the secretary of state said", "the mayor added": a title phrase as the subject of a reporting verb.
    const tokens = this.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].lower !== 'the' || tokens[i].inQuote) continue;
      for (let h = i + 1; h <= i + 5 && h < tokens.length; h++) {
        const head = tokens[h];
        if (head.paragraph !== tokens[i].paragraph || /[,.;:!?"“”]/.test(this.prose.slice(tokens[h - 1].end, head.start))) break;
        if (!TITLE_HEADS.has(head.lower)) continue;
        let end = h;
        // "of state", "of the treasury"
        if (tokens[h + 1]?.lower === 'of' && tokens[h + 2]) end = tokens[h + 2].lower === 'the' && tokens[h + 3] ? h + 3 : h + 2;
        let v = end + 1;
        while (tokens[v] && /^(?:also|later|then|again|further|quickly|has|had|have|will|would)$/.test(tokens[v].lower)) v++;
        const verb = tokens[v];
        const gap = verb ? this.prose.slice(tokens[end].end, verb.start) : '';
        const verbFollows = verb && REPORTING_VERBS.has(verb.lower) && !/[.;:!?"“”]/.test(gap);
        const ownVerbFollows = !verbFollows && tokens[h + 1] && REPORTING_VERBS.has(tokens[h + 1].lower) && !/[.;:!?"“”,]/.test(this.prose.slice(head.end, tokens[h + 1].start));
        if (!verbFollows && !ownVerbFollows) continue;
        const last = verbFollows ? tokens[end] : head;
        const start = tokens[i].start;
        if (this.insideMention(start)) break;
        const phrase = this.prose.slice(start, last.end);
        const resolved = this.resolveTitle(phrase, start, fallbackToRecent);
        if (resolved) {
          this.addMention(resolved.person, { start, end: last.end, text: phrase, kind: 'title', basis: resolved.basis }, [], null);
        }
        break;
      }
    }
  }

  resolveTitle(phrase: string, offset: number, fallbackToRecent: boolean): { person: DraftPerson; basis: NonNullable<PersonMention['basis']> } | undefined {
    const words = phrase.toLowerCase().replace(/['’]s\b/g, '').split(/\s+/).filter((w) => w && w !== 'the' && w !== 'of' && !this.isAdjective(w));
    const head = [...words].reverse().find((w) => TITLE_HEADS.has(w)) ?? words[words.length - 1];
    if (!head) return undefined;
    // 1. Someone the draft gave this title.
    let best: { person: DraftPerson; score: number; at: number } | undefined;
    for (const person of this.persons) {
      for (const title of person.titles) {
        if (title.start >= offset) continue;
        const titleWords = new Set(title.text.toLowerCase().replace(/['’]s\b/g, '').split(/[\s-]+/));
        if (!titleWords.has(head)) continue;
        const score = words.filter((w) => titleWords.has(w)).length;
        const last = lastMentionBefore(offset, person);
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
      for (const person of this.persons) {
        const holds = person.titles.some((t) => this.officeOf(t.text.toLowerCase()) === office)
          || (person.knowledge && this.knowledge.rolesOn(person.knowledge, this.context.articleDate).some((r) => r.office === office));
        const last = lastMentionBefore(offset, person);
        if (holds && last !== undefined && (!found || last > found.at)) found = { person, at: last };
      }
      if (found) return { person: found.person, basis: 'office' };
    }
    if (!fallbackToRecent) return undefined;
    // 3. The person the passage is about: the most recent one mentioned.
    const person = this.antecedent(null, offset);
    return person ? { person, basis: 'recent' } : undefined;
  }

  private isAdjective(word: string): boolean {
    return this.kb.adjectives.has(word[0].toUpperCase() + word.slice(1)) || this.kb.adjectives.has(word.toUpperCase());
  }

  /** The office kind a title names, through the knowledge base's aliases ("secretary of state" → foreign-minister). */
  private officeOf(title: string): string | undefined {
    let cache = officeCaches.get(this.knowledge);
    if (!cache) officeCaches.set(this.knowledge, (cache = new Map()));
    if (cache.has(title)) return cache.get(title);
    const office = this.findOffice(title);
    if (cache.size > 10_000) cache.clear();
    cache.set(title, office);
    return office;
  }

  private findOffice(title: string): string | undefined {
    const normalised = ` ${title.toLowerCase().replace(/[^\p{L}\s-]/gu, ' ').replace(/\s+/g, ' ').trim()} `;
    let best: { office: string; length: number } | undefined;
    for (const [office, info] of Object.entries(this.knowledge.offices.kinds)) {
      for (const alias of [info.title, ...info.aliases]) {
        const a = alias.toLowerCase();
        if (normalised.includes(` ${a} `) && (!best || a.length > best.length)) best = { office, length: a.length };
      }
    }
    return best?.office;
  }
}

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

function lastMentionBefore(offset: number, person: DraftPerson): number | undefined {
  let last: number | undefined;
  for (const m of person.mentions) if (m.start < offset && !m.inQuote && (last === undefined || m.start > last)) last = m.start;
  return last;
}

function lowerBound(mentions: PersonMention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}


/** One typing slip (a letter added, dropped, changed, or two swapped) in a surname of six letters or more. */
function withinSlip(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < 5) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  // Damerau-Levenshtein distance ≤ 1.
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}
