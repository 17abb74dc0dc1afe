// Spelling families: every way one name is spelled in a draft, and the spelling to use. A family
// is one slot of one name (a person's surname, their given name, a place's name), so "Sergei
// Lavrov" next to "Lavrov" is consistent (one given name, one surname) and "Zelensky" next to
// "Volodymyr Zelenskyy" is not. Families come from the knowledge base (every spelling it knows
// for the entity), from the house stylebook (spellings it replaces) and, for names no list knows,
// from the draft itself: near-identical spellings that sound alike, the clear majority winning.
import type { CheckContext } from '../checks/check';
import { defineLayer } from '../document';
import { foldSpelling, splitWords, type Entity, type Knowledge, type NameAuthority, type Person } from '../knowledge';
import type { Span } from '../types';
import { joinsPrevious, nameMentionsOf, type NameMention, type NameMentions, type Word } from './mentions';
import { isSlip, phoneticKeys, similarSpelling, transliterated } from './similarity';
import { isCommonWord, isOfficeWord, NAME_PARTICLES } from './words';

export type Slot = 'surname' | 'given' | 'name' | 'full' | 'term';
export type AcceptedFrom = 'stylebook' | 'agency' | 'knowledge' | 'draft';

export interface SpellingOccurrence extends Span {
  /** The spelling as written. */
  text: string;
}

export interface SpellingFamily {
  /** The knowledge-base entity named, if any. */
  entity?: Entity;
  /** Which part of the name the spellings are. */
  slot: Slot;
  /** The spelling to use. */
  accepted: string;
  acceptedFrom: AcceptedFrom;
  /** For `agency`: the wire service whose spelling the house follows. */
  agency?: 'ap' | 'reuters';
  /** Every occurrence, in document order. */
  occurrences: SpellingOccurrence[];
  /** The distinct spellings with their counts, the accepted one first, then by first use. */
  spellings: Array<{ text: string; count: number }>;
}

export type ProblemKind = 'inconsistent' | 'house-style';

export interface SpellingProblem {
  kind: ProblemKind;
  family: SpellingFamily;
  occurrence: SpellingOccurrence;
}

export interface NameSpellings {
  readonly families: readonly SpellingFamily[];
  /** Occurrences to change, in document order. */
  readonly problems: readonly SpellingProblem[];
  /** The family of the occurrence at `offset` (its end included). */
  familyAt(offset: number): { family: SpellingFamily; occurrence: SpellingOccurrence } | undefined;
}

/** The spelling to put in place of `written`, in its letter case (KIEV → KYIV in a dateline). */
export function inCaseOf(written: string, accepted: string): string {
  if (written.length > 1 && written === written.toUpperCase() && written !== written.toLowerCase()) return accepted.toUpperCase();
  if (/^\p{Lu}/u.test(written) && /^\p{Ll}/u.test(accepted) && !/^\p{Lu}/u.test(accepted)) return accepted[0].toUpperCase() + accepted.slice(1);
  return accepted;
}

function sameSpelling(a: string, b: string): boolean {
  return foldSpelling(a) === foldSpelling(b);
}

function occurrenceOf(prose: string, words: readonly Word[]): SpellingOccurrence {
  const start = words[0].start;
  const end = words[words.length - 1].end;
  return { start, end, text: prose.slice(start, end) };
}

function tally(occurrences: SpellingOccurrence[], accepted: string): Array<{ text: string; count: number }> {
  const counts = new Map<string, { text: string; count: number }>();
  for (const o of occurrences) {
    const key = foldSpelling(o.text);
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { text: o.text, count: 1 });
  }
  const list = [...counts.values()];
  const first = list.findIndex((s) => sameSpelling(s.text, accepted));
  if (first > 0) list.unshift(...list.splice(first, 1));
  return list;
}

/**
 * A person's name split into given name and surname, as the house writes it: the wire service's
 * spelling when the house follows one and the knowledge base records it, house spellings applied.
 */
function nameParts(person: Person, knowledge: Knowledge, authority: NameAuthority): { name: string; surname: string; given?: string; surnameFirst: boolean; agency?: 'ap' | 'reuters' } {
  const base = knowledge.namesBy(person, authority);
  const name = knowledge.houseSpelling(base.name);
  const surname = knowledge.houseSpelling(base.surname);
  const agency = base.agency && name === base.name && surname === base.surname ? base.agency : undefined;
  if (name.endsWith(` ${surname}`)) return { name, surname, given: name.slice(0, -surname.length - 1), surnameFirst: false, agency };
  if (name.startsWith(`${surname} `)) return { name, surname, given: name.slice(surname.length + 1), surnameFirst: true, agency };
  return { name, surname, surnameFirst: false, agency };
}

/** A person's own name split the same way, without any house's choices. */
function ownNameParts(person: Person): { name: string; surname: string; given?: string; surnameFirst: boolean } {
  const name = person.name;
  const surname = person.surname;
  if (name.endsWith(` ${surname}`)) return { name, surname, given: name.slice(0, -surname.length - 1), surnameFirst: false };
  if (name.startsWith(`${surname} `)) return { name, surname, given: name.slice(surname.length + 1), surnameFirst: true };
  return { name, surname, surnameFirst: false };
}

interface Builder {
  families: SpellingFamily[];
  problems: SpellingProblem[];
  /** Offsets already in a family, so that a later source does not claim them again. */
  claimed: Set<number>;
  /** Names no list knows spelled one way only: families made on demand. */
  singletons: SpellingOccurrence[][];
}

function addFamily(b: Builder, family: Omit<SpellingFamily, 'spellings'>, houseChanged: (written: string) => boolean): void {
  if (!family.occurrences.length) return;
  family.occurrences.sort((x, y) => x.start - y.start);
  const full: SpellingFamily = { ...family, spellings: tally(family.occurrences, family.accepted) };
  b.families.push(full);
  for (const o of full.occurrences) b.claimed.add(o.start);
  const wrong = full.occurrences.filter((o) => !sameSpelling(o.text, full.accepted));
  if (!wrong.length) return;
  if (full.spellings.length >= 2) {
    for (const occurrence of wrong) b.problems.push({ kind: 'inconsistent', family: full, occurrence });
  } else {
    // One spelling throughout: wrong only if the house stylebook says so.
    for (const occurrence of wrong) if (houseChanged(occurrence.text)) b.problems.push({ kind: 'house-style', family: full, occurrence });
  }
}

/** Families of the knowledge-base entities the draft mentions. */
function knownFamilies(b: Builder, names: NameMentions, knowledge: Knowledge, prose: string, authority: NameAuthority): void {
  const seen = new Set<Entity['entry']>();
  const stylebookSays = (written: string) => knowledge.spellings.has(written);
  for (const mention of names.mentions) {
    const entity = mention.entity;
    if (!entity || seen.has(entity.entry)) continue;
    seen.add(entity.entry);
    const mentions = names.of(entity.entry).filter((m) => m.kind !== 'alias');
    if (entity.type === 'person') {
      const person = entity.entry as Person;
      const parts = nameParts(person, knowledge, authority);
      const surnameWords = splitWords(parts.surname).words.length;
      const nameWords = splitWords(parts.name).words.length;
      const slots: Record<'surname' | 'given' | 'full', SpellingOccurrence[]> = { surname: [], given: [], full: [] };
      for (const m of mentions) {
        const count = m.words.length;
        // The surname as the knowledge base has it stays in the surname slot when the house's spelling
        // has more words ("Sisi" where AP writes "el-Sissi").
        if ((count === surnameWords || m.kind === 'surname') && (m.kind === 'surname' || (m.kind === 'variant' && count < nameWords))) {
          slots.surname.push(occurrenceOf(prose, m.words));
        } else if (count === nameWords && parts.given !== undefined) {
          // The name in the other order ("Takaichi Sanae" for Sanae Takaichi): its surname is where it is written.
          const written = m.words.map((w) => foldSpelling(w.text));
          const surnameParts = splitWords(parts.surname).words.map(foldSpelling);
          const startsWithSurname = surnameParts.every((w, k) => written[k] === w);
          const endsWithSurname = surnameParts.every((w, k) => written[count - surnameWords + k] === w);
          const surnameFirst = startsWithSurname !== endsWithSurname ? startsWithSurname : parts.surnameFirst;
          const surnameAt = surnameFirst ? 0 : count - surnameWords;
          const givenAt = surnameFirst ? surnameWords : 0;
          slots.surname.push(occurrenceOf(prose, m.words.slice(surnameAt, surnameAt + surnameWords)));
          slots.given.push(occurrenceOf(prose, m.words.slice(givenAt, givenAt + count - surnameWords)));
        } else {
          slots.full.push(occurrenceOf(prose, m.words));
        }
      }
      const canonical = ownNameParts(person);
      const from: AcceptedFrom = parts.agency ? 'agency' : parts.name !== canonical.name || parts.surname !== canonical.surname ? 'stylebook' : 'knowledge';
      const agency = parts.agency;
      const changed = (slot: string, house: string | undefined) => (written: string) => stylebookSays(written) || (house !== undefined && slot !== house);
      addFamily(b, { entity, slot: 'surname', accepted: parts.surname, acceptedFrom: from, agency, occurrences: slots.surname }, changed(canonical.surname, parts.surname));
      if (parts.given !== undefined) addFamily(b, { entity, slot: 'given', accepted: parts.given, acceptedFrom: from, agency, occurrences: slots.given }, changed(canonical.given ?? '', parts.given));
      addFamily(b, { entity, slot: 'full', accepted: parts.name, acceptedFrom: from, agency, occurrences: slots.full }, changed(canonical.name, parts.name));
    } else {
      const accepted = knowledge.houseSpelling(entity.entry.name);
      const from: AcceptedFrom = accepted !== entity.entry.name ? 'stylebook' : 'knowledge';
      addFamily(b, { entity, slot: 'name', accepted, acceptedFrom: from, occurrences: mentions.map((m) => occurrenceOf(prose, m.words)) }, (written) => stylebookSays(written) || from === 'stylebook');
    }
  }
}

/** Families from the stylebook's own spellings (names no list knows, and terms). */
function stylebookFamilies(b: Builder, knowledge: Knowledge, prose: string): void {
  if (!knowledge.spellings.size) return;
  const byHouse = new Map<string, string[]>();
  for (const [replaced, house] of knowledge.spellings) {
    const list = byHouse.get(house) ?? [];
    list.push(replaced);
    byHouse.set(house, list);
  }
  for (const [house, replaced] of byHouse) {
    const occurrences: SpellingOccurrence[] = [];
    for (const spelling of [house, ...replaced]) {
      for (const at of wholeWordOccurrences(prose, spelling)) {
        if (!b.claimed.has(at)) occurrences.push({ start: at, end: at + spelling.length, text: prose.slice(at, at + spelling.length) });
      }
    }
    addFamily(b, { slot: 'term', accepted: house, acceptedFrom: 'stylebook', occurrences }, () => true);
  }
}

function wholeWordOccurrences(prose: string, spelling: string): number[] {
  const found: number[] = [];
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c);
  for (let at = prose.indexOf(spelling); at >= 0; at = prose.indexOf(spelling, at + 1)) {
    if (!isWordChar(prose[at - 1]) && !isWordChar(prose[at + spelling.length])) found.push(at);
  }
  return found;
}

interface Candidate {
  text: string;
  occurrences: SpellingOccurrence[];
  /** Given names it is written with ("Ingrid" for "Ingrid Solheim"). */
  givens: Set<string>;
  /**
   * Capitalised ordinary words written right before it, which may be given names ("Mike" of "Mike
   * Rubino") or not ("North" of "North Koreans"): they can tell two people apart, never make one.
   */
  ordinaryGivens: Set<string>;
  /**
   * Written after a given name at least once, one that is also an ordinary word ("Mike Rubino",
   * "Rose Tannen"): never a surname standing alone.
   */
  withGiven: boolean;
  /** How many of its occurrences end in 's ("Wilder's"). */
  possessives: number;
  /** The knowledge-base person whose surname this is (an anchor for misspellings no list has). */
  entity?: Entity;
  accepted?: string;
}

/**
 * Families of names no list knows: a spelling used once or twice next to a near-identical,
 * alike-sounding spelling used at least twice as often ("Kowalcyk" among three "Kowalczyk").
 * Guards, from how names work in copy:
 * - a spelling the knowledge base knows as something else is never merged (Iran/Iraq);
 * - two spellings each written with its own, different given name are two people (Arne and Ingrid
 *   Solheim share a surname; Olga Ivanova is not Sergei Ivanov; Dan Regan is not Ronald Reagan);
 * - only a surname is compared: a given name ("Osama" of Osama bin Laden, "Russ" of Russ Feingold,
 *   "Dan" of Dan Regan) is compared with nothing;
 * - a spelling that only adds letters at the end of another is another word made from it, not a
 *   slip: a family in the plural ("the Clintons", "the Vargas" for the Varga family), a people or
 *   an adjective ("Latino" and "Latinos", "Africa" and "African", "Latin" and "Latino");
 * - a spelling near two majorities is left alone.
 */
function draftFamilies(b: Builder, names: NameMentions, knowledge: Knowledge): void {
  const candidates = new Map<string, Candidate>();
  const candidate = (text: string) => {
    let c = candidates.get(text);
    if (!c) candidates.set(text, (c = { text, occurrences: [], givens: new Set(), ordinaryGivens: new Set(), withGiven: false, possessives: 0 }));
    return c;
  };
  const prose = names.words;
  // Given names the draft writes in full names: alone ("Russ is running", in a quotation) they are
  // still that person's given name, never a surname to compare.
  const givenNames = new Set<string>();
  const nameFollows = (m: NameMention) => {
    const next = m.words[m.words.length - 1].index + 1;
    return !m.possessive && next < prose.length && prose.capitalised(next) && joinsPrevious(prose, next) && /^\s+$/.test(prose.separator(next));
  };
  for (const m of names.mentions) {
    if (m.entity && m.entity.type !== 'person') continue;
    const words = m.words.filter((w) => !NAME_PARTICLES.has(w.text));
    if (words.length > 1) givenNames.add(words[0].text);
    // "Kesel Moody": the surname is an ordinary word the names layer leaves out.
    else if (!m.entity && words.length === 1 && nameFollows(m)) givenNames.add(words[0].text);
  }
  for (const m of names.unknown) {
    const all = m.words;
    // A hyphenated surname is one unit ("Keller-Sutter"); particles are no part of what is compared.
    const units = unitsOf(all, names.words.prose).filter((u) => !NAME_PARTICLES.has(u.text));
    const last = units[units.length - 1];
    // More name follows ("Russ" of "Russ Feingold" when the names layer matched "Feingold" alone).
    const followed = nameFollows(m);
    const givenBefore = givenNameBefore(names, all[0].index, knowledge);
    units.forEach((u, i) => {
      if (!isDraftName(u.text, knowledge) || b.claimed.has(u.start)) return;
      // Only the last name is a surname: the ones before it are given names ("Osama" of Osama bin
      // Laden, "Kesel" of Kesel Moody, whatever the surname is as a word).
      if (i < units.length - 1) return;
      if (i === units.length - 1 && followed) return;
      if (units.length === 1 && givenNames.has(u.text)) return;
      const c = candidate(u.text);
      c.occurrences.push({ start: u.start, end: u.end, text: u.text });
      if (u === last && m.possessive) c.possessives++;
      if (i === 0 && givenBefore) {
        c.withGiven = true;
        c.ordinaryGivens.add(givenBefore);
      }
      if (u === last && units.length > 1) {
        const given = units[0].text;
        // An ordinary word first ("North Koreans", "Baby Boomer") is no given name; a short one may be ("Tom", "Dan").
        if (given.length > 1 && !NOT_GIVEN.test(given) && (given.length <= 3 || !isCommonWord(given)) && !knowledge.isAdjective(given)) {
          c.givens.add(given);
          c.withGiven = true;
        }
      }
    });
  }
  // "Wilder's" for Wilders': the apostrophe put inside a surname ending in s. The word before it may
  // be an ordinary word the names layer never reads as a name ("wilder").
  for (let i = 0; i < prose.length; i++) {
    if (!prose.capitalised(i) || !possessiveAfter(prose.prose, prose.end[i])) continue;
    const text = prose.text(i);
    const whole = candidates.get(`${text}s`);
    const start = prose.start[i];
    if (!whole?.withGiven || b.claimed.has(start)) continue;
    // The occurrence takes in the apostrophe and the s, which the fix moves ("Wilder's" → "Wilders'").
    const c = candidate(text);
    const occurrence = { start, end: prose.end[i] + 2, text: prose.prose.slice(start, prose.end[i] + 2) };
    const at = c.occurrences.findIndex((o) => o.start === start);
    if (at >= 0) c.occurrences[at] = occurrence;
    else {
      c.occurrences.push(occurrence);
      c.possessives++;
    }
  }
  // Anchors: surnames of known people, spelled as the knowledge base spells them.
  for (const family of b.families) {
    if (family.slot !== 'surname' || family.entity?.type !== 'person' || /\s/.test(family.accepted)) continue;
    const c = candidate(family.accepted);
    c.entity = family.entity;
    c.accepted = family.accepted;
    c.withGiven = true;
    for (const g of [family.entity.entry.name, ...((family.entity.entry as Person).variants ?? [])]) {
      const parts = g.split(/\s+/);
      if (parts.length > 1) c.givens.add(parts[0]);
    }
  }
  const byCount = [...candidates.values()].sort((x, y) => y.occurrences.length - x.occurrences.length);
  const neighbours = alikeIndex(byCount);
  const transliterations = transliterationIndex(byCount);
  const absorbed = new Map<Candidate, Candidate[]>();
  // A known person the draft names only by a bare surname, one spelling throughout: the surname
  // may be a slip for a full name the draft introduces ("Solberg" once among Ingrid Solbergh's
  // three), and the draft's own person then beats the knowledge base.
  const displaced = new Map<Candidate, SpellingFamily>();
  for (const c of byCount) {
    if (!c.entity || c.occurrences.length) continue;
    const families = b.families.filter((f) => f.entity === c.entity);
    const surname = families.find((f) => f.slot === 'surname');
    if (!surname || surname.spellings.length !== 1 || families.some((f) => f !== surname && f.occurrences.length)) continue;
    if (!surname.occurrences.every((o) => o.text === c.text)) continue;
    displaced.set(c, surname);
  }
  for (const minor of byCount) {
    const family = displaced.get(minor);
    if (family) {
      const majors = neighbours(minor).filter((major) => !major.entity && major.givens.size > 0 && major.occurrences.length >= 2
        && major.occurrences.length >= 2 * family.occurrences.length && slipOf(major.text, minor.text));
      if (majors.length !== 1) continue;
      minor.occurrences = family.occurrences.map((o) => ({ ...o }));
      const list = absorbed.get(majors[0]) ?? [];
      list.push(minor);
      absorbed.set(majors[0], list);
      continue;
    }
    if (minor.entity || !minor.occurrences.length) continue;
    // A spelling the knowledge base knows as something else is never merged (Iran, Iraq); a known
    // person's surname the names layer did not take for them here may still be the draft's own
    // person without the accent ("Fernandez" after "Lucía Fernández").
    const forms = knowledge.lookup(minor.text);
    const namesake = forms.length > 0 && forms.every((f) => f.entity.type === 'person');
    if (forms.length && !namesake) continue;
    const majors = [...(namesake ? [] : neighbours(minor)), ...transliterations(minor)].filter((major) => {
      if (major === minor) return false;
      if (namesake && (major.entity || !major.givens.size)) return false;
      // One name with and without its diacritics: the spelling written more often, else the one written first.
      if (transliterated(major.text, minor.text)) {
        return !!major.entity || major.occurrences.length > minor.occurrences.length
          || (major.occurrences.length === minor.occurrences.length && major.occurrences[0].start < minor.occurrences[0].start);
      }
      if (!alike(major, minor)) return false;
      if (!major.entity && (major.occurrences.length < 2 || major.occurrences.length < 2 * minor.occurrences.length)) return false;
      const majorGivens = [...major.givens, ...major.ordinaryGivens];
      const minorGivens = [...minor.givens, ...minor.ordinaryGivens];
      if (majorGivens.length && minorGivens.length && !minorGivens.some((g) => majorGivens.some((h) => g === h || similarSpelling(g, h)))) return false;
      return true;
    });
    if (new Set(majors).size !== 1) continue;
    const list = absorbed.get(majors[0]) ?? [];
    list.push(minor);
    absorbed.set(majors[0], list);
  }
  for (const [major, minors] of absorbed) {
    if (minors.some((m) => absorbed.has(m))) continue;
    const occurrences = [...minors.flatMap((m) => m.occurrences)];
    for (const minor of minors) {
      const family = displaced.get(minor);
      if (!family) continue;
      b.families.splice(b.families.indexOf(family), 1);
      b.problems.splice(0, b.problems.length, ...b.problems.filter((p) => p.family !== family));
    }
    if (major.entity) {
      // The known person's family already holds the knowledge base's spellings: add the misspellings.
      const family = b.families.find((f) => f.entity === major.entity && f.slot === 'surname');
      if (!family) continue;
      b.families.splice(b.families.indexOf(family), 1);
      b.problems.splice(0, b.problems.length, ...b.problems.filter((p) => p.family !== family));
      addFamily(b, { entity: family.entity, slot: 'surname', accepted: family.accepted, acceptedFrom: family.acceptedFrom, occurrences: [...family.occurrences, ...occurrences] }, () => false);
    } else {
      addFamily(b, { slot: 'surname', accepted: major.text, acceptedFrom: 'draft', occurrences: [...major.occurrences, ...occurrences] }, () => false);
    }
  }
  // Every other name is a family of one spelling, built only when hover or rename asks.
  for (const c of candidates.values()) {
    if (c.entity || !c.occurrences.length || c.occurrences.some((o) => b.claimed.has(o.start))) continue;
    b.singletons.push(c.occurrences);
  }
}

/**
 * Whether a spelling may be a slip for another: near-identical in writing and in sound, or, for a
 * surname written alone, one letter off a surname the draft introduced with a given name
 * ("Lindquist" after "Gary Lindqvist": the second reference is the same person, whatever it sounds like).
 */
/**
 * The candidates that can be `alike` one another, without comparing every pair (a book names
 * thousands): spellings that sound alike share a Double Metaphone key, and spellings one slip apart
 * share a key of their one-deletion neighbourhoods ("lindqvist" and "lindquist" both give "lindqist").
 */
function alikeIndex(candidates: readonly Candidate[]): (candidate: Candidate) => Candidate[] {
  const buckets = new Map<string, Candidate[]>();
  const keysOf = (c: Candidate): string[] => {
    const [primary, alternate] = phoneticKeys(c.text);
    const keys = [`s:${primary}`, `s:${alternate}`];
    const lower = c.text.toLowerCase();
    keys.push(`d:${lower}`);
    for (let i = 0; i < lower.length; i++) keys.push(`d:${lower.slice(0, i)}${lower.slice(i + 1)}`);
    return keys;
  };
  const keys = new Map<Candidate, string[]>();
  for (const c of candidates) {
    const own = keysOf(c);
    keys.set(c, own);
    for (const key of new Set(own)) {
      const bucket = buckets.get(key);
      if (bucket) bucket.push(c);
      else buckets.set(key, [c]);
    }
  }
  return (candidate) => {
    const found = new Set<Candidate>();
    for (const key of keys.get(candidate)!) for (const c of buckets.get(key)!) found.add(c);
    return [...found];
  };
}

/** The candidates that are another candidate's spelling with or without diacritics, by a shared key. */
function transliterationIndex(candidates: readonly Candidate[]): (candidate: Candidate) => Candidate[] {
  const key = (text: string) => text.toLowerCase().replace(/ß/g, 'ss').replace(/æ/g, 'ae').replace(/œ/g, 'oe').replace(/ø/g, 'o').replace(/å/g, 'a')
    .replace(/ł/g, 'l').replace(/đ/g, 'd').normalize('NFD').replace(/\p{M}/gu, '').replace(/([aou])e/g, '$1').replace(/aa/g, 'a');
  const buckets = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const k = key(c.text);
    const bucket = buckets.get(k);
    if (bucket) bucket.push(c);
    else buckets.set(k, [c]);
  }
  return (candidate) => (buckets.get(key(candidate.text)) ?? []).filter((c) => transliterated(c.text, candidate.text));
}

function alike(major: Candidate, minor: Candidate): boolean {
  // "Wilder's supporters" for Wilders': the one slip that only drops a final letter.
  if (major.text === `${minor.text}s` && minor.possessives === minor.occurrences.length) return true;
  // Unless the same given name comes with both ("Marco Rubi" for Marco Rubio), and the letters are
  // no plural ending ("the Barry Bennetts of this world").
  if (extends_(major.text, minor.text) || extends_(minor.text, major.text)) {
    const [longer, shorter] = major.text.length > minor.text.length ? [major.text, minor.text] : [minor.text, major.text];
    const added = longer.slice(shorter.length);
    if (!/^e?s$/.test(added) && [...minor.givens].some((g) => major.givens.has(g))) return true;
    // A surname written alone with one letter more or less than the full name the draft introduced
    // ("Solbergh" for Ingrid Solberg), unless that letter makes another word from it: a plural, a
    // people or an adjective ("Latinos", "African", "Latino").
    return added.length === 1 && !/[saeiouny]/.test(added) && !minor.withGiven && major.givens.size > 0;
  }
  if (similarSpelling(major.text, minor.text)) return true;
  // A slip that changes the first letter is rare: "Maine" is not a slip for "Kaine".
  return !minor.withGiven && major.givens.size > 0 && major.text[0] === minor.text[0] && isSlip(major.text.toLowerCase(), minor.text.toLowerCase());
}

/** One spelling a slip for the other: alike in writing and sound, one letter typed wrong, or one letter added or dropped at the end that makes no other word. */
function slipOf(major: string, minor: string): boolean {
  if (similarSpelling(major, minor)) return true;
  if (major[0] !== minor[0] || !isSlip(major.toLowerCase(), minor.toLowerCase())) return false;
  const [longer, shorter] = major.length > minor.length ? [major, minor] : [minor, major];
  return !extends_(longer, shorter) || !/^[saeiouny]$/.test(longer.slice(shorter.length));
}

/** Whether `longer` is `shorter` with letters added at the end ("Clintons", "Latinos", "African"). */
function extends_(longer: string, shorter: string): boolean {
  return longer.length > shorter.length && longer.startsWith(shorter);
}

/** Single capitals, courtesy titles and ranks: what stands before a surname without being a given name. */
const NOT_GIVEN = /^(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady)$/u;

/**
 * Whether the word before words[i] is a given name the names layer left out of the name because it
 * is also an ordinary word ("Mike" of "Mike Rubino", "Will" of "Will Hurd"): capitalised inside the
 * sentence, joined by a space, and not a title, courtesy title or a country's adjective.
 */
function givenNameBefore(names: NameMentions, i: number, knowledge: Knowledge): string | undefined {
  const words = names.words;
  if (i <= 0 || !words.capitalised(i - 1) || !joinsPrevious(words, i) || !/^\s+$/.test(words.separator(i))) return undefined;
  const before = words.text(i - 1);
  if (before.length < 2 || names.ordinary(i - 1) || (words.sentenceInitial(i - 1) && isCommonWord(before))) return undefined;
  if (knowledge.isAdjective(before) || NOT_NAMES_BEFORE.has(before.toLowerCase())) return undefined;
  return isCommonWord(before) && !isOfficeWord(before) ? before : undefined;
}

const NOT_NAMES_BEFORE = new Set(['mr', 'mrs', 'ms', 'dr', 'mx', 'prof', 'sir', 'dame', 'lord', 'lady', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'adm', 'maj']);

interface Unit extends Span {
  text: string;
  lastWord: number;
}

/** The words of a name, those joined by a hyphen taken together ("Keller-Sutter", "Abu-Salha"). */
function unitsOf(words: readonly Word[], prose: string): Unit[] {
  const units: Unit[] = [];
  for (const w of words) {
    const previous = units[units.length - 1];
    if (previous && (w.separator === '-' || w.separator === '‐') && previous.end === w.start - 1) {
      previous.end = w.end;
      previous.text = prose.slice(previous.start, w.end);
      previous.lastWord = w.index;
    } else {
      units.push({ start: w.start, end: w.end, text: w.text, lastWord: w.index });
    }
  }
  return units;
}

/** Whether `prose` has a possessive ending at `end` ("'s", "’s"). */
function possessiveAfter(prose: string, end: number): boolean {
  const c = prose[end];
  return (c === "'" || c === '’') && (prose[end + 1] === 's' || prose[end + 1] === 'S') && !/[\p{L}\p{N}]/u.test(prose[end + 2] ?? ' ');
}

/** A unit that can be a name no list knows: each part capitalised, and not all of them ordinary words. */
function isDraftName(text: string, knowledge: Knowledge): boolean {
  if (!text.includes('-') && !text.includes('‐')) return isDraftNameWord(text, knowledge);
  const parts = text.split(/[-‐]/);
  return parts.every((p) => /^\p{Lu}\p{Ll}/u.test(p)) && parts.some((p) => isDraftNameWord(p, knowledge));
}

/** A word that can be part of a name no list knows: capitalised, not an initialism, not an ordinary word. */
function isDraftNameWord(word: string, knowledge: Knowledge): boolean {
  // Names have no digits ("Holt12" is a code, not a name).
  if (word.length < 4 || !/^\p{Lu}\p{Ll}/u.test(word) || /\d/.test(word)) return false;
  if (knowledge.isAdjective(word) || isCommonWord(word)) return false;
  return true;
}

type SpellingContext = Pick<CheckContext, 'doc' | 'knowledge'> & Partial<Pick<CheckContext, 'settings'>>;

/** Whose spelling the house follows: its stylebook's authority, else the setting, else the person's own. */
function authorityOf(context: SpellingContext): NameAuthority {
  return context.knowledge.authority ?? context.settings?.nameAuthority ?? 'native';
}

function build(context: SpellingContext, authority: NameAuthority): NameSpellings {
  const names = nameMentionsOf(context);
  const prose = context.doc.prose;
  const b: Builder = { families: [], problems: [], claimed: new Set(), singletons: [] };
  knownFamilies(b, names, context.knowledge, prose, authority);
  stylebookFamilies(b, context.knowledge, prose);
  draftFamilies(b, names, context.knowledge);
  b.problems.sort((x, y) => x.occurrence.start - y.occurrence.start);
  let index: Array<{ family: SpellingFamily; occurrence: SpellingOccurrence }> | undefined;
  const indexed = () => {
    if (index) return index;
    const all = [...b.families];
    for (const occurrences of b.singletons) {
      all.push({ slot: 'surname', accepted: occurrences[0].text, acceptedFrom: 'draft', occurrences, spellings: tally(occurrences, occurrences[0].text) });
    }
    index = [];
    for (const family of all) for (const occurrence of family.occurrences) index.push({ family, occurrence });
    index.sort((x, y) => x.occurrence.start - y.occurrence.start);
    return index;
  };
  return {
    families: b.families,
    problems: b.problems,
    familyAt(offset) {
      const list = indexed();
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid].occurrence.end < offset) lo = mid + 1;
        else hi = mid;
      }
      const hit = list[lo];
      return hit && hit.occurrence.start <= offset && offset <= hit.occurrence.end ? hit : undefined;
    },
  };
}

const perKnowledge = defineLayer('name spellings', () => new WeakMap<Knowledge, Map<NameAuthority, NameSpellings>>());

/** The spelling families of a draft and the occurrences to change (one computation per draft, knowledge and authority). */
export function nameSpellingsOf(context: SpellingContext): NameSpellings {
  const cache = perKnowledge(context.doc);
  let byAuthority = cache.get(context.knowledge);
  if (!byAuthority) cache.set(context.knowledge, (byAuthority = new Map()));
  const authority = authorityOf(context);
  let found = byAuthority.get(authority);
  if (!found) {
    found = build(context, authority);
    byAuthority.set(authority, found);
  }
  return found;
}

/** What a mention's family is called in messages: the person's or place's name, else the spelling. */
export function familyName(family: SpellingFamily): string {
  return family.entity ? family.entity.entry.name : family.accepted;
}

export type { NameMention };
