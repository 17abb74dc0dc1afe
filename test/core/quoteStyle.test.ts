// quote.style: one style of quotation marks per draft. A property: a draft written in one house
// style and converted to another is that draft written in the other style (same quotations, same
// pairing), and converted back it is unchanged.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze } from '../../server/src/core/analyze';
import { DraftDocument } from '../../server/src/core/document';
import { applyEdits, fixAllEdits } from '../../server/src/core/fixes';
import { knowledgeWith } from '../../server/src/core/knowledge';
import { quotationsOf } from '../../server/src/core/quotes/quotations';
import { draftQuoteStyle, HOUSE_QUOTE_STYLES, quoteStyleEdits, STYLE_MARKS } from '../../server/src/core/quotes/style';
import { parseStylebook, stylebookKnowledge } from '../../server/src/core/stylebook';
import type { HouseQuoteStyle } from '../../server/src/core/types';
import { hostileDraft, languages } from '../support/drafts';
import { applyFix, wordsOf } from '../support/fixtures';

const RUNS = Number(process.env.COPYDESK_FUZZ_RUNS ?? 200);
const SEED = Number(process.env.COPYDESK_FUZZ_SEED ?? 20251207);
const ON = { checks: { 'quote.style': 'warning' } } as const;

function styleFindings(text: string, quotes?: HouseQuoteStyle) {
  const knowledge = quotes ? knowledgeWith([{ quotes }]) : undefined;
  return analyze(text, { settings: ON, knowledge }).filter((f) => f.code === 'quote.style');
}

// --- a draft, written in any style ----------------------------------------------------------

/**
 * Words, `A` standing for the apostrophe: contractions, possessives, elisions. Each starts with a
 * word no possessive is followed by (the, we, never …): a single quotation ending in a plural and
 * followed by a noun (‘the Smiths’ records’ rock …) is a possessive to a reader as to the core.
 */
const WORDS = ['the council', 'we', 'never', 'said', 'this', 'a budget', 'the river', 'tonight', 'again', 'for now', 'with them'];
const APOSTROPHE_WORDS = ['donAt', 'itAs', 'the playersA union', 'the Anineties', 'the rock AnA roll', 'HamasA leaders', 'the mayorAs office', 'the SmithsA records', 'weAre', 'the A90s'];

type Piece = string | { nested: string[] };

interface Sentence {
  kind: 'after' | 'before' | 'partial' | 'narrative';
  pieces: Piece[];
}

const word = fc.constantFrom(...WORDS);
const anyWord = fc.oneof(word, fc.constantFrom(...APOSTROPHE_WORDS));
const nested = fc.array(anyWord, { minLength: 1, maxLength: 3 }).map((words) => ({ nested: words }));
/** A full quotation: words with apostrophes, maybe a quotation nested inside (never first). */
const fullWords = fc.tuple(fc.array(anyWord, { minLength: 1, maxLength: 5 }), fc.option(nested), fc.array(anyWord, { maxLength: 3 }))
  .map(([head, inner, tail]) => [...head, ...(inner ? [inner] : []), ...tail] as Piece[]);
const partialWords = fc.array(anyWord, { minLength: 1, maxLength: 3 });
const sentence: fc.Arbitrary<Sentence> = fc.oneof(
  fullWords.map((pieces) => ({ kind: 'after' as const, pieces })),
  fullWords.map((pieces) => ({ kind: 'before' as const, pieces })),
  partialWords.map((pieces) => ({ kind: 'partial' as const, pieces })),
  fc.array(anyWord, { minLength: 1, maxLength: 5 }).map((pieces) => ({ kind: 'narrative' as const, pieces })),
);
const draft = fc.array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 });

function render(paragraphs: Sentence[][], style: HouseQuoteStyle): string {
  const { levels, apostrophe } = STYLE_MARKS[style];
  const [outer, inner] = levels;
  const words = (pieces: Piece[]) => pieces
    .map((p) => (typeof p === 'string' ? p : `${inner.open}${p.nested.join(' ')}${inner.close}`))
    .join(' ')
    .replace(/A/g, apostrophe);
  const capital = (text: string) => text[0].toUpperCase() + text.slice(1);
  const quoted = (pieces: Piece[], end: string) => `${outer.open}${capital(words(pieces))}${end}${outer.close}`;
  return paragraphs.map((sentences) => sentences.map(({ kind, pieces }) => {
    switch (kind) {
      case 'after': return `${quoted(pieces, ',')} she said.`;
      case 'before': return `He said: ${quoted(pieces, '.')}`;
      case 'partial': return `They called it ${outer.open}${words(pieces)}${outer.close} and left.`;
      default: return `${capital(words(pieces))}.`;
    }
  }).join(' ')).join('\n\n');
}

function pairing(text: string) {
  return quotationsOf(new DraftDocument(text, 'plaintext')).quotes.map((q) => [q.start, q.end, q.open, q.close, !!q.nested]);
}

function convert(text: string, style: HouseQuoteStyle): string {
  return applyEdits(text, quoteStyleEdits(new DraftDocument(text, 'plaintext'), style));
}

describe('quote.style', () => {
  it('is off by default', () => {
    assert.deepEqual(analyze('“We go,” she said. "We stay," he said. “Fine,” they said.').filter((f) => f.code === 'quote.style'), []);
  });

  it('flags straight marks in a draft of curly ones, and the fix converts that quotation only', () => {
    const text = '“We will open the bridge,” the mayor said. “It is safe,” the engineer said. "Not yet," a resident said.';
    const findings = styleFindings(text);
    assert.deepEqual(findings.map((f) => [wordsOf(text, f), f.message]), [[
      '"Not',
      'Quotation marks off the draft’s style: "…" → “…”. Straight quotation marks in a draft that uses curly ones. Most of this draft is in curly double quotation marks (“…”, ‘…’ inside).',
    ]]);
    assert.equal(applyFix(text, findings[0]), text.replace('"Not yet,"', '“Not yet,”'));
  });

  it('flags single marks as the primary mark in a draft quoting with double ones, nested marks converted with them', () => {
    const text = '“We will open the bridge,” the mayor said. “It is safe,” the engineer said. ‘We heard “next week” before,’ a resident said.';
    const [finding, ...rest] = styleFindings(text);
    assert.equal(rest.length, 0);
    assert.match(finding.message, /^Quotation marks off the draft’s style: ‘…’ → “…”\. Single quotation marks where the house style quotes with double ones/);
    assert.equal(applyFix(text, finding), text.replace('‘We heard “next week” before,’', '“We heard ‘next week’ before,”'));
  });

  it('takes the house style from the stylebook, apostrophes included', () => {
    const text = '“We will open the bridge,” the mayor said. “It’s safe,” the engineer said.';
    const knowledge = stylebookKnowledge(parseStylebook('# house style\nquotes: straight-double\n'));
    const findings = analyze(text, { settings: ON, knowledge }).filter((f) => f.code === 'quote.style');
    assert.deepEqual(findings.map((f) => wordsOf(text, f)), ['“We', '“It’s', 'It’s']);
    assert.match(findings[2].message, /^Apostrophe off the house style: It’s → It's\. A curly apostrophe in a draft that uses straight ones\. The house stylebook asks for straight double/);
    assert.equal(applyEdits(text, fixAllEdits(findings)), '"We will open the bridge," the mayor said. "It\'s safe," the engineer said.');
  });

  it('flags a straight apostrophe in a curly draft', () => {
    const text = '“We will open the bridge,” the mayor said. The council didn\'t agree.';
    assert.deepEqual(styleFindings(text).map((f) => [wordsOf(text, f), applyFix(text, f).slice(-20)]), [['didn\'t', 'ouncil didn’t agree.']]);
  });

  it('offers to convert the whole draft, and fix all leaves nothing to flag', () => {
    const text = '‘We will open the bridge,’ the mayor said. ‘It’s safe,’ the engineer said. "Not yet," a resident said. It\'s late.';
    const findings = styleFindings(text);
    assert.deepEqual(findings.map((f) => wordsOf(text, f)), ['"Not', "It's"]);
    const whole = findings[0].fixes[1];
    assert.equal(whole.title, 'Convert every quotation mark and apostrophe in the draft to curly single quotation marks');
    const fixed = applyEdits(text, whole.edits);
    assert.equal(fixed, '‘We will open the bridge,’ the mayor said. ‘It’s safe,’ the engineer said. ‘Not yet,’ a resident said. It’s late.');
    assert.equal(applyEdits(text, fixAllEdits(findings)), fixed);
    assert.deepEqual(styleFindings(fixed), []);
  });

  it('lets a headline quote with single marks in a draft of double ones (AP style)', () => {
    const text = 'Mayor calls bridge plan ‘a disgrace’\n\n“We will fight it,” the mayor said. “Every step,” she added.';
    assert.deepEqual(styleFindings(text), []);
    assert.deepEqual(styleFindings(text.replace('‘a disgrace’', '"a disgrace"')).map((f) => applyFix(text.replace('‘a disgrace’', '"a disgrace"'), f).split('\n')[0]), ['Mayor calls bridge plan “a disgrace”']);
  });

  it('converts guillemets with curly marks inside', () => {
    const text = '«We read “every word,” and said no,» the mayor said. «Never,» she said. “Maybe,” he said.';
    const [finding] = styleFindings(text);
    assert.equal(applyFix(text, finding), text.replace('“Maybe,”', '«Maybe,»'));
    assert.equal(convert(text, 'curly-double'), '“We read ‘every word,’ and said no,” the mayor said. “Never,” she said. “Maybe,” he said.');
  });

  it('gives well-formed fixes on hostile drafts', function () {
    this.timeout(0);
    fc.assert(fc.property(hostileDraft, languages, (text, language) => {
      const findings = analyze(text, { language, settings: ON }).filter((f) => f.code === 'quote.style');
      for (const finding of findings) {
        for (const fix of finding.fixes) {
          let reached = -1;
          for (const edit of [...fix.edits].sort((a, b) => a.start - b.start)) {
            assert.ok(edit.start >= reached && edit.start < edit.end && edit.end <= text.length, `${fix.title}: ${edit.start}-${edit.end}`);
            reached = edit.end;
          }
        }
      }
      applyEdits(text, fixAllEdits(findings));
    }), { numRuns: Math.ceil(RUNS / 2), seed: SEED, endOnFailure: true });
  });

  it('a draft written in one style, converted to another, is that draft in the other style, and back unchanged', function () {
    this.timeout(0);
    fc.assert(fc.property(draft, fc.constantFrom(...HOUSE_QUOTE_STYLES), fc.constantFrom(...HOUSE_QUOTE_STYLES), (paragraphs, from, to) => {
      const original = render(paragraphs, from);
      const target = render(paragraphs, to);
      assert.deepEqual(quoteStyleEdits(new DraftDocument(original, 'plaintext'), from), [], 'a draft in one style has nothing to convert');
      const read = draftQuoteStyle(new DraftDocument(original, 'plaintext'), undefined)?.style;
      const quotes = paragraphs.some((sentences) => sentences.some((s) => s.kind !== 'narrative'));
      if (quotes) assert.equal(read, from, 'and is read as that style');
      assert.deepEqual(pairing(target), pairing(original), 'the same quotations in both styles');
      const converted = convert(original, to);
      assert.equal(converted, target);
      assert.equal(convert(converted, from), original);
    }), { numRuns: RUNS, seed: SEED, endOnFailure: true });
  });
});
