import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import { DraftDocument } from '../../server/src/core/document';
import { quotationsOf } from '../../server/src/core/quotes/quotations';
import { applyFix, SEED, wordsOf } from '../support/fixtures';

// The typography checks only: these drafts are about the marks, not about who is quoted.
const TYPOGRAPHY = { 'quote.unattributed': 'off', 'quote.vague-source': 'off', 'quote.scare': 'off', 'title.inconsistent': 'off' } as const;

function found(text: string, language: 'markdown' | 'plaintext' = 'plaintext') {
  return analyze(text, { language, settings: { checks: TYPOGRAPHY } }).filter((f) => f.code.startsWith('quote.')).map((f) => [f.code, wordsOf(text, f)]);
}

describe('quote.spacing', () => {
  it('flags the five glued quotation marks of the seed draft', () => {
    assert.deepEqual(found(SEED), [
      ['quote.spacing', 'that"both'],
      ['quote.spacing', 'requires"sacrifice'],
      ['quote.spacing', 'explained:"There'],
      ['quote.spacing', 'added,"We'],
      ['quote.spacing', 'Putin,"We'],
    ]);
  });

  it('fixes by inserting one space before the mark and nothing else', () => {
    const text = 'He said that"both sides must move."';
    const [finding] = analyze(text, { settings: { checks: TYPOGRAPHY } });
    assert.equal(applyFix(text, finding), 'He said that "both sides must move."');
    assert.deepEqual(analyze(applyFix(text, finding), { settings: { checks: TYPOGRAPHY } }), []);
  });

  it('flags curly marks and a closing mark glued to the next word', () => {
    assert.deepEqual(found('He said that“Poland matters” and “this”now.'), [
      ['quote.spacing', 'that“Poland'],
      ['quote.spacing', '“this”now'],
    ]);
  });

  it('accepts marks after brackets, dashes and at paragraph start', () => {
    assert.deepEqual(found('("We go," he said.) Then—"Never," she said.\n\n"Yes," they said.'), []);
  });
});

describe('quote.unbalanced', () => {
  it('flags an opening mark never closed in its paragraph', () => {
    const text = '"We have heard promises like this before, Ortega added.\n\nThe union disagreed.';
    assert.deepEqual(found(text), [['quote.unbalanced', '"We']]);
  });

  it('accepts a quotation running over paragraphs, each opened and only the last closed', () => {
    const text = '"Any decision has to be made together," he wrote. "That has been our position.\n\n"We are grateful."\n\nShe left.';
    assert.deepEqual(found(text), []);
    const quotes = quotationsOf(new DraftDocument(text, 'plaintext')).quotes;
    assert.deepEqual(quotes.map((q) => [q.continues, q.continuation]), [[false, false], [true, false], [false, true]]);
  });

  it('flags a paragraph left open when the next does not open a quotation', () => {
    const text = '"That has been our position.\n\nWe are grateful, he said.';
    assert.deepEqual(found(text), [['quote.unbalanced', '"That']]);
  });

  it('flags a closing mark with no opening mark', () => {
    const text = 'Spain will meet every commitment without raising spending to 5%,” Sánchez told reporters.';
    assert.deepEqual(found(text), [['quote.unbalanced', '5%,”']]);
  });

  it('reports the unclosed mark when a new quotation opens', () => {
    const text = '"We will not go back to war, Ben-Gvir said, calling it "reckless."';
    assert.deepEqual(found(text), [['quote.unbalanced', '"We']]);
  });

  it('never takes apostrophes for quotation marks', () => {
    const text = "Zelensky's aides don't recall the '90s, when rock 'n' roll ruled. Hamas' leaders and Fox News' \"Hannity\" agreed.";
    assert.deepEqual(found(text), []);
  });

  it('pairs German low and French guillemet quotations', () => {
    assert.deepEqual(found('Er sagte: „Wir kommen.“ Il a dit : « Nous venons. »'), []);
  });

  it('ignores inch marks', () => {
    assert.deepEqual(found('A 12" pipe burst.'), []);
  });
});
