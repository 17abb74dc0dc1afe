// Speakers and unattributed quotations: what the server sends as semantic tokens.
import { strict as assert } from 'node:assert';
import { createContext } from '../../server/src/core/analyze';
import { DraftDocument } from '../../server/src/core/document';
import { highlightsOf } from '../../server/src/core/highlights';
import type { Settings } from '../../server/src/core/settings';
import type { Language } from '../../server/src/core/types';
import { SEED } from '../support/fixtures';

function highlights(text: string, language: Language = 'plaintext', settings: Partial<Settings> = {}) {
  const context = createContext(new DraftDocument(text, language), { settings, today: '2025-08-17' });
  return highlightsOf(context).map((h) => ({ text: text.slice(h.start, h.end), type: h.type, modifiers: h.modifiers.join(' ') }));
}

describe('highlights (semantic tokens in the core)', () => {
  it('marks who speaks each quotation of the seed draft, pronouns and titles included', () => {
    assert.deepEqual(highlights(SEED).map((h) => [h.type, h.text]), [
      ['speaker', 'Marco Rubio'], ['speaker', 'Rubio'], ['speaker', 'He'], ['speaker', 'Rubio'], ['speaker', 'He'],
      ['speaker', 'he'], ['speaker', 'The US Secretary of State'], ['speaker', 'He'],
    ]);
  });

  it('marks a speaker named in the sentence before the quotation, once for the quotations it serves', () => {
    const text = 'Rubio spoke to reporters after the talks. "We made progress. We will meet again," he said. "It is a start."';
    assert.deepEqual(highlights(text), [{ text: 'he', type: 'speaker', modifiers: '' }]);
    const before = 'Rubio said the talks had gone well. "We made progress."';
    assert.deepEqual(highlights(before), [{ text: 'Rubio', type: 'speaker', modifiers: '' }]);
  });

  it('marks a described source as described, and a quotation nobody is credited with as unattributed', () => {
    const text = 'The talks ended.\n\n"We will not give up," a senior Ukrainian official said.\n\n"Nothing was agreed."';
    assert.deepEqual(highlights(text), [
      { text: 'a senior Ukrainian official', type: 'speaker', modifiers: 'described' },
      { text: '"Nothing was agreed."', type: 'quotation', modifiers: 'unattributed' },
    ]);
  });

  it('leaves scare quotes and titles alone: they need no speaker', () => {
    const text = 'Leaders discussed the so-called "coalition of the willing" on CBS\'s "Face the Nation" on Sunday.';
    assert.deepEqual(highlights(text), []);
  });

  it('reads Markdown prose only, with offsets into the file', () => {
    const text = '---\ntitle: "Quoted title"\n---\n\n```\n"code," he said\n```\n\n"We are ready," Merz said.';
    assert.deepEqual(highlights(text, 'markdown'), [{ text: 'Merz', type: 'speaker', modifiers: '' }]);
  });

  it('gives nothing when semantic highlighting or Copydesk is switched off', () => {
    const text = '"We are ready," Merz said.\n\n"Nothing was agreed."';
    assert.equal(highlights(text).length, 2);
    assert.deepEqual(highlights(text, 'plaintext', { semanticHighlighting: false }), []);
    assert.deepEqual(highlights(text, 'plaintext', { enable: false }), []);
  });
});
