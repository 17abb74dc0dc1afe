// "Make X the house spelling": the stylebook's `spellings` entry for X, written into the user's
// file. The yaml Document API finds the nodes; the change is spliced into the text at their ranges,
// so every byte outside the change stays as it was: comments (also inside flow collections and on
// the lines of an entry that goes away, which stay as comment lines), blank lines, key order,
// quoting and collection styles, anchors, block scalars and the file's line ends.
import { isAlias, isMap, isScalar, isSeq, Lexer, parseDocument, stringify, visit, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Span, TextEdit } from '../types';
import { applyEdits } from '../fixes';
import { excerpt, STYLEBOOK_LIMITS, structureProblem, tooLargeProblem, utf8Length } from './bounds';

function render(spelling: string): string {
  return stringify(spelling).trimEnd();
}

function renderList(list: readonly string[]): string {
  return list.length === 1 ? render(list[0]) : `[${list.map(render).join(', ')}]`;
}

/**
 * The spelling an item of a list stands for ('' for anything that is not a scalar): one line
 * without the line break a block scalar (`|`) ends with.
 */
function itemValue(item: unknown): string {
  return isScalar(item) && item.value !== null && item.value !== undefined ? String(item.value).trim() : '';
}

function valuesOf(node: unknown, doc?: Document): string[] {
  if (node === null || node === undefined) return [];
  // An alias stands for the values of its anchor.
  if (isAlias(node)) return doc ? valuesOf(node.resolve(doc), undefined) : [];
  if (isScalar(node)) return node.value === null || node.value === undefined ? [] : [itemValue(node)].filter(Boolean);
  if (isSeq(node)) return node.items.map(itemValue).filter(Boolean);
  return [];
}

function isNull(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && (node.value === null || node.value === undefined));
}

function rangeOf(node: unknown): [number, number] | undefined {
  const range = (node as Node | null)?.range;
  return range ? [range[0], range[1]] : undefined;
}

/** Why a stylebook cannot be edited without losing something: the message says what to fix. */
export class StylebookEditRefused extends Error {}

class Editor {
  readonly edits: TextEdit[] = [];
  readonly eol: string;
  /** Where the comments are (the yaml Document keeps their text, not their place). */
  private readonly comments: Span[] = [];
  /** Anchor names some alias refers to: a node carrying one is never dropped. */
  private readonly referenced = new Set<string>();

  constructor(readonly text: string, doc: Document) {
    this.eol = text.includes('\r\n') ? '\r\n' : '\n';
    let offset = 0;
    for (const token of new Lexer().lex(text)) {
      // Control tokens of the lexer (document, scalar and flow-end markers) are not in the text.
      if (token === '\x02' || token === '\x18' || token === '\x1f') continue;
      if (token.startsWith('#')) this.comments.push({ start: offset, end: offset + token.length });
      offset += token.length;
    }
    visit(doc, { Alias: (_key, alias) => { this.referenced.add(alias.source); } });
  }

  lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** The offset after the line holding `offset` (after its line break). */
  lineEnd(offset: number): number {
    const end = this.text.indexOf('\n', offset);
    return end < 0 ? this.text.length : end + 1;
  }

  /** The end of a value without the blank lines a block scalar's range takes with it. */
  valueEnd(node: Node): number {
    let end = node.range![1];
    while (end > node.range![0] && /\s/.test(this.text[end - 1])) end--;
    return end;
  }

  private anchored(node: unknown): string | undefined {
    return (node as { anchor?: string } | null)?.anchor;
  }

  /** Refuses to drop a node an alias elsewhere refers to: the file would no longer be valid YAML. */
  private keepsAnchor(node: unknown, what: string): void {
    const anchor = this.anchored(node);
    if (anchor && this.referenced.has(anchor)) {
      throw new StylebookEditRefused(`The stylebook's ${what} carries the anchor &${excerpt(anchor)} that an alias uses; Copydesk does not change it (the entries using the alias would change too). Change it by hand.`);
    }
    if (isMap(node) || isSeq(node)) for (const item of (node as YAMLMap | YAMLSeq).items) this.keepsAnchor(isMap(node) ? (item as Pair).value : item, what);
  }

  /** Insertion text that starts on a new line at `at` (adding the line break a last line lacks). */
  newLineAt(at: number): string {
    return at === this.text.length && this.text.length > 0 && !this.text.endsWith('\n') ? this.eol : '';
  }

  /**
   * Deletes whole lines [from, to) of a block collection, keeping the comments on them as comment
   * lines with the indentation of `from`'s line.
   */
  deleteLines(from: number, to: number): void {
    const indent = /^[ \t]*/.exec(this.text.slice(from, to))![0];
    const kept = this.comments.filter((c) => c.start >= from && c.end <= to).map((c) => `${indent}${this.text.slice(c.start, c.end)}${this.eol}`);
    this.edits.push({ start: from, end: to, newText: kept.join('') });
  }

  keepsAnchorOf(pair: Pair): void {
    this.keepsAnchor(pair.value, `entry “${excerpt(String((pair.key as { value: unknown }).value))}”`);
  }

  /** Deletes an entry of a block map: its lines (comments kept). */
  deleteBlockPair(pair: Pair): void {
    this.keepsAnchorOf(pair);
    const key = rangeOf(pair.key)!;
    const end = pair.value ? this.valueEnd(pair.value as Node) : key[1];
    this.deleteLines(this.lineStart(key[0]), this.lineEnd(Math.max(end - 1, key[1])));
  }

  /**
   * Deletes [from, to) of a flow collection, keeping the comments in it (each after a blank, with
   * its line break, then the indentation of the line the deletion ends on).
   */
  private deleteKeepingComments(from: number, to: number): void {
    const kept = this.comments.filter((c) => c.start >= from && c.end <= to).map((c) => ` ${this.text.slice(c.start, c.end)}${this.eol}`);
    const indentation = kept.length ? /^[ \t]*/.exec(this.text.slice(this.lineStart(to)))![0] : '';
    this.edits.push({ start: from, end: to, newText: kept.join('') + indentation });
  }

  /**
   * Replaces [from, to) with a one-line value; comments inside (a block scalar's header comment, a
   * comment in a flow list) follow it on its line.
   */
  private replaceKeepingComments(from: number, to: number, value: string): void {
    const kept = this.comments.filter((c) => c.start >= from && c.end <= to).map((c) => `  ${this.text.slice(c.start, c.end)}`);
    this.edits.push({ start: from, end: to, newText: value + kept.join('') });
  }

  /** The offset after the blanks (spaces and tabs) from `at`. */
  private afterBlanks(at: number): number {
    while (at < this.text.length && (this.text[at] === ' ' || this.text[at] === '\t')) at++;
    return at;
  }

  /**
   * Deletes the items at `indices` of a flow collection (its pairs, or its values): each run of
   * them with the comma after it (the comma before it when none follows: the run ends the
   * collection); the comments among them stay.
   */
  deleteFlowItems(items: readonly unknown[], indices: readonly number[], pairs: boolean): void {
    const first = (i: number) => rangeOf(pairs ? (items[i] as Pair).key : items[i])![0];
    const last = (i: number) => this.valueEnd((pairs ? ((items[i] as Pair).value ?? (items[i] as Pair).key) : items[i]) as Node);
    const sorted = [...new Set(indices)].sort((x, y) => x - y);
    for (let r = 0; r < sorted.length;) {
      let j = r;
      while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
      const from = sorted[r];
      const to = sorted[j];
      const comma = this.afterBlanks(last(to));
      if (this.text[comma] === ',') this.deleteKeepingComments(first(from), this.afterBlanks(comma + 1));
      else if (from > 0) this.deleteKeepingComments(last(from - 1), last(to));
      else this.deleteKeepingComments(first(from), last(to));
      r = j + 1;
    }
  }

  /** Makes a pair's value `list` (non-empty), in the value's own style. */
  setValue(pair: Pair, list: readonly string[]): void {
    const value = pair.value as Node | null;
    // Changing an anchored value would change every entry that uses it through an alias.
    this.keepsAnchorOf(pair);
    const key = rangeOf(pair.key)!;
    if (isSeq(value) && value.items.length && !isAlias(value)) {
      const old = value.items.map(itemValue);
      const drop = old.map((v, i) => (!list.includes(v) || old.indexOf(v) !== i) && v !== '' ? i : -1).filter((i) => i >= 0);
      const added = list.filter((s) => !old.includes(s));
      for (const i of drop) this.keepsAnchor(value.items[i], 'list item');
      if (drop.length === value.items.length) {
        // Nothing of the old list stays (never so for a house spelling's own list): the new one in its place.
        this.replaceKeepingComments(rangeOf(value)![0], this.valueEnd(value), renderList(list));
        return;
      }
      if (value.flow) {
        if (added.length) {
          // After the last item that stays (one is left: all going is handled above).
          const staying = value.items.filter((_item, i) => !drop.includes(i));
          const at = this.valueEnd(staying[staying.length - 1] as Node);
          this.edits.push({ start: at, end: at, newText: added.map((s) => `, ${render(s)}`).join('') });
        }
        this.deleteFlowItems(value.items, drop, false);
        return;
      }
      for (const i of drop) {
        const r = rangeOf(value.items[i])!;
        this.deleteLines(this.lineStart(r[0]), this.lineEnd(Math.max(this.valueEnd(value.items[i] as Node) - 1, r[0])));
      }
      if (added.length) {
        const firstItem = rangeOf(value.items[0])!;
        // The indentation of the dash before the first item.
        const dash = this.text.lastIndexOf('-', firstItem[0]);
        const indent = this.text.slice(this.lineStart(dash), dash);
        const last = value.items[value.items.length - 1] as Node;
        const at = this.lineEnd(this.valueEnd(last) - 1);
        this.edits.push({ start: at, end: at, newText: this.newLineAt(at) + added.map((s) => `${indent}- ${render(s)}${this.eol}`).join('') });
      }
      return;
    }
    if (isScalar(value) && !isNull(value) && valuesOf(value).length === 1 && list.length === 1 && valuesOf(value)[0] === list[0]) return;
    const range = rangeOf(value);
    if (range && !(isNull(value) && range[0] === range[1])) {
      // In place of the value (an anchor before it stays; a block scalar's trailing line breaks too).
      this.replaceKeepingComments(range[0], this.valueEnd(value!), renderList(list));
      return;
    }
    // `Zelensky:` with nothing after it: the value goes after the colon.
    const colon = this.text.indexOf(':', key[1]);
    this.edits.push({ start: colon + 1, end: colon + 1, newText: ` ${renderList(list)}` });
  }
}

/**
 * The stylebook text with `house` as the house spelling replacing `replaced`: the entry for
 * `house` gains them, a replaced spelling that was a house spelling itself hands its list over,
 * and `house` leaves any list that replaced it. Throws (with a message for the user) on a
 * stylebook that is not valid YAML or that cannot be changed without losing something.
 */
export function setHouseSpelling(text: string, house: string, replaced: readonly string[]): string {
  const bytes = utf8Length(text);
  if (bytes > STYLEBOOK_LIMITS.maxBytes) throw new StylebookEditRefused(tooLargeProblem(bytes).message.replace(/; it is ignored.*$/, '; Copydesk does not edit it.'));
  const structure = structureProblem(text);
  if (structure) throw new StylebookEditRefused(`${structure.message.replace(/; it is ignored.*$/, '')}; Copydesk does not edit it.`);
  const doc = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length) throw new StylebookEditRefused(`The stylebook is not valid YAML (${excerpt(doc.errors[0].message.split('\n')[0], STYLEBOOK_LIMITS.maxParserMessage)}); fix it first.`);
  const wanted = [...new Set(replaced.filter((s) => s !== house))];
  const editor = new Editor(text, doc);
  const { eol } = editor;
  const root = doc.contents;
  const entry = (list: readonly string[]) => `${render(house)}: ${renderList(list)}`;
  const appendSection = () => `${text}${editor.newLineAt(text.length)}spellings:${eol}  ${entry(wanted)}${eol}`;
  // Nothing to replace, and no entry to take the house spelling out of: nothing to write.
  if (!wanted.length && !(isMap(root) && root.items.some((p) => isScalar(p.key) && p.key.value === 'spellings' && isMap(p.value)))) return text;
  if (isNull(root) && !(root as Node | null)?.range?.[1]) return appendSection();
  if (!isMap(root)) throw new StylebookEditRefused('The stylebook must be a map of sections (spellings, people, places, organisations); fix it first.');
  const section = root.items.find((p) => isScalar(p.key) && p.key.value === 'spellings');
  if (!section) {
    if (root.flow) {
      const range = rangeOf(root)!;
      const last = root.items[root.items.length - 1];
      const at = last ? editor.valueEnd((last.value ?? last.key) as Node) : range[0] + 1;
      return applyEdits(text, [{ start: at, end: at, newText: `${last ? ', ' : ''}spellings: { ${entry(wanted)} }` }]);
    }
    return appendSection();
  }
  const map = section.value;
  if (isNull(map)) {
    // `spellings:` with no entries yet (maybe `~`, maybe a comment after it): the first entry goes
    // on the next line; an explicit null goes, a comment stays where it is.
    const key = rangeOf(section.key)!;
    if (root.flow) {
      const range = rangeOf(map);
      const colon = text.indexOf(':', key[1]);
      return applyEdits(text, [range && range[1] > range[0] ? { start: range[0], end: range[1], newText: `{ ${entry(wanted)} }` } : { start: colon + 1, end: colon + 1, newText: ` { ${entry(wanted)} }` }]);
    }
    const range = rangeOf(map);
    const edits: TextEdit[] = [];
    if (range && range[1] > range[0]) edits.push({ start: range[0], end: range[1], newText: '' });
    const at = editor.lineEnd(key[1]);
    edits.push({ start: at, end: at, newText: `${editor.newLineAt(at)}  ${entry(wanted)}${eol}` });
    return applyEdits(text, edits);
  }
  if (!isMap(map)) throw new StylebookEditRefused('The stylebook\'s spellings section is not a map of spellings (house spelling: replaced spellings); fix it first.');
  const flow = (map as YAMLMap).flow;
  let houseList = [...wanted];
  let housePair: Pair | undefined;
  const flowDeletions: number[] = [];
  map.items.forEach((pair, index) => {
    const key = itemValue(pair.key);
    const values = valuesOf(pair.value, doc);
    if (key === house) {
      housePair = pair;
      houseList = [...new Set([...values, ...houseList])];
    } else if (wanted.includes(key)) {
      // A former house spelling now replaced: its list moves to the new house spelling.
      houseList = [...new Set([...houseList, ...values.filter((v) => v !== house)])];
      if (flow) flowDeletions.push(index);
      else editor.deleteBlockPair(pair);
    } else if (values.includes(house)) {
      const rest = values.filter((v) => v !== house);
      if (rest.length) editor.setValue(pair, rest);
      else if (flow) flowDeletions.push(index);
      else editor.deleteBlockPair(pair);
    }
  });
  houseList = houseList.filter((s) => s !== house);
  if (housePair) {
    if (houseList.length) editor.setValue(housePair, houseList);
  } else if (!houseList.length) {
    // Nothing to add: the house spelling only left the lists that replaced it.
  } else if (flow) {
    const range = rangeOf(map)!;
    const standing = map.items.filter((_pair, index) => !flowDeletions.includes(index));
    const last = standing[standing.length - 1];
    // After the last entry still standing: inside the braces, before any comment that follows it.
    const at = last ? editor.valueEnd((last.value ?? last.key) as Node) : text.indexOf('{', range[0]) + 1;
    editor.edits.push({ start: at, end: at, newText: last ? `, ${entry(houseList)}` : ` ${entry(houseList)} ` });
  }
  if (flow) {
    for (const index of flowDeletions) editor.keepsAnchorOf(map.items[index]);
    editor.deleteFlowItems(map.items, flowDeletions, true);
  } else if (!housePair && houseList.length) {
    const first = rangeOf(map.items[0]?.key);
    const indent = first ? text.slice(editor.lineStart(first[0]), first[0]) : '  ';
    const lastPair = map.items[map.items.length - 1];
    const lastEnd = lastPair.value ? editor.valueEnd(lastPair.value as Node) : rangeOf(lastPair.key)![1];
    const at = editor.lineEnd(Math.max(lastEnd - 1, 0));
    editor.edits.push({ start: at, end: at, newText: `${editor.newLineAt(at)}${indent}${entry(houseList)}${eol}` });
  }
  return applyEdits(text, editor.edits);
}
