import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import { LineIndex } from '../../server/src/core/lines';

describe('LineIndex (UTF-16 positions)', () => {
  it('counts astral characters as two code units, like LSP', () => {
    const text = '😀🇺🇦 said"both\nnext';
    const index = new LineIndex(text);
    const offset = text.indexOf('said');
    assert.equal(offset, 7); // 😀 is 2 code units, 🇺🇦 is 4, then a space
    assert.deepEqual(index.positionAt(offset), { line: 0, character: 7 });
    assert.equal(index.offsetAt({ line: 0, character: 7 }), offset);
  });

  it('treats \\r\\n, \\r and \\n as line breaks', () => {
    const text = 'a\r\nb\rc\nd';
    const index = new LineIndex(text);
    assert.deepEqual([1, 3, 5, 7].map((o) => index.positionAt(o)), [
      { line: 0, character: 1 }, { line: 1, character: 0 }, { line: 2, character: 0 }, { line: 3, character: 0 },
    ]);
    assert.equal(index.lineCount, 4);
  });

  it('clamps positions past the end of a line before its line break', () => {
    const index = new LineIndex('ab\r\ncd');
    assert.equal(index.offsetAt({ line: 0, character: 99 }), 2);
    assert.equal(index.offsetAt({ line: 9, character: 0 }), 6);
  });
});

describe('exact positions around emoji and CRLF', () => {
  it('reports UTF-16 offsets after astral characters', () => {
    const text = '🗞️ Breaking 👩🏽‍💼: Rubio said"both sides" must move.';
    const [finding] = analyze(text);
    assert.equal(text.slice(finding.start, finding.end), 'said"both');
  });

  it('reports exact offsets in CRLF plain text', () => {
    const text = 'First line.\r\n\r\nHe added,"We will see."\r\n';
    const [finding] = analyze(text);
    assert.equal(text.slice(finding.start, finding.end), 'added,"We');
    const position = new LineIndex(text).positionAt(finding.start);
    assert.deepEqual(position, { line: 2, character: 3 });
  });
});
