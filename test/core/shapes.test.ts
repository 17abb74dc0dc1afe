// Hostile shapes of drafts cost what the same size of ordinary prose costs. Work is counted, not
// timed (characters crossed by regular expressions, reads of the quotations), so these tests are
// exact on any machine; `npm run bench` times the same shapes at 1 MB.
import { strict as assert } from 'node:assert';
import { analyze, createContext } from '../../server/src/core/analyze';
import { DraftDocument } from '../../server/src/core/document';
import { attributionsOf } from '../../server/src/core/attribution';
import { MAX_UNPAIRED, quotationsOf, type Quotation } from '../../server/src/core/quotes/quotations';
import { MAX_LINE_NESTING, parseMarkdown } from '../../server/src/core/markdown';
import type { Language } from '../../server/src/core/types';
import { MAX_INVISIBLE_RUN, proseWordsOf } from '../../server/src/core/names/words';
import { propertyReads, regexCharacters } from '../support/workMeter';

function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Reads of every quotation's offsets while the attribution layer runs on `text`. */
function attributionReads(text: string, language: Language = 'plaintext'): { reads: number; quotes: number } {
  const doc = new DraftDocument(text, language);
  const quotes: Quotation[] = quotationsOf(doc).quotes;
  const context = createContext(doc, { today: '2025-06-01' });
  const reads = propertyReads(quotes, ['start', 'end', 'paragraph'], () => attributionsOf(context));
  return { reads, quotes: quotes.length };
}

describe('work on hostile shapes grows with the draft, not with its square', function () {
  this.timeout(60_000);

  it('finds the quotation marks of many short paragraphs in one pass', () => {
    for (const unit of ['Short one.\n\n', "It's 'short'.\n\n", 'A "short" one.\n\n']) {
      const doc = new DraftDocument(fill(unit, 60_000), 'plaintext');
      const crossed = regexCharacters(() => quotationsOf(doc));
      assert.ok(crossed < 6 * doc.text.length, `${JSON.stringify(unit)}: ${crossed} characters searched for ${doc.text.length}`);
    }
  });

  it('reads each earlier quotation of a paragraph a bounded number of times', () => {
    // Four times the quotations: about four times the reads (a binary search adds a logarithm).
    for (const unit of ['"a" ', '"Yes," "no," ', 'a " b ', '“a” ']) {
      const small = attributionReads(fill(unit, 5_000));
      const large = attributionReads(fill(unit, 20_000));
      assert.ok(small.quotes > 400, `${JSON.stringify(unit)}: ${small.quotes} quotations`);
      assert.ok(large.reads < 6 * small.reads, `${JSON.stringify(unit)}: ${small.reads} reads of ${small.quotes} quotations, ${large.reads} of ${large.quotes}`);
    }
  });
});

describe('a name split between two spellings all through a draft', function () {
  this.timeout(60_000);

  it('shares one "change all" fix per spelling family, built when read: memory grows with the occurrences, not their square', () => {
    const text = 'Kiev Kyiv '.repeat(2000);
    const findings = analyze(text, { today: '2025-06-01' }).filter((f) => f.code === 'name.inconsistent');
    assert.equal(findings.length, 1000 + 1, 'the first 1,000 and one that counts the rest');
    const changeAll = new Set(findings.flatMap((f) => f.fixes.filter((fix) => fix.reach === 'draft')));
    assert.equal(changeAll.size, 1, 'one fix object for the family');
    const [fix] = changeAll;
    assert.ok(Object.getOwnPropertyDescriptor(fix, 'edits')?.get, 'edits built on demand');
    assert.equal(fix.edits.length, 2000);
    assert.equal(fix.edits, fix.edits, 'built once');
    const edits = [...new Set(findings.flatMap((f) => f.fixes))].reduce((sum, f) => sum + f.edits.length, 0);
    assert.ok(edits < 4 * 2000, `${edits} edits in all the fixes of ${findings.length} findings`);
  });
});

describe('runs of marks and markers', function () {
  this.timeout(60_000);

  it('finds the sentences of many short paragraphs in one pass', () => {
    for (const unit of ['- a\n', 'No end here\n\n', 'Short one.\n\n']) {
      const doc = new DraftDocument(fill(unit, 60_000), 'markdown');
      const crossed = regexCharacters(() => doc.sentences);
      assert.ok(crossed < 6 * doc.text.length, `${JSON.stringify(unit)}: ${crossed} characters searched for ${doc.text.length}`);
    }
  });

  it('pairs no more marks in a paragraph once a hundred have no partner, and says so once', () => {
    for (const unit of ['"', '"a ', '«', '”x ']) {
      const text = fill(unit, 20_000);
      const doc = new DraftDocument(text, 'plaintext');
      const { quotes, problems } = quotationsOf(doc);
      assert.ok(quotes.length <= MAX_UNPAIRED + 2, `${JSON.stringify(unit)}: ${quotes.length} quotations`);
      assert.equal(problems.filter((p) => p.kind === 'unpaired-rest').length, 1);
      const rest = analyze(text, { today: '2025-06-01' }).filter((f) => /pairs none of its marks from here on/.test(f.message));
      assert.equal(rest.length, 1, JSON.stringify(unit));
    }
    // A paragraph of copy is paired as before, however many quotations the draft has.
    const copy = fill('"Yes," he said. ', 20_000);
    assert.equal(quotationsOf(new DraftDocument(copy, 'plaintext')).quotes.length, Math.ceil(20_000 / 16));
  });

  it('reads a run of invisible characters a bounded number of times, and a name across a few of them', () => {
    // 30,000 zero-width spaces took four minutes: each asked whether it sat inside a word, reading the whole run.
    for (const unit of ['\u200b', '\u00ad', 'a\u2060\u2060', '\ufeff\u200bb']) {
      const doc = new DraftDocument(fill(unit, 20_000), 'plaintext');
      const crossed = regexCharacters(() => proseWordsOf(doc));
      assert.ok(crossed < 6 * (MAX_INVISIBLE_RUN + 2) * doc.text.length, `${JSON.stringify(unit)}: ${crossed} characters searched for ${doc.text.length}`);
    }
    const words = (text: string) => { const w = proseWordsOf(new DraftDocument(text, 'plaintext')); return w.length; };
    assert.equal(words(`Zelen${'\u200b'.repeat(MAX_INVISIBLE_RUN)}sky`), 1, 'one word across a few invisible characters');
  });

  it('credits no one with marks that quote no word', () => {
    const findings = analyze('The mayor said "" and left. Then "   " came, and "—".', { today: '2025-06-01', settings: { flagScareQuotes: true } });
    assert.deepEqual(findings.filter((f) => f.code === 'quote.unattributed' || f.code === 'quote.scare'), []);
  });

  it('nests lists and blockquotes on one line at most 32 deep', () => {
    for (const unit of ['+ ', '1. ', '> ', '- > ']) {
      const { tree } = parseMarkdown(`${fill(unit, 40_000)}x\n`, undefined, { pieces: false });
      let depth = 0;
      let deepest = 0;
      tree!.iterate({ enter: () => { deepest = Math.max(deepest, ++depth); }, leave: () => { depth--; } });
      assert.ok(deepest <= 3 * MAX_LINE_NESTING, `${JSON.stringify(unit)}: ${deepest} levels`);
    }
  });

  it('parses a dense draft in pieces into the blocks a whole parse finds', () => {
    const dense = ['- a\n', '# a\n', '1. a\n2. b\n', '- a\n  - b\n', 'text\n- a\n\n', '> a\n>\n', '```\ncode\n- x\n```\n- y\n', '| a | b |\n|---|---|\n| "c | d |\n\n'];
    for (const unit of dense) {
      const text = fill(unit, 80_000);
      const whole = parseMarkdown(text, undefined, { pieces: false });
      const pieces = parseMarkdown(text, undefined, { pieces: true });
      assert.deepEqual(pieces.blocks, whole.blocks, JSON.stringify(unit));
      assert.deepEqual(pieces.hidden, whole.hidden, JSON.stringify(unit));
    }
  });
});
