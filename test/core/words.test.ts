import { strict as assert } from 'node:assert';
import { DraftDocument } from '../../server/src/core/document';
import { proseWordsOf, tokensOf } from '../../server/src/core/names/words';

// The words and tokens are kept in parallel arrays; the objects made from them must read as the
// lists of objects they replace did.
describe('prose words and tokens', () => {
  const doc = new DraftDocument('Then-Secretary of State Ana Ruiz said: "The U.S. wins." President-elect Hamas\' man O’Brien spoke.', 'plaintext');

  it('reads every word with its separator, paragraph and sentence start, one object per word', () => {
    const words = proseWordsOf(doc);
    const texts = Array.from({ length: words.length }, (_, i) => words.text(i));
    assert.deepEqual(texts, ['Then', 'Secretary', 'of', 'State', 'Ana', 'Ruiz', 'said', 'The', 'U', 'S', 'wins', 'President', 'elect', 'Hamas', 'man', 'O', 'Brien', 'spoke']);
    assert.equal(words.separator(0), '');
    assert.equal(words.separator(1), '-');
    assert.equal(words.separator(7), ': "');
    assert.equal(words.separator(16), '’');
    const the = words.word(7);
    assert.deepEqual(the, { start: 40, end: 43, text: 'The', separator: ': "', index: 7, paragraph: 0, sentenceInitial: false });
    assert.equal(words.sentenceInitial(11), true);
    assert.equal(words.word(7), the);
    assert.equal(words.sentenceInitial(6), false);
    assert.equal(words.capitalised(14), false);
  });

  it('joins words into tokens, splits time markers off and makes a token object only when asked', () => {
    const tokens = tokensOf(doc);
    const texts = Array.from({ length: tokens.length }, (_, i) => tokens.text[i]);
    assert.deepEqual(texts, ['Then', 'Secretary', 'of', 'State', 'Ana', 'Ruiz', 'said', 'The', 'U.S.', 'wins', 'President', 'elect', "Hamas'", 'man', 'O’Brien', 'spoke']);
    assert.equal(tokens.lower[14], "o'brien");
    const usa = tokens.get(8);
    assert.deepEqual(usa, { index: 8, start: 44, end: 48, text: 'U.S.', lower: 'u.s.', cap: true, paragraph: 0, marker: false, inQuote: true, firstWord: 8, lastWord: 9 });
    assert.equal(tokens.get(8), usa);
    assert.equal(tokens.get(0).marker, true);
    assert.equal(tokens.get(11).marker, true);
    assert.equal(tokens.inQuote(9), true);
    assert.equal(tokens.inQuote(10), false);
    assert.equal(tokens.get(-1), undefined);
    assert.equal(tokens.get(tokens.length), undefined);
    assert.deepEqual(tokens.slice(-2).map((t) => t.text), ['O’Brien', 'spoke']);
    assert.deepEqual(tokens.slice(13, 99).map((t) => t.text), ['man', 'O’Brien', 'spoke']);
    assert.equal(tokens.tokenOfWord[9], 8);
  });
});
