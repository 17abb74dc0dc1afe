import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { splitWords } from '../../server/src/core/knowledge';

// The definition splitWords implements by character code: words are runs of letters, marks and digits.
function byRegExp(text: string): { words: string[]; separators: string[]; starts: number[] } {
  const words: string[] = [];
  const separators: string[] = [];
  const starts: number[] = [];
  let last = -1;
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    if (last >= 0) separators.push(text.slice(last, match.index));
    words.push(match[0]);
    starts.push(match.index);
    last = match.index + match[0].length;
  }
  return { words, separators, starts };
}

describe('splitWords', () => {
  it('splits spellings into words and separators', () => {
    assert.deepEqual(splitWords("Abu Mohammed al-Jolani's"), {
      words: ['Abu', 'Mohammed', 'al', 'Jolani', 's'], separators: [' ', ' ', '-', "'"], starts: [0, 4, 13, 16, 23],
    });
    assert.deepEqual(splitWords(' Zelenskyy, Volodymyr  '), { words: ['Zelenskyy', 'Volodymyr'], separators: [', '], starts: [1, 12] });
    assert.deepEqual(splitWords('Ş. Ökalan 2º Nguyễn'), { words: ['Ş', 'Ökalan', '2º', 'Nguyễn'], separators: ['. ', ' ', ' '], starts: [0, 3, 10, 13] });
    assert.deepEqual(splitWords(''), { words: [], separators: [], starts: [] });
  });

  it('agrees with the regular expression on any text (astral letters, combining marks, lone surrogates)', () => {
    const unit = fc.constantFrom('a', 'Z', '7', ' ', '-', "'", '’', '.', 'é', 'ß', '\u0301', '\u0660', '²', 'Ω', '中', '\u{1D400}', '\u{1F600}', '\uD835', '\uDC00', '\u00AD', '\u200D');
    fc.assert(fc.property(fc.array(unit, { maxLength: 24 }), (units) => {
      const text = units.join('');
      assert.deepEqual(splitWords(text), byRegExp(text));
    }), { numRuns: 3000 });
  });
});
