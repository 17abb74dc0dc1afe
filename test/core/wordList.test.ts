import { strict as assert } from 'node:assert';
import { COMMON_WORDS_BY_LENGTH } from '../../server/src/core/names/commonWords';
import { WordList } from '../../server/src/core/names/wordList';
// The generator's own list (SCOWL), to compare the searched strings with.
import { commonWords, groupByLength } from '../../server/scripts/sync-words.mjs';

describe('word list searched in place', () => {
  it('finds exactly the listed words', () => {
    const list = new WordList(groupByLength(['chief', 'chiefs', 'a', 'residents', 'warned', 'chief']));
    for (const word of ['a', 'chief', 'chiefs', 'residents', 'warned']) assert.equal(list.has(word), true, word);
    for (const word of ['', 'b', 'chie', 'chiefz', 'Chief', 'residentz', 'warnedly', 'aa']) assert.equal(list.has(word), false, word);
  });

  it('searches a range of a longer string without copying it', () => {
    const list = new WordList(groupByLength(['chief', 'warned']));
    assert.equal(list.has("chief's", 0, 5), true);
    assert.equal(list.has('the chief warned', 4, 9), true);
    assert.equal(list.has('the chief warned', 10, 16), true);
    assert.equal(list.has('the chief warned', 3, 9), false);
    assert.equal(list.has('chief', 2, 2), false);
  });

  it('holds every common word the generator lists, and nothing in between', () => {
    const words: string[] = commonWords();
    const set = new Set(words);
    const list = new WordList(COMMON_WORDS_BY_LENGTH);
    for (const word of words) {
      assert.equal(list.has(word), true, word);
      // Neighbours in sort order and by length: found exactly when listed.
      for (const near of [word.slice(0, -1), `${word}a`, `${word}z`, word.replace(/.$/, 'q')]) assert.equal(list.has(near), set.has(near), near);
    }
  });
});
