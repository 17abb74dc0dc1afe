// The knowledge base in memory: merged from data files (built-in, then the house stylebook's
// additions and overrides), indexed once so that checks look names up instead of scanning lists.
import { withoutFormatCharacters } from '../invisible';
import type { KnowledgeFile, NameAuthority, Offices, Organisation, Person, Place, Role } from './types';
import type { HouseQuoteStyle } from '../types';

export type Entity =
  | { type: 'person'; entry: Person }
  | { type: 'place'; entry: Place }
  | { type: 'organisation'; entry: Organisation };

/** How a spelling relates to the entity it names. */
export type FormKind = 'name' | 'surname' | 'variant' | 'alias';

export interface Form {
  entity: Entity;
  kind: FormKind;
  /** The spelling is also an ordinary word or another entry's name: it names the entity only where the draft names it otherwise too. */
  contextual?: true;
}

/** A spelling in the knowledge base, split into words for matching against a draft. */
export interface IndexedForm {
  /** The spelling exactly as the knowledge base writes it. */
  text: string;
  /** Its words (letters and digits) and, between them, the separators (" ", "-", "'"). */
  words: string[];
  /** The words in lower case, and the first one capitalised ("Von" of "von der Leyen"), for matching. */
  lowerWords: string[];
  capitalisedFirst: string;
  separators: string[];
  forms: Form[];
}

/** Splits a spelling into its words (runs of letters, marks and digits) and the separators between them. */
export function splitWords(text: string): { words: string[]; separators: string[]; starts: number[] } {
  const words: string[] = [];
  const separators: string[] = [];
  const starts: number[] = [];
  // Scanned by character code: the knowledge base splits thousands of spellings at start-up, where a
  // regular expression iterator per spelling costs more than all the rest of the indexing.
  let last = -1;
  for (let i = 0; i < text.length;) {
    const start = i;
    for (let unit = wordCharLength(text, i); unit; unit = wordCharLength(text, i)) i += unit;
    if (i === start) {
      i += codePointLength(text, i);
      continue;
    }
    if (last >= 0) separators.push(text.slice(last, start));
    words.push(text.slice(start, i));
    starts.push(start);
    last = i;
  }
  return { words, separators, starts };
}

/** The case-insensitive key of a spelling (typographic apostrophes as straight ones). */
export function foldSpelling(text: string): string {
  // Invisible format characters (a soft hyphen, a zero-width space) do not make another spelling.
  return withoutFormatCharacters(text.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' '));
}

export class Knowledge {
  readonly checked: string;
  /** The first day the knowledge covers ("" when no file says): who held an office before it is not known. */
  readonly since: string;
  readonly people: Person[] = [];
  readonly places: Place[] = [];
  readonly organisations: Organisation[] = [];
  readonly offices: Offices = { kinds: {}, jurisdictions: {} };
  /** House spellings: each replaced spelling (as written) → the house spelling. */
  readonly spellings = new Map<string, string>();
  /** The house style of quotation marks, when a stylebook names one. */
  readonly quotes: HouseQuoteStyle | undefined;
  /** Whose spelling of names the house follows, when its stylebook says (else the copydesk.nameAuthority setting). */
  readonly authority: NameAuthority | undefined;
  private readonly forms = new Map<string, Form[]>();
  /** The spellings by their first word in lower case, in the order they were added. */
  private readonly spellingsByFirstWord = new Map<string, string[]>();
  /** The same, split into words and sorted longest first: each bucket made on its first lookup. */
  private readonly byFirstWord = new Map<string, IndexedForm[]>();
  private readonly lowercaseFirstWords = new Set<string>();
  private readonly peopleById = new Map<string, Person>();
  private readonly placesById = new Map<string, Place>();
  private readonly organisationsById = new Map<string, Organisation>();
  private readonly adjectiveSet = new Set<string>();
  /** Replaced spellings by the word (or character) they start with, longest first. */
  private replacedByStart: Map<string, string[]> | undefined;
  private sortedForms: Array<{ folded: string; text: string; house: string; entity: Entity }> | undefined;

  constructor(files: readonly KnowledgeFile[]) {
    let checked = '';
    let quotes: HouseQuoteStyle | undefined;
    let authority: NameAuthority | undefined;
    let since = '';
    // A later file's entry with the same id replaces an earlier one (the stylebook overrides).
    const people = new Map<string, Person>();
    const places = new Map<string, Place>();
    const organisations = new Map<string, Organisation>();
    for (const file of files) {
      if (file.meta?.checked && file.meta.checked > checked) checked = file.meta.checked;
      if (file.meta?.since && (!since || file.meta.since < since)) since = file.meta.since;
      for (const person of file.people ?? []) people.set(person.id, person);
      for (const place of file.places ?? []) places.set(place.id, place);
      for (const organisation of file.organisations ?? []) organisations.set(organisation.id, organisation);
      Object.assign(this.offices.kinds, file.offices?.kinds);
      for (const [jurisdiction, titles] of Object.entries(file.offices?.jurisdictions ?? {})) {
        this.offices.jurisdictions[jurisdiction] = { ...this.offices.jurisdictions[jurisdiction], ...titles };
      }
      for (const [replaced, house] of Object.entries(file.spellings ?? {})) {
        if (replaced !== house) this.spellings.set(replaced, house);
      }
      quotes = file.quotes ?? quotes;
      authority = file.authority ?? authority;
    }
    this.checked = checked;
    this.quotes = quotes;
    this.authority = authority;
    this.since = since;
    this.people.push(...people.values());
    this.places.push(...places.values());
    this.organisations.push(...organisations.values());
    for (const person of this.people) {
      this.peopleById.set(person.id, person);
      const entity: Entity = { type: 'person', entry: person };
      this.addForm(person.name, entity, 'name');
      this.addForm(person.surname, entity, 'surname');
      for (const variant of person.variants ?? []) this.addForm(variant, entity, 'variant');
      for (const alias of person.aliases ?? []) this.addForm(alias, entity, 'alias');
      // The wire services' spellings name the person too, as variants where they are not already a spelling of theirs.
      for (const agency of Object.values(person.agencies ?? {})) {
        for (const spelling of [agency.name, agency.surname]) {
          if (!this.lookup(spelling).some((f) => f.entity.entry === person)) this.addForm(spelling, entity, spelling === agency.surname ? 'surname' : 'variant');
        }
      }
    }
    for (const place of this.places) {
      this.placesById.set(place.id, place);
      const entity: Entity = { type: 'place', entry: place };
      this.addForm(place.name, entity, 'name');
      for (const variant of place.variants ?? []) this.addForm(variant, entity, 'variant');
      for (const alias of place.aliases ?? []) this.addForm(alias, entity, 'alias');
      for (const adjective of place.adjectives ?? []) this.adjectiveSet.add(adjective);
    }
    for (const organisation of this.organisations) {
      this.organisationsById.set(organisation.id, organisation);
      const entity: Entity = { type: 'organisation', entry: organisation };
      this.addForm(organisation.name, entity, 'name');
      for (const variant of organisation.variants ?? []) this.addForm(variant, entity, 'variant');
      for (const alias of organisation.aliases ?? []) this.addForm(alias, entity, 'alias');
      for (const adjective of organisation.adjectives ?? []) this.adjectiveSet.add(adjective);
    }
  }

  private addForm(form: string, entity: Entity, kind: FormKind): void {
    const list = this.forms.get(form);
    const entry: Form = entity.entry.contextual?.includes(form) ? { entity, kind, contextual: true } : { entity, kind };
    if (!list) {
      this.forms.set(form, [entry]);
      // Only the first word now: the rest of the indexing waits for a draft to use that word (a
      // draft meets a few hundred of the thousands of first words), which keeps start-up short.
      const first = firstWordOf(form);
      if (!first) return;
      const key = first.toLowerCase();
      if (first === key) this.lowercaseFirstWords.add(key);
      const bucket = this.spellingsByFirstWord.get(key);
      if (bucket) bucket.push(form);
      else this.spellingsByFirstWord.set(key, [form]);
    } else if (!list.some((f) => f.entity.entry === entity.entry && f.kind === kind)) {
      list.push(entry);
    }
  }

  /** Every entity a spelling names, exactly as written (case-sensitive). */
  lookup(form: string): readonly Form[] {
    return this.forms.get(form) ?? [];
  }

  /** The spellings whose first word is `word` (any case), longest first. */
  formsStartingWith(word: string): readonly IndexedForm[] {
    const key = withoutFormatCharacters(word.toLowerCase());
    let list = this.byFirstWord.get(key);
    if (!list) {
      const spellings = this.spellingsByFirstWord.get(key);
      if (!spellings) return [];
      list = spellings.map((text) => this.indexed(text));
      // Longest first, so that "Costa Rica" wins over "Costa" and "Olena Zelensky" over "Zelensky".
      list.sort((a, b) => b.words.length - a.words.length || b.text.length - a.text.length);
      this.byFirstWord.set(key, list);
    }
    return list;
  }

  private indexed(text: string): IndexedForm {
    const { words, separators } = splitWords(text);
    return {
      text, words, lowerWords: words.map((w) => w.toLowerCase()), capitalisedFirst: words[0][0].toUpperCase() + words[0].slice(1),
      separators, forms: this.forms.get(text)!,
    };
  }

  /** The lowercase words some spelling starts with ("al" of "al-Qaida", "von" of "von der Leyen"). */
  get lowercaseStarts(): ReadonlySet<string> {
    return this.lowercaseFirstWords;
  }

  /** Whether some spelling starts with this lowercase word ("al" of "al-Qaida", "von" of "von der Leyen"). */
  startsLowercaseForm(word: string): boolean {
    return this.lowercaseFirstWords.has(word);
  }

  /** Whether a word is a country's or organisation's adjective ("Ukrainian", "Dutch", "NATO's" is not). */
  isAdjective(word: string): boolean {
    return this.adjectiveSet.has(word);
  }

  /**
   * A spelling with the house stylebook's replacements applied, word by word ("Zelenskyy" →
   * "Zelensky"): at each word boundary the longest replaced spelling that starts there and ends at
   * a boundary. The spellings are the stylebook's text, so they are looked up, never compiled into
   * a regular expression: linear in the text, whatever the spellings contain.
   */
  houseSpelling(text: string): string {
    if (!this.spellings.size) return text;
    this.replacedByStart ??= indexByStart([...this.spellings.keys()]);
    let out = '';
    let copied = 0;
    for (let i = 0; i < text.length;) {
      const unit = codePointLength(text, i);
      if (i > 0 && isWordChar(text, i - (isLowSurrogateAt(text, i - 1) && i > 1 ? 2 : 1))) {
        i += unit;
        continue;
      }
      const key = startKey(text, i);
      const match = this.replacedByStart.get(key)?.find((spelling) => text.startsWith(spelling, i) && !isWordChar(text, i + spelling.length));
      if (match) {
        out += text.slice(copied, i) + this.spellings.get(match)!;
        i += match.length;
        copied = i;
      } else {
        i += unit;
      }
    }
    return copied ? out + text.slice(copied) : text;
  }

  /**
   * The spellings of an entity that are right in this house: its name, its surname and its other
   * names, each with the stylebook's replacements applied. Variants are never among them.
   */
  acceptedSpellings(entity: Entity): string[] {
    const entry = entity.entry;
    const own = entity.type === 'person' ? [entry.name, (entry as Person).surname] : [entry.name];
    return [...new Set([...own, ...(entry.aliases ?? [])].map((text) => this.houseSpelling(text)))];
  }

  /**
   * Spellings starting with `prefix` (any case), for completion: each with the house spelling to
   * offer (a variant's prefix, "Kie", offers "Kyiv") and the entity it names.
   */
  spellingsStartingWith(prefix: string, limit = 50): Array<{ matched: string; house: string; entity: Entity }> {
    if (!this.sortedForms) {
      const all: Array<{ folded: string; text: string; house: string; entity: Entity }> = [];
      for (const [text, forms] of this.forms) {
        for (const form of forms) {
          const entry = form.entity.entry;
          const accepted = form.kind === 'variant'
            ? (text.includes(' ') ? entry.name : form.entity.type === 'person' ? (entry as Person).surname : entry.name)
            : text;
          all.push({ folded: foldSpelling(text), text, house: this.houseSpelling(accepted), entity: form.entity });
        }
      }
      this.sortedForms = all.sort((a, b) => (a.folded < b.folded ? -1 : a.folded > b.folded ? 1 : 0));
    }
    const key = foldSpelling(prefix);
    const list = this.sortedForms;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].folded < key) lo = mid + 1;
      else hi = mid;
    }
    const found: Array<{ matched: string; house: string; entity: Entity }> = [];
    for (let i = lo; i < list.length && found.length < limit && list[i].folded.startsWith(key); i++) {
      found.push({ matched: list[i].text, house: list[i].house, entity: list[i].entity });
    }
    return found;
  }

  person(id: string): Person | undefined {
    return this.peopleById.get(id);
  }

  place(id: string): Place | undefined {
    return this.placesById.get(id);
  }

  organisation(id: string): Organisation | undefined {
    return this.organisationsById.get(id);
  }

  /**
   * The name and surname a house following `authority` writes for a person: the agency's spelling
   * where the knowledge base records one, else the person's own.
   */
  namesBy(person: Person, authority: NameAuthority): { name: string; surname: string; agency?: Exclude<NameAuthority, 'native'> } {
    const agency = authority === 'native' ? undefined : person.agencies?.[authority];
    return agency ? { name: agency.name, surname: agency.surname, agency: authority as Exclude<NameAuthority, 'native'> } : { name: person.name, surname: person.surname };
  }

  /** The roles a person held on `date` (YYYY-MM-DD). */
  rolesOn(person: Person, date: string): Role[] {
    return person.roles.filter((role) => role.start <= date && (role.end === null || date <= role.end));
  }

  /** The title a jurisdiction gives an office (US foreign minister → "Secretary of State"). */
  officeTitle(office: string, jurisdiction: string, role?: Role): string {
    return role?.title ?? this.offices.jurisdictions[jurisdiction]?.[office] ?? this.offices.kinds[office]?.title ?? office;
  }

  /** The display name of a jurisdiction (country or organisation). */
  jurisdictionName(id: string): string {
    return this.placesById.get(id)?.name ?? this.organisationsById.get(id)?.name ?? id;
  }
}

const NON_ASCII_WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

function isLowSurrogateAt(text: string, i: number): boolean {
  return (text.charCodeAt(i) & 0xfc00) === 0xdc00;
}

function codePointLength(text: string, i: number): number {
  return (text.charCodeAt(i) & 0xfc00) === 0xd800 && isLowSurrogateAt(text, i + 1) ? 2 : 1;
}

/** The length in code units of the letter, mark or digit at `i`; 0 when there is none. */
function wordCharLength(text: string, i: number): number {
  if (i < 0 || i >= text.length) return 0;
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) ? 1 : 0;
  const unit = codePointLength(text, i);
  return NON_ASCII_WORD_CHAR.test(unit === 1 ? text[i] : text.slice(i, i + 2)) ? unit : 0;
}

/** The first word of a spelling (what splitWords would return first), or undefined. */
function firstWordOf(text: string): string | undefined {
  let start = 0;
  while (start < text.length && !isWordChar(text, start)) start += codePointLength(text, start);
  let end = start;
  for (let unit = wordCharLength(text, end); unit; unit = wordCharLength(text, end)) end += unit;
  return end > start ? text.slice(start, end) : undefined;
}

/** Whether the character (code point) at `i` is a letter, mark or digit. */
function isWordChar(text: string, i: number): boolean {
  return wordCharLength(text, i) > 0;
}

/** What a spelling starting at `i` is indexed by: its first word, or its first character when that is no letter. */
function startKey(text: string, i: number): string {
  if (!isWordChar(text, i)) return text.slice(i, i + codePointLength(text, i));
  let end = i;
  while (end < text.length && isWordChar(text, end)) end += codePointLength(text, end);
  return text.slice(i, end);
}

function indexByStart(spellings: string[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const spelling of [...spellings].sort((a, b) => b.length - a.length)) {
    if (!spelling) continue;
    const key = startKey(spelling, 0);
    const list = index.get(key) ?? [];
    list.push(spelling);
    index.set(key, list);
  }
  return index;
}
