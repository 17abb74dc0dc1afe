// "Make X the house spelling": the stylebook's `spellings` entry for X, written into the user's
// file. The yaml Document API finds the nodes; the change is spliced into the text at their ranges,
// so every comment, blank line, key order and quoting style outside the change stays byte for byte.
import { isMap, isScalar, isSeq, parseDocument, stringify, type Node, type Pair, type YAMLMap } from 'yaml';
import type { TextEdit } from '../types';
import { applyEdits } from '../fixes';
import { excerpt, STYLEBOOK_LIMITS, structureProblem, tooLargeProblem, utf8Length } from './bounds';

function render(spelling: string): string {
  return stringify(spelling).trimEnd();
}

function renderList(list: string[]): string {
  return list.length === 1 ? render(list[0]) : `[${list.map(render).join(', ')}]`;
}

function valuesOf(node: unknown): string[] {
  if (node === null || node === undefined) return [];
  if (isScalar(node)) return node.value === null || node.value === undefined ? [] : [String(node.value)];
  if (isSeq(node)) return node.items.map((item) => (isScalar(item) ? String(item.value) : '')).filter(Boolean);
  return [];
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end + 1;
}

function rangeOf(node: unknown): [number, number] | undefined {
  const range = (node as Node | null)?.range;
  return range ? [range[0], range[1]] : undefined;
}

/** The edits that delete a whole `key: value` entry of a block map (its lines). */
function deletePair(text: string, pair: Pair): TextEdit {
  const key = rangeOf(pair.key)!;
  const end = rangeOf(pair.value)?.[1] ?? key[1];
  return { start: lineStart(text, key[0]), end: lineEnd(text, Math.max(end - 1, key[1])), newText: '' };
}

/** The edits that make a pair's value `list`, keeping a block sequence a block sequence. */
function setValue(text: string, pair: Pair, list: string[]): TextEdit[] {
  const value = pair.value as Node | null;
  const key = rangeOf(pair.key)!;
  if (isSeq(value) && !value.flow && value.items.length) {
    const edits: TextEdit[] = [];
    const old = valuesOf(value);
    value.items.forEach((item, i) => {
      if (!list.includes(old[i])) {
        const r = rangeOf(item)!;
        edits.push({ start: lineStart(text, r[0]), end: lineEnd(text, r[1] - 1), newText: '' });
      }
    });
    const added = list.filter((s) => !old.includes(s));
    if (added.length) {
      const last = rangeOf(value.items[value.items.length - 1])!;
      const firstItem = rangeOf(value.items[0])!;
      // The indentation of the dash before the first item.
      const dash = text.lastIndexOf('-', firstItem[0]);
      const indent = text.slice(lineStart(text, dash), dash);
      const at = lineEnd(text, last[1] - 1);
      const newline = at === text.length && !text.endsWith('\n') ? '\n' : '';
      edits.push({ start: at, end: at, newText: newline + added.map((s) => `${indent}- ${render(s)}\n`).join('') });
    }
    return edits;
  }
  const range = rangeOf(value);
  if (range && !(isScalar(value) && (value.value === null || value.value === undefined) && range[0] === range[1])) {
    return [{ start: range[0], end: range[1], newText: renderList(list) }];
  }
  // `Zelensky:` with nothing after it: the value goes after the colon.
  const colon = text.indexOf(':', key[1]);
  return [{ start: colon + 1, end: colon + 1, newText: ` ${renderList(list)}` }];
}

/**
 * The stylebook text with `house` as the house spelling replacing `replaced`: the entry for
 * `house` gains them, a replaced spelling that was a house spelling itself hands its list over,
 * and `house` leaves any list that replaced it. Throws on a stylebook that is not valid YAML.
 */
export function setHouseSpelling(text: string, house: string, replaced: readonly string[]): string {
  const bytes = utf8Length(text);
  if (bytes > STYLEBOOK_LIMITS.maxBytes) throw new Error(tooLargeProblem(bytes).message.replace(/; it is ignored.*$/, '; Copydesk does not edit it.'));
  const structure = structureProblem(text);
  if (structure) throw new Error(`${structure.message.replace(/; it is ignored.*$/, '')}; Copydesk does not edit it.`);
  const doc = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length) throw new Error(`The stylebook is not valid YAML (${excerpt(doc.errors[0].message.split('\n')[0], STYLEBOOK_LIMITS.maxParserMessage)}); fix it first.`);
  const wanted = [...new Set(replaced.filter((s) => s !== house))];
  const root = doc.contents;
  const appendSection = () => {
    const prefix = text.length && !text.endsWith('\n') ? '\n' : '';
    return `${text}${prefix}spellings:\n  ${render(house)}: ${renderList(wanted)}\n`;
  };
  if (root === null || (isScalar(root) && (root.value === null || root.value === undefined))) return appendSection();
  if (!isMap(root)) throw new Error('The stylebook must be a map of sections (spellings, people, places, organisations, quotes).');
  const section = root.items.find((p) => isScalar(p.key) && p.key.value === 'spellings');
  if (!section) return appendSection();
  const map = section.value;
  if (!isMap(map)) {
    // `spellings:` with no entries yet.
    const key = rangeOf(section.key)!;
    const colon = text.indexOf(':', key[1]);
    const range = rangeOf(map);
    const end = range ? range[1] : colon + 1;
    return applyEdits(text, [{ start: colon + 1, end, newText: `\n  ${render(house)}: ${renderList(wanted)}` }]);
  }
  if ((map as YAMLMap).flow) {
    const entries = new Map<string, string[]>();
    for (const pair of map.items) entries.set(String((pair.key as { value: unknown }).value), valuesOf(pair.value));
    merge(entries, house, wanted);
    const range = rangeOf(map)!;
    const body = [...entries].map(([k, v]) => `${render(k)}: ${renderList(v)}`).join(', ');
    return applyEdits(text, [{ start: range[0], end: range[1], newText: `{ ${body} }` }]);
  }
  const edits: TextEdit[] = [];
  let houseList = [...wanted];
  let housePair: Pair | undefined;
  for (const pair of map.items) {
    const key = String((pair.key as { value: unknown }).value);
    const values = valuesOf(pair.value);
    if (key === house) {
      housePair = pair;
      houseList = [...new Set([...values, ...houseList])];
    } else if (wanted.includes(key)) {
      // A former house spelling now replaced: its list moves to the new house spelling.
      houseList = [...new Set([...houseList, ...values.filter((v) => v !== house)])];
      edits.push(deletePair(text, pair));
    } else if (values.includes(house)) {
      const rest = values.filter((v) => v !== house);
      edits.push(...(rest.length ? setValue(text, pair, rest) : [deletePair(text, pair)]));
    }
  }
  houseList = houseList.filter((s) => s !== house);
  if (housePair) {
    edits.push(...setValue(text, housePair, houseList));
  } else {
    const first = rangeOf(map.items[0]?.key);
    const indent = first ? text.slice(lineStart(text, first[0]), first[0]) : '  ';
    const lastPair = map.items[map.items.length - 1];
    const lastEnd = rangeOf(lastPair?.value)?.[1] ?? rangeOf(lastPair?.key)?.[1] ?? rangeOf(map)![1];
    const at = lineEnd(text, Math.max(lastEnd - 1, 0));
    const newline = at === text.length && !text.endsWith('\n') ? '\n' : '';
    edits.push({ start: at, end: at, newText: `${newline}${indent}${render(house)}: ${renderList(houseList)}\n` });
  }
  return applyEdits(text, edits);
}

function merge(entries: Map<string, string[]>, house: string, wanted: string[]): void {
  let list = [...(entries.get(house) ?? []), ...wanted];
  for (const [key, values] of [...entries]) {
    if (key === house) continue;
    if (wanted.includes(key)) {
      list = [...list, ...values];
      entries.delete(key);
    } else if (values.includes(house)) {
      const rest = values.filter((v) => v !== house);
      if (rest.length) entries.set(key, rest);
      else entries.delete(key);
    }
  }
  entries.set(house, [...new Set(list)].filter((s) => s !== house));
}
