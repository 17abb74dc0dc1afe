// Hostile shapes of drafts cost what the same size of ordinary prose costs. Work is counted, not
// timed (characters crossed by regular expressions, reads of the quotations), so these tests are
// exact on any machine; `npm run bench` times the same shapes at 1 MB.
import { strict as assert } from 'node:assert';
import { analyze, createContext } from '../../server/src/core/analyze';
import { DraftDocument } from '../../server/src/core/document';
import { attributionsOf } from '../../server/src/core/attribution';
import { quotationsOf, type Quotation } from '../../server/src/core/quotes/quotations';
import type { Language } from '../../server/src/core/types';
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
    for (const unit of ['"', '"a" ', '"Yes," "no," ', 'a " b ']) {
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
