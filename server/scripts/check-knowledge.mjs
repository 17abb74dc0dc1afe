#!/usr/bin/env node
// Validates every file of the built-in knowledge base (server/data/**/*.json) against
// knowledge.schema.json and checks what a schema cannot: unique ids, known jurisdictions,
// role dates in order. Exit 1 on any problem. The test suite runs the same checks.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { commonWords } from './sync-words.mjs';

// `--data DIR`: another folder of knowledge files (the tests check that the checker fails where it should).
const dataArg = process.argv.indexOf('--data');
const builtinDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');
const dataDir = dataArg > 0 ? process.argv[dataArg + 1] : builtinDir;
const schema = JSON.parse(readFileSync(join(builtinDir, 'knowledge.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path);
    return name.endsWith('.json') && name !== 'knowledge.schema.json' ? [path] : [];
  });
}

const problems = [];
const merged = { people: [], places: [], organisations: [], offices: { kinds: {}, jurisdictions: {} }, meta: null };
for (const file of walk(dataDir)) {
  const rel = relative(dataDir, file);
  let data;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push(`${rel}: not JSON: ${error.message}`);
    continue;
  }
  if (!validate(data)) {
    for (const e of validate.errors) problems.push(`${rel}: ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
    continue;
  }
  for (const key of ['people', 'places', 'organisations']) for (const entry of data[key] ?? []) merged[key].push({ ...entry, file: rel });
  if (data.offices) {
    Object.assign(merged.offices.kinds, data.offices.kinds);
    Object.assign(merged.offices.jurisdictions, data.offices.jurisdictions);
  }
  if (data.meta) merged.meta = data.meta;
}

const seen = new Map();
for (const key of ['people', 'places', 'organisations']) {
  for (const entry of merged[key]) {
    const id = `${key}:${entry.id}`;
    if (seen.has(id)) problems.push(`${entry.file}: duplicate ${key} id ${entry.id} (also in ${seen.get(id)})`);
    seen.set(id, entry.file);
  }
}
const wikidata = new Map();
for (const key of ['people', 'places', 'organisations']) {
  for (const entry of merged[key]) {
    if (!entry.wikidata) continue;
    if (wikidata.has(entry.wikidata)) problems.push(`${entry.file}: ${entry.id} shares Wikidata id ${entry.wikidata} with ${wikidata.get(entry.wikidata)}`);
    wikidata.set(entry.wikidata, entry.id);
  }
}
const countries = new Set(merged.places.filter((p) => p.kind === 'country').map((p) => p.id));
const orgs = new Set(merged.organisations.map((o) => o.id));
// A devolved nation or a city has offices of its own (Scotland's first minister, Chicago's mayor).
const subnational = new Set(merged.places.filter((p) => p.kind === 'region' || p.kind === 'city').map((p) => p.id));
const kinds = new Set(Object.keys(merged.offices.kinds));
const checked = merged.meta?.checked;
if (!checked) problems.push('meta.json: no meta.checked date');
const names = new Map();
for (const person of merged.people) {
  for (const form of [person.name, ...(person.variants ?? [])]) {
    const other = names.get(form);
    if (other && other !== person.id) problems.push(`${person.file}: ${person.id} and ${other} share the spelling "${form}"`);
    names.set(form, person.id);
  }
  for (const role of person.roles) {
    const where = `${person.file}: ${person.id} ${role.office} of ${role.of}`;
    if (countries.size && /^[A-Z]{2}$/.test(role.of) && !countries.has(role.of)) problems.push(`${where}: unknown country ${role.of}`);
    if (orgs.size && /^[a-z]/.test(role.of) && !orgs.has(role.of) && !subnational.has(role.of)) problems.push(`${where}: unknown organisation, region or city ${role.of}`);
    if (kinds.size && !kinds.has(role.office)) problems.push(`${where}: office kind not in offices.json`);
    if (role.end && role.end < role.start) problems.push(`${where}: ends ${role.end} before it starts ${role.start}`);
    if (checked && role.start > checked) problems.push(`${where}: starts ${role.start}, after meta.checked ${checked}`);
    if (checked && role.end && role.end > checked) problems.push(`${where}: ends ${role.end}, after meta.checked ${checked}`);
  }
  // A role under a second title of the same office (Hegseth's "Secretary of War") runs alongside the first.
  const byOffice = new Map();
  for (const role of person.roles) {
    const key = `${role.office}/${role.of}${role.title ? ` (${role.title})` : ''}`;
    for (const other of byOffice.get(key) ?? []) {
      const overlap = role.start < (other.end ?? '9999') && other.start < (role.end ?? '9999');
      if (overlap) problems.push(`${person.file}: ${person.id} holds ${key} twice at once (${other.start} and ${role.start})`);
    }
    byOffice.set(key, [...(byOffice.get(key) ?? []), role]);
  }
}
// The same office of the same jurisdiction should not have two holders at once (acting holders excepted).
const holders = new Map();
for (const person of merged.people) for (const role of person.roles) {
  if (role.acting) continue;
  const key = `${role.office}/${role.of}/${role.title ?? ''}`;
  holders.set(key, [...(holders.get(key) ?? []), { person: person.id, file: person.file, ...role }]);
}
const sharedOffices = new Set(['head-of-state/BA', 'head-of-state/SM', 'head-of-state/AD', 'head-of-state/CH', 'deputy-head-of-government', 'vice-president/AE', 'national-security-adviser', 'spokesperson', 'special-envoy']);
for (const [key, list] of holders) {
  if ([...sharedOffices].some((s) => key.startsWith(s))) continue;
  list.sort((a, b) => a.start.localeCompare(b.start));
  for (let i = 1; i < list.length; i++) {
    const prev = list[i - 1], cur = list[i];
    if (prev.end === null || prev.end > cur.start) problems.push(`${cur.file}: ${key} held by ${prev.person} (until ${prev.end ?? 'now'}) and ${cur.person} (from ${cur.start}) at once`);
  }
}

// A role ends on the day its successor took office, a day that counts for both holders: a holder who
// left the day before the next one took over breaks that convention, unless the role's note says why
// the office stood empty (a death, a vacancy, an acting holder the knowledge base does not record).
const dayAfter = (date) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const startsOn = new Map();
for (const person of merged.people) for (const role of person.roles) {
  const key = `${role.office}/${role.of}/${role.start}`;
  startsOn.set(key, [...(startsOn.get(key) ?? []), person.id]);
}
const VACANT = /\b(died|death|killed|vacant)\b|held by an acting/i;
for (const person of merged.people) for (const role of person.roles) {
  const office = `${role.office}/${role.of}`;
  if (!role.end || [...sharedOffices].some((s) => office.startsWith(s)) || VACANT.test(role.note ?? '')) continue;
  const others = (date) => (startsOn.get(`${office}/${date}`) ?? []).filter((id) => id !== person.id);
  const next = dayAfter(role.end);
  if (others(next).length && !others(role.end).length) {
    problems.push(`${person.file}: ${person.id} ${office} ends ${role.end}, the day before ${others(next).join(', ')} took over: end on the successor's first day (${next}), or say in the role's note why the office stood empty`);
  }
}

// A variant or alias that is also an ordinary English word ("Store" for Støre) or another entry's
// spelling ("Orban" for Orbán, Ludovic Orban's surname) names the entry only where the draft names
// it otherwise too: it must be listed in the entry's `contextual`, so the names layer knows. A
// spelling in capitals ("WHO", "US") never matches an ordinary word in running text.
const common = new Set(commonWords());
const spellingOwners = new Map();
const own = (spelling, entry) => spellingOwners.set(spelling, new Set([...(spellingOwners.get(spelling) ?? []), entry.id]));
for (const key of ['people', 'places', 'organisations']) {
  for (const entry of merged[key]) for (const spelling of [entry.name, entry.surname, ...(entry.variants ?? []), ...(entry.aliases ?? [])]) if (spelling) own(spelling, entry);
}
const collisions = [];
for (const key of ['people', 'places', 'organisations']) {
  for (const entry of merged[key]) {
    const others = [...(entry.variants ?? []), ...(entry.aliases ?? [])];
    const marked = new Set(entry.contextual ?? []);
    for (const spelling of marked) {
      if (!others.includes(spelling)) problems.push(`${entry.file}: ${entry.id} marks "${spelling}" contextual, but it is none of its variants or aliases`);
    }
    for (const spelling of others) {
      const word = !/\s/.test(spelling) && spelling !== spelling.toUpperCase() && common.has(spelling.toLowerCase());
      const shared = [...(spellingOwners.get(spelling) ?? [])].filter((id) => id !== entry.id);
      if (!word && !shared.length) continue;
      const why = [word ? 'an ordinary word' : '', shared.length ? `also ${shared.join(', ')}` : ''].filter(Boolean).join('; ');
      collisions.push(`${entry.id} "${spelling}" (${why})${marked.has(spelling) ? '' : ' NOT MARKED'}`);
      if (!marked.has(spelling)) problems.push(`${entry.file}: ${entry.id}'s spelling "${spelling}" is ${why}: list it in the entry's "contextual" so it counts only where the draft names ${entry.name} otherwise too`);
    }
  }
}
if (collisions.length) console.log(`${collisions.length} spellings that are ordinary words or other entries' names: ${collisions.join('; ')}`);

const withoutWikidata = merged.people.filter((p) => !p.wikidata).map((p) => p.id);
if (withoutWikidata.length) console.log(`${withoutWikidata.length} people without a verified Wikidata id: ${withoutWikidata.join(', ')}`);
console.log(`${merged.people.length} people, ${merged.places.length} places, ${merged.organisations.length} organisations, ${kinds.size} office kinds, checked ${checked ?? '?'}`);
for (const p of problems) console.log(p);
console.log(problems.length ? `${problems.length} problem(s)` : 'OK');
process.exit(problems.length ? 1 : 0);
