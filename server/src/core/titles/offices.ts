// Offices as the knowledge base knows them, indexed once per knowledge base: what each
// jurisdiction calls each office, who held it when, which offices have one holder at a time, and
// which words name a country or an organisation ("Russian", "Ukraine's", "NATO"). Titles are
// compared as sets of words, so that "Secretary of the Treasury" and "Treasury Secretary" agree.
import type { Knowledge, Person, Role } from '../knowledge';
import { IGNORED_IN_COMPARISON, RANK_WORDS, TITLE_ABBREVIATIONS, TITLE_HEADS, WORD_FOLDS } from './lexicon';

/**
 * Offices whose name differs by country and must be used as the country uses it (AP and the wire
 * services: the US has a secretary of state, not a foreign minister; Germany a chancellor, not a
 * prime minister). Other offices accept any of their usual English names.
 */
const STRICT_KINDS = new Set(['head-of-state', 'head-of-government', 'foreign-minister', 'defence-minister']);

/** Descriptions that fit an office whatever the country calls it. */
const DESCRIPTIONS: Record<string, string[]> = {
  'head-of-state': ['head of state'],
  'head-of-government': ['head of government'],
};

/** A title reduced to the words that matter for comparison, in a canonical spelling. */
export type TitleWords = readonly string[];

export function titleWords(text: string): string[] {
  const words: string[] = [];
  for (const raw of text.toLowerCase().replace(/[’']s\b/g, '').split(/[^\p{L}\p{M}\p{N}]+/u)) {
    if (!raw || IGNORED_IN_COMPARISON.has(raw)) continue;
    // "Sen." is "senator", "Gen." "general": an abbreviation names the same title.
    const word = TITLE_ABBREVIATIONS.get(raw) ?? raw;
    const folded = WORD_FOLDS.get(word);
    if (folded) words.push(...folded);
    else words.push(word);
  }
  return words;
}

/**
 * Whether `written` can name the office called `name`: every word written is in the name, and the
 * words left out do not change the office (a writer may shorten "foreign minister" to "minister",
 * but not "Deputy Prime Minister" to "Prime Minister").
 */
export function fits(written: TitleWords, name: TitleWords): boolean {
  if (!written.length) return false;
  const nameSet = new Set(name);
  if (!written.every((w) => nameSet.has(w))) return false;
  const writtenSet = new Set(written);
  return !name.some((w) => !writtenSet.has(w) && RANK_WORDS.has(w));
}

/** Same words, in any order: the written title names exactly this office. */
export function same(written: TitleWords, name: TitleWords): boolean {
  const a = new Set(written);
  const b = new Set(name);
  return a.size === b.size && [...a].every((w) => b.has(w));
}

export interface Holding {
  person: Person;
  role: Role;
}

export interface JurisdictionRef {
  id: string;
  kind: 'country' | 'organisation';
}

export interface OfficeIndex {
  /** Every name of the office in the jurisdiction a title may use, as written words. */
  namesOf(office: string, jurisdiction: string, role?: Role): TitleWords[];
  /** The jurisdiction's own title for the office ("Secretary of State"), for suggestions. */
  titleOf(office: string, jurisdiction: string, role?: Role): string;
  /**
   * Offices of a jurisdiction that a written title names exactly, as the jurisdiction calls them or
   * by their usual English name ("President" names Spain's head of state, whom Spain calls King).
   */
  officesNamed(written: TitleWords, jurisdiction: string): string[];
  /** The offices a written title names exactly, in general or as some jurisdiction calls them ("Secretary of State"). */
  officesNamedAnywhere(written: TitleWords): ReadonlySet<string>;
  /** Whether a written title names the office exactly, in general ("foreign minister") or as the jurisdiction calls it. */
  namesOffice(written: TitleWords, office: string, jurisdiction: string): boolean;
  /** Whether the office has one holder at a time (a prime minister; not the deputy prime ministers). */
  exclusive(office: string, jurisdiction: string): boolean;
  /** Who held the office on a date. */
  holdersOn(office: string, jurisdiction: string, date: string): Holding[];
  /** Whether the knowledge base records any holder of the office. */
  known(office: string, jurisdiction: string): boolean;
  /** The jurisdiction a word or phrase names: a country adjective, a country or organisation name. */
  jurisdictionOf(text: string): JurisdictionRef | undefined;
  /** The words that name a jurisdiction (for stripping "of the European Commission" from a title). */
  namesOfJurisdiction(id: string): string[];
  /** The adjective for a country ("German"), if the knowledge base gives one. */
  adjectiveOf(id: string): string | undefined;
  /** Whether `inner` belongs to `outer` (the European Commission to the EU). */
  within(inner: string, outer: string): boolean;
  strict(office: string): boolean;
}

const indexes = new WeakMap<Knowledge, OfficeIndex>();

export function officeIndex(knowledge: Knowledge): OfficeIndex {
  let index = indexes.get(knowledge);
  if (!index) indexes.set(knowledge, (index = buildIndex(knowledge)));
  return index;
}

/** Institutions of the European Union, which "EU" qualifies ("EU Commission President"). */
const EU_INSTITUTIONS = new Set(['european-commission', 'european-council', 'european-parliament', 'council-of-the-eu', 'ecb']);

function buildIndex(knowledge: Knowledge): OfficeIndex {
  const holders = new Map<string, Holding[]>();
  for (const person of knowledge.people) {
    for (const role of person.roles) {
      const key = `${role.office}|${role.of}`;
      let list = holders.get(key);
      if (!list) holders.set(key, (list = []));
      list.push({ person, role });
    }
  }
  // An office is exclusive when no two people held it (other than as acting holders) for more than
  // a day at once: the day of a handover counts for both.
  const exclusiveOffices = new Set<string>();
  for (const [key, list] of holders) {
    // ISO dates sort by code unit; localeCompare would load ICU's collator at start-up (~15 ms).
    const formal = list.filter((h) => !h.role.acting).sort((a, b) => (a.role.start < b.role.start ? -1 : a.role.start > b.role.start ? 1 : 0));
    let overlapping = false;
    for (let i = 0; i < formal.length && !overlapping; i++) {
      for (let j = i + 1; j < formal.length; j++) {
        const a = formal[i];
        const b = formal[j];
        if (a.person === b.person) continue;
        const endA = a.role.end ?? '9999-12-31';
        if (b.role.start < endA && daysBetween(b.role.start, endA) > 1) { overlapping = true; break; }
      }
    }
    if (!overlapping) exclusiveOffices.add(key);
  }

  const jurisdictionWords = new Map<string, JurisdictionRef>();
  const jurisdictionNames = new Map<string, string[]>();
  const adjectives = new Map<string, string>();
  const addWord = (text: string, ref: JurisdictionRef) => {
    if (!jurisdictionWords.has(text)) jurisdictionWords.set(text, ref);
  };
  for (const place of knowledge.places) {
    if (place.kind !== 'country' && place.kind !== 'region') continue;
    const ref: JurisdictionRef = { id: place.id, kind: 'country' };
    const names = [place.name, ...(place.aliases ?? []), ...(place.variants ?? [])];
    for (const name of names) addWord(name, ref);
    for (const adjective of place.adjectives ?? []) addWord(adjective, ref);
    jurisdictionNames.set(place.id, names);
    const adjective = (place.adjectives ?? []).find((a) => !/^[\p{Lu}.]+$/u.test(a));
    if (adjective) adjectives.set(place.id, adjective);
  }
  for (const organisation of knowledge.organisations) {
    const ref: JurisdictionRef = { id: organisation.id, kind: 'organisation' };
    const names = [organisation.name, ...(organisation.aliases ?? []), ...(organisation.variants ?? [])];
    for (const name of names) addWord(name, ref);
    for (const adjective of organisation.adjectives ?? []) addWord(adjective, ref);
    jurisdictionNames.set(organisation.id, names);
  }

  const kinds = knowledge.offices.kinds;
  const jurisdictions = knowledge.offices.jurisdictions;
  const generic = new Map<string, TitleWords[]>();
  for (const [kind, info] of Object.entries(kinds)) {
    generic.set(kind, [info.title, ...info.aliases].map(titleWords));
  }

  /** The jurisdiction's title with the jurisdiction's own name taken out ("President of the European Commission" → "President"). */
  const bare = (title: string, jurisdiction: string): string | undefined => {
    for (const name of jurisdictionNames.get(jurisdiction) ?? []) {
      const short = withoutOwner(title, name);
      if (short !== undefined) return short;
    }
    return undefined;
  };

  const namesCache = new Map<string, TitleWords[]>();
  const namesOf = (office: string, jurisdiction: string, role?: Role): TitleWords[] => {
    const key = `${office}|${jurisdiction}|${role?.title ?? ''}`;
    let names = namesCache.get(key);
    if (names) return names;
    const texts: string[] = [];
    const own = jurisdictions[jurisdiction]?.[office];
    if (role?.title) texts.push(role.title);
    if (own) texts.push(own);
    for (const text of [...texts]) {
      const short = bare(text, jurisdiction);
      if (short) texts.push(short);
    }
    names = texts.map(titleWords);
    // The usual English names of the office, unless the country's own English title is another
    // kind of office: the US has a secretary of state, not a foreign minister; Germany a
    // chancellor, not a prime minister. A minister "of external affairs" is still a minister, and a
    // title in the country's language (Taoiseach) is rendered with the English one.
    const usual = generic.get(office) ?? [];
    if (!own || !STRICT_KINDS.has(office)) names.push(...usual);
    else {
      const ownHead = headOf(own);
      const english = TITLE_HEADS.has(ownHead) && !(DESCRIPTIONS[office] ?? []).some((d) => same(titleWords(own), titleWords(d)));
      names.push(...usual.filter((_, i) => !english || headOf([kinds[office].title, ...kinds[office].aliases][i]) === ownHead));
    }
    names.push(...(DESCRIPTIONS[office] ?? []).map(titleWords));
    namesCache.set(key, names);
    return names;
  };

  const anyOffice = new Map<string, Set<string>>();
  const officesInJurisdiction = new Map<string, Set<string>>();
  const noteOffice = (jurisdiction: string, office: string) => {
    let set = officesInJurisdiction.get(jurisdiction);
    if (!set) officesInJurisdiction.set(jurisdiction, (set = new Set()));
    set.add(office);
  };
  for (const [jurisdiction, titles] of Object.entries(jurisdictions)) for (const office of Object.keys(titles)) noteOffice(jurisdiction, office);
  for (const key of holders.keys()) {
    const [office, jurisdiction] = key.split('|');
    noteOffice(jurisdiction, office);
  }

  return {
    namesOf,
    titleOf(office, jurisdiction, role) {
      return knowledge.officeTitle(office, jurisdiction, role);
    },
    officesNamed(written, jurisdiction) {
      const result: string[] = [];
      for (const office of officesInJurisdiction.get(jurisdiction) ?? []) {
        if (namesOf(office, jurisdiction).some((name) => same(written, name)) || (generic.get(office) ?? []).some((name) => same(written, name))) result.push(office);
      }
      return result;
    },
    officesNamedAnywhere(written) {
      const key = [...new Set(written)].sort().join(' ');
      let named = anyOffice.get(key);
      if (!named) {
        named = new Set<string>();
        for (const [kind, names] of generic) if (names.some((name) => same(written, name))) named.add(kind);
        for (const [jurisdiction, titles] of Object.entries(jurisdictions)) {
          for (const office of Object.keys(titles)) if (namesOf(office, jurisdiction).some((name) => same(written, name))) named.add(office);
        }
        anyOffice.set(key, named);
      }
      return named;
    },
    namesOffice(written, office, jurisdiction) {
      return (generic.get(office) ?? []).some((name) => same(written, name))
        || namesOf(office, jurisdiction).some((name) => same(written, name));
    },
    exclusive(office, jurisdiction) {
      return exclusiveOffices.has(`${office}|${jurisdiction}`);
    },
    holdersOn(office, jurisdiction, date) {
      return (holders.get(`${office}|${jurisdiction}`) ?? []).filter((h) => holdsOn(h.role, date));
    },
    known(office, jurisdiction) {
      return holders.has(`${office}|${jurisdiction}`);
    },
    jurisdictionOf(text) {
      const cleaned = text.replace(/[’']s?$/, '').replace(/^the\s+/i, '');
      return jurisdictionWords.get(cleaned) ?? jurisdictionWords.get(text);
    },
    namesOfJurisdiction(id) {
      return jurisdictionNames.get(id) ?? [];
    },
    adjectiveOf(id) {
      return adjectives.get(id);
    },
    within(inner, outer) {
      return inner === outer || (outer === 'eu' && EU_INSTITUTIONS.has(inner));
    },
    strict(office) {
      return STRICT_KINDS.has(office);
    },
  };
}

/** The noun a title is built on: the last word before an "of"/"for" complement ("Secretary of State" → secretary). */
export function headOf(title: string): string {
  const words = title.toLowerCase().split(/\s+/);
  const complement = words.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'));
  const core = complement > 0 ? words.slice(0, complement) : words;
  const head = core[core.length - 1].replace(/[^\p{L}-]/gu, '');
  const folded = WORD_FOLDS.get(head);
  return folded ? folded[folded.length - 1] : head;
}

/** Whether a role was held on a date (a role still held when the knowledge was checked has no end). */
export function holdsOn(role: Role, date: string): boolean {
  return role.start <= date && (role.end === null || date <= role.end);
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}

/**
 * The title without its owner's name after "of" or "for" ("President of the European Commission"
 * → "President"), or undefined when it does not end so. Names come from the knowledge base and
 * the house stylebook, so this is plain string work, never a regular expression built from them.
 */
export function withoutOwner(title: string, name: string): string | undefined {
  if (!name || title.length <= name.length) return undefined;
  const end = title.length - name.length;
  if (title.slice(end).toLowerCase() !== name.toLowerCase()) return undefined;
  const beforeName = title.slice(0, end);
  const rest = beforeName.trimEnd();
  if (rest.length === beforeName.length) return undefined;
  const withoutThe = endsWithWord(rest, 'the');
  for (const candidate of withoutThe === undefined ? [rest] : [withoutThe, rest]) {
    for (const preposition of ['of', 'for']) {
      const short = endsWithWord(candidate, preposition);
      if (short !== undefined) return short;
    }
  }
  return undefined;
}

/** `text` without a last word `word` (any case) and the white space before it; undefined unless it ends so. */
function endsWithWord(text: string, word: string): string | undefined {
  if (text.length <= word.length || text.slice(-word.length).toLowerCase() !== word) return undefined;
  const before = text.slice(0, -word.length);
  const trimmed = before.trimEnd();
  return trimmed.length < before.length ? trimmed : undefined;
}
