// The house stylebook (.copydesk.yaml): parsed from text, validated against its JSON Schema with
// every problem placed on the line and column where it is, and turned into knowledge on top of the
// built-in base. What is valid is kept, so one typo costs one entry, not the stylebook. Pure: the
// server and the CLI find and read the file.
import Ajv, { type ErrorObject } from 'ajv';
import { isMap, isScalar, parseDocument, visit, type Document, type Node } from 'yaml';
import { builtinKnowledge, knowledgeWith, splitWords, type Knowledge, type KnowledgeFile, type NameAuthority, type Organisation, type Person, type Place } from '../knowledge';
import type { HouseQuoteStyle, Span } from '../types';
import schema from '../../../schemas/stylebook.schema.json';
import { excerpt, STYLEBOOK_LIMITS, structureProblem, tooLargeProblem, utf8Length } from './bounds';

export const STYLEBOOK_FILE_NAME = '.copydesk.yaml';

export interface StylebookProblem extends Span {
  severity: 'error' | 'warning';
  message: string;
}

export interface Stylebook {
  /** The valid part, as a knowledge file to lay over the built-in one. */
  file: KnowledgeFile;
  problems: StylebookProblem[];
}

interface RawStylebook {
  spellings?: Record<string, string | string[] | null>;
  people?: Array<Partial<Person> & { name: string }>;
  places?: Array<Partial<Place> & { name: string }>;
  organisations?: Array<Partial<Organisation> & { name: string }>;
  quotes?: HouseQuoteStyle;
  authority?: NameAuthority;
}

let validator: ReturnType<Ajv['compile']> | undefined;

function validate(value: unknown): ErrorObject[] {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(schema);
  return validator(value) ? [] : [...(validator.errors ?? [])];
}

function pathOf(error: ErrorObject): Array<string | number> {
  const parts = error.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const path: Array<string | number> = parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  if (error.keyword === 'additionalProperties') path.push((error.params as { additionalProperty: string }).additionalProperty);
  return path;
}

/** The text range of the YAML node at a path (a key's range for an unknown key), else the nearest parent's. */
function rangeOf(doc: Document, path: Array<string | number>, keyOnly: boolean): Span {
  for (let n = path.length; n >= 0; n--) {
    const parentPath = path.slice(0, n - 1);
    const parent = n > 0 ? (parentPath.length ? doc.getIn(parentPath, true) : doc.contents) : undefined;
    if (n > 0 && keyOnly && n === path.length && isMap(parent)) {
      const pair = parent.items.find((p) => (p.key as { value?: unknown } | null)?.value === path[n - 1]);
      const key = pair?.key as Node | undefined;
      if (key?.range) return { start: key.range[0], end: key.range[1] };
    }
    const node = (n ? doc.getIn(path.slice(0, n), true) : doc.contents) as Node | undefined;
    if (node && typeof node === 'object' && node.range) return { start: node.range[0], end: node.range[1] };
  }
  return { start: 0, end: 0 };
}

function describe(error: ErrorObject, path: Array<string | number>): string {
  // Keys are the file's own text: quoted only as short excerpts, the whole path too.
  const where = path.length ? excerpt(path.map((p) => excerpt(String(p))).join('.'), 2 * STYLEBOOK_LIMITS.maxExcerpt) : 'the stylebook';
  switch (error.keyword) {
    case 'additionalProperties': return `Unknown key “${excerpt(String(path[path.length - 1]))}” in ${excerpt(path.slice(0, -1).map((p) => excerpt(String(p))).join('.'), 2 * STYLEBOOK_LIMITS.maxExcerpt) || 'the stylebook'}; it is ignored.`;
    case 'required': return `${where} needs a “${(error.params as { missingProperty: string }).missingProperty}”; the entry is ignored.`;
    case 'enum': return `${where} must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}; the entry is ignored.`;
    case 'pattern': return `${where} is not in the expected form; the entry is ignored.`;
    case 'anyOf': return `${where} must be a spelling or a list of spellings; it is ignored.`;
    default: return `${where} ${error.message ?? 'is not valid'}; ${path.length === 1 ? 'the section' : 'the entry'} is ignored.`;
  }
}

/**
 * Parses and validates a stylebook; problems carry UTF-16 offsets into `text`. Never throws: input
 * over the limits of STYLEBOOK_LIMITS is refused with one problem, a section with a YAML error or
 * an alias that expands too far is dropped with its problem, and what is valid is kept.
 */
export function parseStylebook(text: string): Stylebook {
  try {
    return parseBounded(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { file: {}, problems: [{ start: 0, end: 0, severity: 'error', message: `Copydesk could not read the stylebook (${message}); it is ignored.` }] };
  }
}

/** The problems to show: the first `maxProblems`, then one that counts the rest. */
class Problems {
  readonly list: StylebookProblem[] = [];
  private more = 0;

  get full(): boolean {
    return this.list.length >= STYLEBOOK_LIMITS.maxProblems;
  }

  add(problem: () => StylebookProblem): void {
    if (this.full) this.more++;
    else this.list.push(problem());
  }

  done(): StylebookProblem[] {
    if (!this.more) return this.list;
    const last = this.list[this.list.length - 1];
    return [...this.list, { start: last.start, end: last.end, severity: 'error', message: `…and ${this.more.toLocaleString('en-US')} more problems in the stylebook.` }];
  }
}

function parseBounded(text: string): Stylebook {
  const bytes = utf8Length(text);
  if (bytes > STYLEBOOK_LIMITS.maxBytes) return { file: {}, problems: [tooLargeProblem(bytes)] };
  const structure = structureProblem(text);
  if (structure) return { file: {}, problems: [structure] };
  // yaml's own duplicate-key check compares every key with every other (quadratic): ours is a set.
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  const yamlErrors = [...doc.errors.map((e) => ({ pos: e.pos, message: e.message.split('\n')[0] })), ...duplicateKeys(doc)];
  const problems = new Problems();
  for (const error of yamlErrors) {
    problems.add(() => ({ start: error.pos[0], end: Math.max(error.pos[1], error.pos[0] + 1), severity: 'error', message: `Not valid YAML: ${excerpt(error.message, STYLEBOOK_LIMITS.maxParserMessage)}` }));
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === undefined) && !yamlErrors.length)) return { file: {}, problems: problems.done() };
  if (!isMap(root)) {
    if (!yamlErrors.length) problems.add(() => ({ ...rangeOf(doc, [], false), severity: 'error', message: 'The stylebook must be a map of sections (spellings, people, places, organisations, quotes, authority); it is ignored.' }));
    return { file: {}, problems: problems.done() };
  }
  // Each top-level section on its own: a YAML error or an alias bomb inside one costs only that section.
  const value: Record<string, unknown> = {};
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    const keyRange = (pair.key as Node | null)?.range;
    const end = (pair.value as Node | null)?.range?.[2] ?? keyRange?.[2] ?? 0;
    const start = keyRange?.[0] ?? 0;
    if (yamlErrors.some((e) => e.pos[0] >= start && e.pos[0] <= end)) continue;
    if (key === undefined) {
      problems.add(() => ({ start, end: Math.max(end, start + 1), severity: 'error', message: 'A section name must be a plain word (spellings, people, places, organisations, quotes, authority); it is ignored.' }));
      continue;
    }
    try {
      value[key] = pair.value ? (pair.value as Node).toJS(doc, { maxAliasCount: STYLEBOOK_LIMITS.maxAliasCount }) : null;
    } catch (error) {
      if (!(error instanceof ReferenceError)) throw error;
      const alias = firstAlias(pair.value) ?? { start, end };
      problems.add(() => ({ ...alias, severity: 'error', message: /Excessive alias count/.test(error.message)
        ? `The aliases in “${excerpt(key)}” expand to too much data (a YAML alias bomb?); the section is ignored.`
        : `${excerpt(error.message.split('\n')[0], STYLEBOOK_LIMITS.maxParserMessage)}; the section “${excerpt(key)}” is ignored.` }));
    }
  }
  const errors = validate(value);
  // Errors inside one entry drop that entry; anyOf errors repeat their branches' errors: keep the anyOf.
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const underAnyOf = (instancePath: string) => {
    for (let cut = instancePath.length; cut > 0; cut = instancePath.lastIndexOf('/', cut - 1)) {
      if (anyOfPaths.has(instancePath.slice(0, cut))) return true;
    }
    return false;
  };
  const dropSection = new Set<string>();
  const dropEntries = new Map<string, Set<string>>();
  const seen = new Set<string>();
  for (const error of errors) {
    const path = pathOf(error);
    if (error.keyword !== 'anyOf' && underAnyOf(error.instancePath)) continue;
    const key = `${error.instancePath}|${error.keyword}|${path.join('.')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const invalid = error.keyword === 'additionalProperties' ? path : path.slice(0, 2);
    if (invalid.length === 1) dropSection.add(String(invalid[0]));
    else if (invalid.length > 1) {
      const entries = dropEntries.get(String(invalid[0])) ?? new Set<string>();
      entries.add(String(invalid[1]));
      dropEntries.set(String(invalid[0]), entries);
    }
    problems.add(() => ({ ...rangeOf(doc, path, error.keyword === 'additionalProperties'), severity: 'error', message: describe(error, path) }));
  }
  const drop = (section: string, key: string | number) => dropSection.has(section) || !!dropEntries.get(section)?.has(String(key));
  return { file: toKnowledgeFile(prune(value as RawStylebook, drop, (key) => dropSection.has(key))), problems: problems.done() };
}

/** Keys written twice in one map, each after its first: YAML forbids them. */
function duplicateKeys(doc: Document): Array<{ pos: [number, number]; message: string }> {
  const found: Array<{ pos: [number, number]; message: string }> = [];
  visit(doc, {
    Map(_key, map) {
      const keys = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const key = String(pair.key.value);
        if (keys.has(key)) found.push({ pos: [pair.key.range[0], pair.key.range[1]], message: `The key “${excerpt(key)}” appears twice in one map` });
        keys.add(key);
      }
    },
  });
  return found;
}

/** The range of the first alias (`*name`) inside a node. */
function firstAlias(node: unknown): Span | undefined {
  let found: Span | undefined;
  visit(node as Node, {
    Alias(_key, alias) {
      if (alias.range) found = { start: alias.range[0], end: alias.range[1] };
      return visit.BREAK;
    },
  });
  return found;
}

/** The stylebook without the entries that have errors. */
function prune(raw: RawStylebook, drop: (section: string, key: string | number) => boolean, unknownTop: (key: string) => boolean): RawStylebook {
  const out: RawStylebook = {};
  if (raw.spellings && typeof raw.spellings === 'object' && !Array.isArray(raw.spellings) && !unknownTop('spellings')) {
    out.spellings = Object.fromEntries(Object.entries(raw.spellings).filter(([key]) => !drop('spellings', key)));
  }
  for (const section of ['people', 'places', 'organisations'] as const) {
    const list = raw[section];
    if (Array.isArray(list) && !unknownTop(section)) (out as Record<string, unknown>)[section] = list.filter((_, i) => !drop(section, i));
  }
  if (typeof raw.quotes === 'string' && !unknownTop('quotes')) out.quotes = raw.quotes;
  if (typeof raw.authority === 'string' && !unknownTop('authority')) out.authority = raw.authority;
  return out;
}

function slug(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'entry';
}

// The fields a stylebook entry wrote itself: only these override a built-in entry's facts.
const writtenKeys = new WeakMap<object, string[]>();

function written<T extends object>(entry: T, keys: string[]): T {
  writtenKeys.set(entry, keys);
  return entry;
}

function toKnowledgeFile(raw: RawStylebook): KnowledgeFile {
  const file: KnowledgeFile = {};
  if (raw.quotes) file.quotes = raw.quotes;
  if (raw.authority) file.authority = raw.authority;
  if (raw.people?.length) {
    file.people = raw.people.map((p) => written({
      ...p,
      id: p.id ?? `house-${slug(p.name)}`,
      name: p.name,
      surname: p.surname ?? splitWords(p.name).words.slice(-1)[0] ?? p.name,
      pronouns: p.pronouns ?? 'they',
      description: p.description ?? '',
      wikidata: p.wikidata ?? '',
      roles: (p.roles ?? []).map((r) => ({ ...r, end: r.end ?? null })),
      source: p.source ?? 'house stylebook',
    }, Object.keys(p)));
  }
  if (raw.places?.length) file.places = raw.places.map((p) => ({ ...p, id: p.id ?? `house-${slug(p.name)}`, kind: p.kind ?? 'other', source: p.source ?? 'house stylebook' }));
  if (raw.organisations?.length) file.organisations = raw.organisations.map((o) => ({ ...o, id: o.id ?? `house-${slug(o.name)}`, source: o.source ?? 'house stylebook' }));
  if (raw.spellings) {
    const spellings: Record<string, string> = {};
    const open: string[] = [];
    for (const [house, replaced] of Object.entries(raw.spellings)) {
      const list = replaced === null || replaced === undefined ? [] : Array.isArray(replaced) ? replaced : [replaced];
      if (!list.length) open.push(house);
      for (const spelling of list) if (spelling !== house) spellings[spelling] = house;
    }
    file.spellings = spellings;
    if (open.length) file.openSpellings = open;
  }
  return file;
}

/**
 * The stylebook laid over a base knowledge: entries with a built-in id replace the built-in entry
 * field by field; a house spelling listed with nothing to replace ("Zelensky:") replaces the other
 * spellings the base knows for that name (same number of words: "Zelenskyy", "Zelenskiy").
 */
export function overlay(file: KnowledgeFile, base: Knowledge): KnowledgeFile {
  const merged: KnowledgeFile = { ...file };
  merged.people = file.people?.map((p) => {
    const builtin = base.person(p.id);
    return builtin ? { ...builtin, ...writtenFields(p) } : p;
  });
  merged.places = file.places?.map((p) => {
    const builtin = base.place(p.id);
    return builtin ? { ...builtin, ...p } : p;
  });
  merged.organisations = file.organisations?.map((o) => {
    const builtin = base.organisation(o.id);
    return builtin ? { ...builtin, ...o } : o;
  });
  if (file.openSpellings?.length) {
    const spellings = { ...file.spellings };
    for (const house of file.openSpellings) {
      const forms = base.lookup(house);
      const entities = new Set(forms.map((f) => f.entity.entry));
      if (entities.size !== 1) continue;
      const entity = forms[0].entity;
      const count = splitWords(house).words.length;
      const entry = entity.entry;
      const all = [entry.name, ...(entity.type === 'person' ? [(entry as Person).surname] : []), ...(entry.variants ?? [])];
      for (const spelling of all) if (spelling !== house && splitWords(spelling).words.length === count) spellings[spelling] = house;
    }
    merged.spellings = spellings;
  }
  return merged;
}

/** Only the fields the stylebook wrote (defaults filled in for new entries do not replace built-in facts). */
function writtenFields(person: Person): Partial<Person> {
  const keys = writtenKeys.get(person) ?? Object.keys(person);
  return Object.fromEntries(keys.map((key) => [key, (person as unknown as Record<string, unknown>)[key]])) as Partial<Person>;
}

/** The knowledge a draft is checked against: the built-in base with the stylebook laid over it. */
export function stylebookKnowledge(stylebook: Stylebook | undefined): Knowledge {
  if (!stylebook) return builtinKnowledge();
  const file = stylebook.file;
  const empty = !file.people?.length && !file.places?.length && !file.organisations?.length && !Object.keys(file.spellings ?? {}).length && !file.openSpellings?.length && !file.quotes && !file.authority;
  return empty ? builtinKnowledge() : knowledgeWith([overlay(file, builtinKnowledge())]);
}
