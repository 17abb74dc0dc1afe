// Invisible format characters (a soft hyphen, a zero-width space) and emoji: a draft reads as the
// reader sees it. A name with an invisible character inside is the name; a fix replaces the whole
// span; an emoji glued to a quotation mark pairs it as a word in its place would.
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import { DraftDocument } from '../../server/src/core/document';
import { applyEdits, fixAllEdits } from '../../server/src/core/fixes';
import { quotationsOf } from '../../server/src/core/quotes/quotations';
import { fixtureDrafts } from '../support/drafts';

const TODAY = '2025-06-01';
const found = (text: string) => analyze(text, { today: TODAY }).filter((f) => f.code.startsWith('name.')).map((f) => [f.code, text.slice(f.start, f.end)]);
const fixAll = (text: string) => applyEdits(text, fixAllEdits(analyze(text, { today: TODAY })));

describe('invisible characters and emoji', () => {
  it('finds a misspelt name with a zero-width space or a soft hyphen inside it, and fixes the whole span', () => {
    const intro = 'President Volodymyr Zelenskyy met officials in Kyiv. ';
    for (const hidden of ['\u200b', '\u00ad', '\u2060', '\u200d']) {
      const text = `${intro}Later Zelen${hidden}sky said the talks in Ki${hidden}ev went well.`;
      assert.deepEqual(found(text), [['name.inconsistent', `Zelen${hidden}sky`], ['name.inconsistent', `Ki${hidden}ev`]], JSON.stringify(hidden));
      assert.equal(fixAll(text), `${intro}Later Zelenskyy said the talks in Kyiv went well.`);
    }
  });

  it('reads the accepted spelling with a soft hyphen as that spelling: fix-all leaves it alone', () => {
    const text = 'President Volodymyr Zelenskyy met officials in Kyiv. Later Zelensky\u00ady said the talks went well.';
    assert.deepEqual(found(text), []);
    assert.equal(fixAll(text), text);
  });

  it('gives the same name findings when invisible characters sit inside the names of a draft', () => {
    for (const draft of fixtureDrafts()) {
      // A soft hyphen after the third letter of every capitalised word of six letters or more.
      const at: number[] = [];
      const hyphenated = draft.text.replace(/(?<![\p{L}\p{N}])\p{Lu}\p{L}{2}(?=\p{L}{3})/gu, (head, offset: number) => {
        at.push(offset + 3 + at.length);
        return `${head}\u00ad`;
      });
      const original = (offset: number) => offset - at.filter((h) => h < offset).length;
      const names = (text: string, map: (offset: number) => number) => analyze(text, { language: draft.language, today: TODAY })
        .filter((f) => f.code.startsWith('name.')).map((f) => `${f.code} ${map(f.start)}-${map(f.end)}`);
      assert.ok(at.length > 5, draft.name);
      assert.deepEqual(names(hyphenated, original), names(draft.text, (offset) => offset), draft.name);
    }
  });

  it('pairs quotation marks around an emoji glued to them as around a word', () => {
    const pairs = (text: string) => quotationsOf(new DraftDocument(text, 'plaintext')).quotes.map((q) => [q.open, q.close]);
    assert.deepEqual(pairs('He said"😀"then left.'), [[7, 10]]);
    assert.deepEqual(pairs('He said"👍🏽"then left.'), [[7, 12]]);
    assert.deepEqual(pairs('He said"wow"then left.'), [[7, 11]]);
  });
});
