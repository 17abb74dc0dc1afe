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

/** Each quotation as its marked text, nested ones indented, and whether it was left open. */
function pairs(text: string): string[] {
  return quotationsOf(new DraftDocument(text, 'plaintext')).quotes
    .filter((q) => q.style !== 'blockquote')
    .map((q) => `${q.nested ? '  ' : ''}${text.slice(q.start, q.end)}${q.close === null ? ' …open' : ''}`);
}

describe('quotation marks in every house style', () => {
  describe('British style: single marks outside, double inside', () => {
    it('flags an opening single mark glued to the word before it, and the fix adds the space', () => {
      const text = 'The coach said‘We are not finished yet.’ The board agreed.';
      assert.deepEqual(found(text), [['quote.spacing', 'said‘We']]);
      const [finding] = analyze(text, { settings: { checks: TYPOGRAPHY } });
      assert.equal(applyFix(text, finding), 'The coach said ‘We are not finished yet.’ The board agreed.');
      assert.deepEqual(found('Then she said,‘That was the last ferry.’'), [['quote.spacing', 'said,‘That']]);
      assert.deepEqual(found("He muttered'Not again' and sat down."), [['quote.spacing', "muttered'Not"]]);
    });

    it('flags a single-quoted quotation left open at the end of its paragraph', () => {
      const text = '‘The bridge will reopen in May,’ the engineer said.\n\n'
        + 'A council member called the delay ‘a scandal for the whole valley and a warning to every contractor.\n\n'
        + 'The work resumes on Monday.';
      assert.deepEqual(found(text), [['quote.unbalanced', '‘a']]);
      assert.deepEqual(pairs(text).slice(1), ['‘a scandal for the whole valley and a warning to every contractor. …open']);
    });

    it('lets a single-quoted quotation run on when the next paragraph opens with a single mark', () => {
      const text = '‘We kept the lights on all winter,’ the keeper said. ‘Nobody thanked us.\n\n‘Nobody needed to.’';
      assert.deepEqual(found(text), []);
      const quotes = quotationsOf(new DraftDocument(text, 'plaintext')).quotes;
      assert.deepEqual(quotes.map((q) => [q.continues, q.continuation]), [[false, false], [true, false], [false, true]]);
    });

    it('flags a closing single mark after punctuation with no opening mark', () => {
      const text = '‘The tide waits for no one,’ the skipper said. The tide waits for nobody at all,’ his mate said.';
      assert.deepEqual(found(text), [['quote.unbalanced', 'all,’']]);
    });

    it('never takes an apostrophe for a quotation mark: ’90s, players’, rock ’n’ roll, Hamas’', () => {
      const text = [
        '‘The players’ union has not changed its mind since the ’90s,’ the agent said.',
        '‘They played rock ’n’ roll until dawn, and nobody’s neighbours complained,’ she said.',
        'Hamas’ negotiators left Cairo, and the mediators’ ‘final offer’ lapsed.',
        '‘We spoke to Hamas’, the envoy said, ‘and to the Qataris’.',
      ].join('\n\n');
      assert.deepEqual(found(text), []);
      assert.deepEqual(pairs(text), [
        '‘The players’ union has not changed its mind since the ’90s,’',
        '‘They played rock ’n’ roll until dawn, and nobody’s neighbours complained,’',
        '‘final offer’',
        '‘We spoke to Hamas’',
        '‘and to the Qataris’',
      ]);
    });

    it('keeps an apostrophe after an s from closing a quotation that closes later', () => {
      assert.deepEqual(pairs('‘The owners’ offer was an insult to the fans’ intelligence’, the chairman said.'), [
        '‘The owners’ offer was an insult to the fans’ intelligence’',
      ]);
      assert.deepEqual(pairs('He called the plan ‘unworkable’ and the builders’ ‘best guess’ at the cost.'), [
        '‘unworkable’',
        '‘best guess’',
      ]);
    });

    it('reads a closing mark after a plural by the word after it: a possessive is followed by its noun', () => {
      assert.deepEqual(pairs('“It was a ‘workers’ rights’ plan,” she said.'), ['“It was a ‘workers’ rights’ plan,”', '  ‘workers’ rights’']);
      assert.deepEqual(pairs('“They called it ‘the bosses’ and walked out,” she said.'), ['“They called it ‘the bosses’ and walked out,”', '  ‘the bosses’']);
      assert.deepEqual(pairs('“We said ‘not this’ and the owners’ lawyers left,” she said.'), ['“We said ‘not this’ and the owners’ lawyers left,”', '  ‘not this’']);
      assert.deepEqual(pairs('“He said ‘it’s’ the fans’ club,” she said.'), ['“He said ‘it’s’ the fans’ club,”', '  ‘it’s’']);
      assert.deepEqual(pairs("\"Those were the 'nineties' years of the 'eighties,\" she said."), ["\"Those were the 'nineties' years of the 'eighties,\""]);
    });

    it('in a US-style draft, leaves a lone single mark alone and reads its double quotations', () => {
      const text = '“The ‘burbs will decide this,” the pollster said, pointing at the suburbs’ turnout. The ‘burbs voted early.';
      assert.deepEqual(found(text), []);
      assert.deepEqual(pairs(text), ['“The ‘burbs will decide this,”']);
    });

    it('reports a double quotation never closed inside a single one once', () => {
      const text = '‘She promised us “a better deal, and we are still waiting’, the farmer said. ‘Still.’';
      assert.deepEqual(found(text), [['quote.unbalanced', '“a']]);
    });
  });

  describe('nesting: pairs by family and depth, whichever family is outside', () => {
    it('“ ‘ ’ ”', () => {
      assert.deepEqual(pairs('“She told me ‘not today’ and shut the door,” he said.'), ['“She told me ‘not today’ and shut the door,”', '  ‘not today’']);
    });

    it('‘ “ ” ’', () => {
      assert.deepEqual(pairs('‘She told me “not today” and shut the door’, he said.'), ['‘She told me “not today” and shut the door’', '  “not today”']);
    });

    it('« “ ” »', () => {
      assert.deepEqual(pairs('«She told me “not today” and shut the door,» he said.'), ['«She told me “not today” and shut the door,»', '  “not today”']);
    });

    it('„ ‚ ‘ “', () => {
      assert.deepEqual(pairs('Sie sagte: „Er rief ‚heute nicht‘ und ging.“'), ['„Er rief ‚heute nicht‘ und ging.“', '  ‚heute nicht‘']);
    });

    it('straight marks: " \' \' " and \' " " \'', () => {
      assert.deepEqual(pairs('"She told me \'not today,\' and left," he said.'), ['"She told me \'not today,\' and left,"', '  \'not today,\'']);
      assert.deepEqual(pairs('\'She told me "not today", and left\', he said.'), ['\'She told me "not today", and left\'', '  "not today"']);
    });

    it('a quotation in guillemets holding one in curly marks is one quotation, its closing mark after a comma', () => {
      const text = '«We read the letter, “every word of it,” and we said no,» the mayor said.';
      assert.deepEqual(found(text), []);
      assert.deepEqual(pairs(text), ['«We read the letter, “every word of it,” and we said no,»', '  “every word of it,”']);
    });

    it('reads newspapers’ archives that type a double mark as two single ones', () => {
      const text = "''We said 'never,' and we meant it,'' the founder said. ''The bank listened.''";
      assert.deepEqual(found(text), []);
      assert.deepEqual(pairs(text), ["''We said 'never,' and we meant it,''", "  'never,'", "''The bank listened.''"]);
      // The attribution goes after both characters of the closing mark.
      const alone = "The bank closed on Friday.\n\n''Nobody told us a thing.''";
      const unattributed = analyze(alone).find((f) => f.code === 'quote.unattributed')!;
      assert.match(applyFix(alone, unattributed), /''Nobody told us a thing,'' \[WHO\] said\.$/);
    });
  });

  describe('spacing by family', () => {
    it('a closing mark follows punctuation directly', () => {
      assert.deepEqual(found('«Close the gate,» she said. “Close the door,” he said. ‘Close the window,’ they said.'), []);
    });

    it('French spaced guillemets are neither missing nor extra spaces', () => {
      assert.deepEqual(found('The sign on the door said « Fermé » and the owner said « Demain, peut-être ».'), []);
    });

    it('checks the side of the mark a word is glued to', () => {
      assert.deepEqual(found('The mayor said«Not this year» and the council said «Next year»too.'), [
        ['quote.spacing', 'said«Not'],
        ['quote.spacing', 'year»too'],
      ]);
    });

    it('a guillemet closing with nothing open is a missing opening mark', () => {
      assert.deepEqual(found('The deal is dead and buried,» the minister said.'), [['quote.unbalanced', 'buried,»']]);
    });
  });
});
