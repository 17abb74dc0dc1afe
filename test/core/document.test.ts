import { strict as assert } from 'node:assert';
import { DraftDocument } from '../../server/src/core/document';
import { SEED } from '../support/fixtures';

function paragraphTexts(doc: DraftDocument) {
  return doc.paragraphs.map((p) => doc.text.slice(p.start, p.end));
}

describe('paragraphs', () => {
  it('reads one paragraph per line in drafts written that way (the seed)', () => {
    const doc = new DraftDocument(SEED, 'plaintext');
    assert.equal(doc.paragraphs.length, SEED.split('\n').length);
  });

  it('keeps a hard-wrapped paragraph whole', () => {
    const text = 'The two leaders spoke for nearly three hours at Joint Base\nElmendorf-Richardson, joined on the American side by\nSecretary of State Marco Rubio.\n\nNext paragraph.';
    assert.deepEqual(paragraphTexts(new DraftDocument(text, 'plaintext')).length, 2);
  });

  it('splits at blank lines, with CRLF too', () => {
    const doc = new DraftDocument('One.\r\n\r\nTwo.\r\n \r\nThree.', 'plaintext');
    assert.deepEqual(paragraphTexts(doc), ['One.', 'Two.', 'Three.']);
  });
});

describe('sentences', () => {
  it('splits at sentence ends but not at abbreviations, initials or initialisms', () => {
    const text = 'U.S. Secretary of State Marco Rubio met Gen. Keith Kellogg and John F. Kennedy Jr. in Washington. They talked. "We agreed," he said. Then Mr. Smith left!';
    const doc = new DraftDocument(text, 'plaintext');
    assert.deepEqual(doc.sentences.map((s) => text.slice(s.start, s.end)), [
      'U.S. Secretary of State Marco Rubio met Gen. Keith Kellogg and John F. Kennedy Jr. in Washington.',
      'They talked.',
      '"We agreed," he said.',
      'Then Mr. Smith left!',
    ]);
  });
});
