// The house stylebook (.copydesk.yaml): parsed from text, validated against its JSON Schema with
// every problem placed on the line and column where it is, and turned into knowledge on top of the
// built-in base. What is valid is kept, so one typo costs one entry, not the stylebook. Pure: the
// server and the CLI find and read the file.
import Ajv, { type ErrorObject } from 'ajv';
import { isMap, parseDocument, type Document, type Node } from 'yaml';
import { builtinKnowledge, knowledgeWith, splitWords, type Knowledge, type KnowledgeFile, type Organisation, type Person, type Place } from '../knowledge';
import type { Span } from '../types';
import schema from '../../../schemas/stylebook.schema.json';

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
  const where = path.length ? path.join('.') : 'the stylebook';
  switch (error.keyword) {
    case 'additionalProperties': return `Unknown key “${path[path.length - 1]}” in ${path.slice(0, -1).join('.') || 'the stylebook'}; it is ignored.`;
    case 'required': return `${where} needs a “${(error.params as { missingProperty: string }).missingProperty}”; the entry is ignored.`;
    case 'enum': return `${where} must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}; the entry is ignored.`;
    case 'pattern': return `${where} is not in the expected form; the entry is ignored.`;
    case 'anyOf': return `${where} must be a spelling or a list of spellings; it is ignored.`;
    default: return `${where} ${error.message ?? 'is not valid'}; the entry is ignored.`;
  }
}

/** Parses and validates a stylebook; problems carry UTF-16 offsets into `text`. */
export function parseStylebook(text: string): Stylebook {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const problems: StylebookProblem[] = [];
  for (const error of doc.errors) {
    problems.push({ start: error.pos[0], end: Math.max(error.pos[1], error.pos[0] + 1), severity: 'error', message: `Not valid YAML: ${error.message.split('\n')[0]}` });
  }
  if (doc.errors.length) return { file: {}, problems };
  const value = doc.toJS() as unknown;
  if (value === null || value === undefined) return { file: {}, problems };
  const errors = validate(value);
  // Errors inside one entry drop that entry; anyOf errors repeat their branches' errors: keep the anyOf.
  const invalid: Array<Array<string | number>> = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const path = pathOf(error);
    if (error.keyword !== 'anyOf' && errors.some((e) => e.keyword === 'anyOf' && (error.instancePath === e.instancePath || error.instancePath.startsWith(`${e.instancePath}/`)))) continue;
    const key = `${error.instancePath}|${error.keyword}|${path.join('.')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    invalid.push(error.keyword === 'additionalProperties' ? path : path.slice(0, Math.min(path.length, 2)));
    const range = rangeOf(doc, path, error.keyword === 'additionalProperties');
    problems.push({ ...range, severity: 'error', message: describe(error, path) });
  }
  if (typeof value !== 'object' || Array.isArray(value)) return { file: {}, problems };
  return { file: toKnowledgeFile(prune(value as RawStylebook, invalid)), problems };
}

/** The stylebook without the entries that have errors. */
function prune(raw: RawStylebook, invalid: Array<Array<string | number>>): RawStylebook {
  const drop = (section: string, key: string | number) => invalid.some((p) => p[0] === section && (p.length === 1 || p[1] === key));
  const unknownTop = (key: string) => invalid.some((p) => p.length === 1 && p[0] === key);
  const out: RawStylebook = {};
  if (raw.spellings && typeof raw.spellings === 'object' && !Array.isArray(raw.spellings) && !unknownTop('spellings')) {
    out.spellings = Object.fromEntries(Object.entries(raw.spellings).filter(([key]) => !drop('spellings', key)));
  }
  for (const section of ['people', 'places', 'organisations'] as const) {
    const list = raw[section];
    if (Array.isArray(list) && !unknownTop(section)) (out as Record<string, unknown>)[section] = list.filter((_, i) => !drop(section, i));
  }
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
  const empty = !file.people?.length && !file.places?.length && !file.organisations?.length && !Object.keys(file.spellings ?? {}).length && !file.openSpellings?.length;
  return empty ? builtinKnowledge() : knowledgeWith([overlay(file, builtinKnowledge())]);
}
