// Property: "Make X the house spelling" writes its entry into any stylebook without losing anything.
// Generated stylebooks have comments everywhere (own lines, after entries, inside flow collections,
// after `spellings:`), block and flow styles, block scalars, quoted keys, anchors and aliases, other
// sections before and after, LF or CRLF line ends. After the write: the YAML is valid, the spellings
// are what the change says (the house entry holds the replaced spellings, nothing else moved),
// every other section is byte for byte what it was, and every comment is still there, in order.
// `npm test` runs a bounded number of cases with a fixed seed; `npm run fuzz` runs many more.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { isMap, isScalar, Lexer, parseDocument, type Document, type Node } from 'yaml';
import { setHouseSpelling, StylebookEditRefused } from '../../server/src/core/stylebook/write';
import { countCase } from '../support/drafts';

const RUNS = Math.max(200, Math.ceil(Number(process.env.COPYDESK_FUZZ_RUNS ?? 300) / 5));
const SEED = Number(process.env.COPYDESK_FUZZ_SEED ?? 20251127);

const SPELLINGS = ['Kyiv', 'Kiev', 'Zelenskyy', 'Zelensky', 'Zelenskiy', 'Odesa', 'Odessa', "O'Brien", 'Al-Qaida', 'al Qaeda', 'Hamas: x', '#1 Fan'];
const COMMENTS = ['# since 2019', '# ask Maria', '#tight', '# “quoted” — dash', '# a: b, [c]'];

interface Entry {
  key: string;
  values: string[];
  style: 'plain' | 'flow' | 'block' | 'literal' | 'empty';
  comment: string | null;
  commentInside: string | null;
  anchor: boolean;
  alias: boolean;
  quotedKey: boolean;
}

const entry: fc.Arbitrary<Entry> = fc.record({
  key: fc.constantFrom(...SPELLINGS),
  values: fc.uniqueArray(fc.constantFrom(...SPELLINGS), { minLength: 1, maxLength: 3 }),
  style: fc.constantFrom('plain', 'flow', 'block', 'literal', 'empty'),
  comment: fc.option(fc.constantFrom(...COMMENTS)),
  commentInside: fc.option(fc.constantFrom(...COMMENTS)),
  anchor: fc.boolean(),
  alias: fc.boolean(),
  quotedKey: fc.boolean(),
});

const stylebook = fc.record({
  header: fc.option(fc.constantFrom(...COMMENTS)),
  before: fc.constantFrom('', 'people:\n  - name: Dana Kowalczyk  # mayor\n    pager: 555-0100\n', 'x-desk-notes: {owner: foreign desk, reviewed: 2025-05-01}  # ours\n'),
  after: fc.constantFrom('', 'places:\n  - name: Harlan Falls\n', '# trailing comment\n'),
  section: fc.constantFrom('block', 'flow', 'absent', 'empty', 'null'),
  sectionComment: fc.option(fc.constantFrom(...COMMENTS)),
  entries: fc.uniqueArray(entry, { maxLength: 6, selector: (e) => e.key }),
  blankLines: fc.boolean(),
  crlf: fc.boolean(),
  house: fc.constantFrom(...SPELLINGS),
  replaced: fc.uniqueArray(fc.constantFrom(...SPELLINGS), { minLength: 1, maxLength: 3 }),
});

function quote(text: string): string {
  return /^[\p{L}][\p{L}' -]*$/u.test(text) && !/ $/.test(text) ? text : JSON.stringify(text);
}

/** The stylebook's text. */
type Book = typeof stylebook extends fc.Arbitrary<infer T> ? T : never;

function write(book: Book): string {
  const lines: string[] = [];
  if (book.header) lines.push(book.header);
  if (book.before) lines.push(book.before.trimEnd());
  const head = book.sectionComment ? `spellings:  ${book.sectionComment}` : 'spellings:';
  let anchors = 0;
  if (book.section === 'empty') lines.push(head);
  else if (book.section === 'null') lines.push(`spellings: ~${book.sectionComment ? `  ${book.sectionComment}` : ''}`);
  else if (book.section === 'block') {
    lines.push(head);
    for (const e of book.entries) {
      const key = e.quotedKey ? JSON.stringify(e.key) : quote(e.key);
      const comment = e.comment ? `  ${e.comment}` : '';
      if (e.alias && anchors > 0) {
        lines.push(`  ${key}: *a0${comment}`);
        continue;
      }
      const anchor = e.anchor && e.style !== 'empty' ? `&a${anchors++} ` : '';
      if (e.style === 'plain') lines.push(`  ${key}: ${anchor}${quote(e.values[0])}${comment}`);
      else if (e.style === 'flow') lines.push(`  ${key}: ${anchor}[${e.values.map(quote).join(', ')}${e.commentInside ? `,  ${e.commentInside}\n    ` : ''}]${comment}`);
      else if (e.style === 'block') lines.push(`  ${key}:${anchor ? ` ${anchor.trim()}` : ''}${comment}`, ...e.values.map((v, i) => `    - ${quote(v)}${i === 0 && e.commentInside ? `  ${e.commentInside}` : ''}`));
      else if (e.style === 'literal') lines.push(`  ${key}: ${anchor}|${comment}`, `    ${e.values[0]}`);
      else lines.push(`  ${key}:${comment}`);
      if (book.blankLines) lines.push('');
    }
  } else if (book.section === 'flow') {
    const items = book.entries.map((e) => {
      const value = e.style === 'flow' || e.style === 'block' ? `[${e.values.map(quote).join(', ')}]` : quote(e.values[0]);
      return `${e.quotedKey ? JSON.stringify(e.key) : quote(e.key)}: ${value}${e.commentInside ? `,  ${e.commentInside}\n   ` : ','}`;
    });
    lines.push(`spellings: { ${items.join(' ').replace(/,(\s*)$/, '$1')} }${book.sectionComment ? `  ${book.sectionComment}` : ''}`);
  }
  if (book.after) lines.push(book.after.trimEnd());
  const text = `${lines.join('\n')}\n`;
  return book.crlf ? text.replace(/\n/g, '\r\n') : text;
}

type Spellings = Map<string, string[]>;

function spellingsOf(doc: Document): Spellings {
  const js = doc.toJS({ maxAliasCount: 1000 }) as Record<string, unknown> | null;
  const map: Spellings = new Map();
  const section = js?.spellings;
  if (section && typeof section === 'object') {
    for (const [key, value] of Object.entries(section as Record<string, unknown>)) {
      const list = value === null || value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((v) => String(v).trim()).filter(Boolean);
      map.set(key, list);
    }
  }
  return map;
}

/** What the change means, on the data: the model the text edit must agree with. */
function expected(before: Spellings, house: string, replaced: string[]): Spellings {
  const wanted = [...new Set(replaced.filter((s) => s !== house))];
  const after: Spellings = new Map();
  let list = [...(before.get(house) ?? []), ...wanted];
  for (const [key, values] of before) {
    if (key === house) continue;
    if (wanted.includes(key)) list = [...list, ...values.filter((v) => v !== house)];
    else if (values.includes(house)) {
      const rest = values.filter((v) => v !== house);
      if (rest.length) after.set(key, rest);
    } else after.set(key, values);
  }
  list = [...new Set(list)].filter((s) => s !== house);
  if (list.length) after.set(house, list);
  else if (before.has(house)) after.set(house, before.get(house)!);
  return after;
}

function sorted(map: Spellings): Array<[string, string[]]> {
  return [...map].map(([k, v]) => [k, [...new Set(v)].sort()] as [string, string[]]).sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/** The other sections' source text (key through value), which must survive byte for byte. */
function otherSections(text: string, doc: Document): string[] {
  if (!isMap(doc.contents)) return [];
  return doc.contents.items
    .filter((pair) => !(isScalar(pair.key) && pair.key.value === 'spellings'))
    .map((pair) => text.slice((pair.key as Node).range![0], ((pair.value ?? pair.key) as Node).range![1]).trimEnd());
}

/**
 * The text before the spellings section's key and from the next section's key on: the writer's
 * change stays between them, so both survive byte for byte (all of the text when there is no
 * spellings section yet: the new one is added after it).
 */
function aroundSpellings(text: string, doc: Document): { head: string; tail: string } {
  if (!isMap(doc.contents)) return { head: '', tail: '' };
  const items = doc.contents.items;
  const index = items.findIndex((pair) => isScalar(pair.key) && pair.key.value === 'spellings');
  if (index < 0) return { head: text, tail: '' };
  const next = items[index + 1];
  return { head: text.slice(0, (items[index].key as Node).range![0]), tail: next ? text.slice((next.key as Node).range![0]) : '' };
}

/** The comments, as yaml's lexer reads them (a `#` inside a scalar is no comment). */
function comments(text: string): string[] {
  return [...new Lexer().lex(text)].filter((token) => token.startsWith('#'));
}

/** Whether `parts` occur in `text` in this order, without overlapping. */
function inOrder(text: string, parts: readonly string[]): string | undefined {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    if (at < 0) return part;
    from = at + part.length;
  }
  return undefined;
}

describe('properties of the stylebook writer', function () {
  this.timeout(0);

  it('keeps every other byte, stays valid YAML and holds the entry, on generated stylebooks', () => {
    let written = 0;
    let refused = 0;
    fc.assert(fc.property(stylebook, (book) => {
      const text = write(book);
      const before = parseDocument(text, { uniqueKeys: false });
      fc.pre(!before.errors.length);
      let out: string;
      try {
        out = setHouseSpelling(text, book.house, book.replaced);
      } catch (error) {
        // The one refusal a valid stylebook may get: dropping a value an alias refers to.
        assert.ok(error instanceof StylebookEditRefused && /anchor &a\d+ that an alias uses/.test(error.message), `${(error as Error).message}\n${text}`);
        refused++;
        return;
      }
      written++;
      const after = parseDocument(out, { uniqueKeys: false });
      assert.deepEqual(after.errors.map((e) => e.message), [], `invalid YAML:\n${text}\n→\n${out}`);
      assert.deepEqual(sorted(spellingsOf(after)), sorted(expected(spellingsOf(before), book.house, book.replaced)), `spellings:\n${text}\n→\n${out}`);
      const { head, tail } = aroundSpellings(text, before);
      assert.ok(out.startsWith(head) && out.endsWith(tail) && out.length >= head.length + tail.length, `a byte outside the spellings section changed:\n${text}\n→\n${out}`);
      const missingSection = inOrder(out, otherSections(text, before));
      assert.equal(missingSection, undefined, `a section changed:\n${text}\n→\n${out}`);
      const missingComment = inOrder(out, comments(text));
      assert.equal(missingComment, undefined, `a comment lost:\n${text}\n→\n${out}`);
      if (book.crlf) assert.ok(!/[^\r]\n/.test(out), `CRLF line ends kept:\n${JSON.stringify(out)}`);
    }), { numRuns: RUNS, seed: SEED, endOnFailure: true });
    countCase('stylebook writer: entries written', written);
    countCase('stylebook writer: refused (an anchor an alias uses)', refused);
    assert.ok(written > refused, `${written} written, ${refused} refused`);
  });

  it('writes the cases users reported: a comment after `spellings:`, comments in flow collections, block scalars', () => {
    assert.equal(setHouseSpelling('spellings: # none yet\n', 'Zelenskyy', ['Zelensky']), 'spellings: # none yet\n  Zelenskyy: Zelensky\n');
    assert.equal(setHouseSpelling('spellings:\n  Kyiv: [Kiev, Kyjiw] # since 2019\n', 'Kyiv', ['Kiew']), 'spellings:\n  Kyiv: [Kiev, Kyjiw, Kiew] # since 2019\n');
    assert.equal(setHouseSpelling('spellings: { Kyiv: Kiev, # since 2019\n  Zelensky: Zelenskiy }\n', 'Zelenskyy', ['Zelensky', 'Zelenskiy']),
      'spellings: { Kyiv: Kiev, Zelenskyy: [Zelensky, Zelenskiy] # since 2019\n   }\n');
    assert.equal(setHouseSpelling('spellings:\n  Kyiv: |\n    Kiev\n  Odesa: Odessa\n', 'Kyiv', ['Kyjiw']), 'spellings:\n  Kyiv: [Kiev, Kyjiw]\n  Odesa: Odessa\n');
    assert.equal(setHouseSpelling('spellings:\n  Zelensky: Zelenskiy # old\n', 'Zelenskyy', ['Zelensky', 'Zelenskiy']), 'spellings:\n  # old\n  Zelenskyy: [Zelensky, Zelenskiy]\n');
    assert.throws(() => setHouseSpelling('spellings: [Kiev]\n', 'Kyiv', ['Kiev']), /spellings section is not a map/);
  });
});
