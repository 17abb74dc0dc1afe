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
