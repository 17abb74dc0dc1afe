// Drafts for tests: the seed, the project's own fixtures, and generators of hostile text for
// property-based tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Language } from '../../server/src/core/types';
import { ROOT, SEED } from './fixtures';

export interface NamedDraft {
  name: string;
  text: string;
  language: Language;
}

const FIXTURES = join(ROOT, 'test', 'fixtures', 'drafts');

export function fixtureDrafts(): NamedDraft[] {
  const own = readdirSync(FIXTURES).sort().map((name) => ({
    name,
    text: readFileSync(join(FIXTURES, name), 'utf8'),
    language: (name.endsWith('.md') ? 'markdown' : 'plaintext') as Language,
  }));
  return [{ name: 'seed', text: SEED, language: 'plaintext' }, ...own];
}

/** Pieces that stress every layer: marks of every style, apostrophes, Markdown syntax, line ends. */
const FRAGMENTS = [
  '"', '“', '”', '„', '«', '»', '‘', '’', "'", '‹', '›', '"We', 'said"', ',"', ':"', '."', ',”', '’s',
  "Zelenskyy's", "don't", "'90s", "rock 'n' roll", "Hamas'", 'Zelensky', 'Zelenskyy', 'Kiev', 'Kyiv',
  'Rubio said', 'he added', 'according to', 'the foreign minister', 'Secretary of State Marco Rubio',
  'Prime Minister', 'President Putin', ' ', '  ', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\t', '\0',
  '---\n', '---\ndate: 2025-01-01\n---\n', '```\n', '```', '`', '~~~', '    ', '# ', '## ', '> ', '- ', '1. ',
  '[', ']', '(', ')', '[link](https://example.org "t")', '<b>', '</b>', '<!--', '-->', '<https://x.y>', '*', '_', '**',
  '\\', '\\"', '&quot;', '|', '| a | b |\n|---|---|\n', 'שלום', 'مرحبا', '\u200f', '\u202e', 'é', 'e\u0301', '😀',
  '👩🏽‍💼', '🇺🇦', '\ud83d', '\ude00', '\ufeff', '…', '—', '–', '.', '!', '?', 'U.S.', 'Mr.', 'J.',
];

const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 2, arbitrary: fc.stringMatching(/^[A-Z][a-z]{1,9}$/) },
);

/** A draft assembled from hostile fragments. */
export const hostileDraft = fc.array(fragment, { maxLength: 80 }).map((parts) => parts.join(''));

/** A real draft with hostile fragments inserted and spans deleted. */
export function mutatedDraft(drafts: NamedDraft[]) {
  return fc.record({
    base: fc.constantFrom(...drafts),
    edits: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 12 }), insert: fragment }), { maxLength: 12 }),
  }).map(({ base, edits }) => {
    let text = base.text;
    for (const edit of edits) {
      const at = Math.floor(edit.at * text.length);
      text = text.slice(0, at) + edit.insert + text.slice(Math.min(text.length, at + edit.remove));
    }
    return { ...base, text };
  });
}

export const languages = fc.constantFrom<Language>('markdown', 'plaintext');

/**
 * Units that hostile shapes of drafts repeat: long runs of one character (marks, Markdown markers,
 * blanks, line breaks, format characters, emoji), short paragraphs, deep and long lists, many
 * quotations, a name in two spellings (with invisible characters inside).
 */
export const SHAPE_UNITS = [
  '"', '“', '”', "'", '’', '«', '`', '-', '*', '_', '#', '>', '|', '[', '<', '\\', '.', ' ', '\t', '\n', '\r\n', '\r',
  'a', '\u200b', '\u00ad', '\u2060', '\ufeff', '\u202e', '😀', '\ud83d', 'e\u0301',
  'The council met.\n\n', 'Short one.\n\n', 'No end here\n\n', 'A "short" one.\n\n', "It's 'short'.\n\n", '"Yes," he said.\n\n',
  '- a\n', '- ', '+ ', '> ', '1. ', '> - ', '  - x\n', '* * *\n', '# H\n', '```\n', '| a | b |\n',
  '"Yes," he said. ', '"a" ', '“a” ', 'a " b ', '"Yes," "no," ', 'said"x"then ', '"We will," Rubio said. "Now."\n',
  'Kiev Kyiv ', 'Zelensky Zelenskyy ', 'Zelen\u200bsky Zelenskyy ', 'Zelensky\u00ady Zelenskyy ', 'Kiev\u2060 Kyiv\n',
  'the foreign minister Marco Rubio said "x". ',
];

export interface Shape {
  units: string[];
  size: number;
  /** Line ends: as in the units, all one kind, or each line break one of the three at random. */
  endings: 'as-is' | '\n' | '\r\n' | '\r' | 'mixed';
  language: Language;
}

/** The draft a shape stands for: its units repeated to `size` UTF-16 code units. */
export function shapeText(shape: Shape): string {
  const unit = shape.units.join('');
  let text = unit.repeat(Math.ceil(shape.size / unit.length)).slice(0, shape.size);
  if (shape.endings === 'mixed') {
    const kinds = ['\n', '\r\n', '\r'];
    let i = 0;
    text = text.replace(/\r\n|\r|\n/g, () => kinds[(i = (i * 7 + 3) % 11) % 3]);
  } else if (shape.endings !== 'as-is') {
    text = text.replace(/\r\n|\r|\n/g, shape.endings);
  }
  return text;
}

/** Hostile shapes up to `maxSize` code units: a few units repeated, with chosen line ends. */
export function hostileShape(maxSize: number): fc.Arbitrary<Shape> {
  return fc.record({
    units: fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...SHAPE_UNITS) }, { weight: 1, arbitrary: fc.constantFrom(...FRAGMENTS) }), { minLength: 1, maxLength: 3 }),
    // Mostly large: the regime where a cost that grows with the square shows.
    size: fc.oneof(fc.integer({ min: 1, max: maxSize }), fc.integer({ min: Math.floor(maxSize / 2), max: maxSize })),
    endings: fc.constantFrom('as-is', '\n', '\r\n', '\r', 'mixed'),
    language: languages,
  });
}

/** Cases each property ran, by name: `npm run fuzz` prints them at the end. */
export const caseCounts = new Map<string, number>();

export function countCase(name: string, by = 1): void {
  caseCounts.set(name, (caseCounts.get(name) ?? 0) + by);
}
