import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import { DraftDocument } from '../../server/src/core/document';
import { wordsOf } from '../support/fixtures';

const DRAFT = [
  '---',
  'title: "unbalanced title',
  'note: he said"x here',
  'date: 2025-08-17',
  '---',
  '',
  '# Talks resume',
  '',
  'Rubio said"both sides must move," and the [statement](https://example.org/said"x "Kiev, said\\"x") agreed.',
  '',
  'Use `said"x` or `"unbalanced` in code, <span title=\'said"x\'>html</span> and <https://example.org/"x>.',
  '',
  '```text',
  'reminder: said"we -> said "we',
  '"unbalanced',
  '```',
  '',
  '    indented code said"x',
  '',
  'He added,"We will see."',
  '',
].join('\n');

describe('Markdown awareness', () => {
  it('finds nothing in front matter, code, inline code, HTML, link destinations or autolinks', () => {
    const findings = analyze(DRAFT, { language: 'markdown' });
    assert.deepEqual(findings.map((f) => [f.code, wordsOf(DRAFT, f)]), [
      ['quote.spacing', 'said"both'],
      ['quote.spacing', 'added,"We'],
    ]);
  });

  it('points at the exact characters of the file', () => {
    const [first, second] = analyze(DRAFT, { language: 'markdown' });
    assert.equal(first.start, DRAFT.indexOf('said"both'));
    assert.equal(first.end, DRAFT.indexOf('said"both') + 'said"both'.length);
    assert.equal(second.start, DRAFT.indexOf('added,"We'));
  });

  it('keeps link text as prose and blanks the destination', () => {
    const doc = new DraftDocument(DRAFT, 'markdown');
    const linkText = DRAFT.indexOf('statement]');
    assert.equal(doc.prose.slice(linkText, linkText + 9), 'statement');
    const url = DRAFT.indexOf('https://example.org/said');
    assert.equal(doc.prose.slice(url, url + 10).trim(), '');
  });

  it('takes the article date from front matter', () => {
    const doc = new DraftDocument(DRAFT, 'markdown');
    assert.deepEqual(doc.ownDate, { date: '2025-08-17', source: 'front matter' });
  });

  it('reads headings, list items and blockquotes as paragraphs', () => {
    const text = '# Head "one"\n\n- item "two"\n- item three\n\n> quoted "four"\n> more\n';
    const doc = new DraftDocument(text, 'markdown');
    const paragraphs = doc.paragraphs.map((p) => [p.kind, text.slice(p.start, p.end), p.blockquote]);
    assert.deepEqual(paragraphs, [
      ['heading', 'Head "one"', false],
      ['paragraph', 'item "two"', false],
      ['paragraph', 'item three', false],
      ['paragraph', 'quoted "four"\n> more', true],
    ]);
    assert.equal(doc.prose.slice(0, 2), '  ', 'heading marks are not prose');
  });

  it('handles CRLF line endings in Markdown', () => {
    const text = DRAFT.replace(/\n/g, '\r\n');
    const findings = analyze(text, { language: 'markdown' });
    assert.deepEqual(findings.map((f) => wordsOf(text, f)), ['said"both', 'added,"We']);
  });
});

describe('markup and machine text around quotations', () => {
  it('accepts emphasis markers next to quotation marks', () => {
    const text = 'She called it *"a big deal"* and **"historic."**';
    assert.deepEqual(analyze(text, { language: 'markdown' }), []);
  });

  it('hides bare web addresses in Markdown and plain text', () => {
    const text = 'Read it at https://example.org/Kiev-talks?id=7. Or see www.example.org/Zelensky, he said.';
    for (const language of ['markdown', 'plaintext'] as const) {
      const doc = new DraftDocument(text, language);
      assert.equal(doc.prose.includes('example'), false, language);
      assert.match(doc.prose, / \. Or see/, 'the sentence-ending period stays prose');
      assert.match(doc.prose, / , he said\./, 'the comma after the address stays prose');
    }
  });
});
