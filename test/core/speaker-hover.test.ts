import { strict as assert } from 'node:assert';
import { createContext } from '../../server/src/core/analyze';
import { DraftDocument } from '../../server/src/core/document';
import { hoverAt } from '../../server/src/core/hover';
import { SEED } from '../support/fixtures';

function speakerCard(articleDate: string): string {
  const context = createContext(new DraftDocument(SEED, 'plaintext'), { articleDate });
  const cards = hoverAt(context, SEED.indexOf('Rubio said in an interview'));
  const card = cards.find((c) => c.markdown.includes('Marco Rubio'));
  assert.ok(card, 'a card names Marco Rubio');
  return card.markdown;
}

describe('speaker hover', () => {
  it('gives the offices held on the article date', () => {
    const card = speakerCard('2025-08-18');
    assert.match(card, /^\*\*Marco Rubio\*\* {2}\nSecretary of State, United States · since Jan\. 21, 2025/);
    assert.match(card, /\n_On Aug\. 18, 2025, the article’s date_\n/);
    assert.match(card, /\*\*Quotations in this draft: 8\*\*/);
  });

  it('says "as of" the knowledge check for an article dated after it', () => {
    const card = speakerCard('2026-11-27');
    assert.match(card, /Secretary of State, United States · since Jan\. 21, 2025/);
    assert.match(card, /_As of Nov\. 30, 2025, when Copydesk’s knowledge was last checked; the article is dated Nov\. 27, 2026_/);
  });

  it('an undated draft is checked as of today, and the card says so rather than call today its date', () => {
    const context = createContext(new DraftDocument(SEED, 'plaintext'), { today: '2026-11-27' });
    const card = hoverAt(context, SEED.indexOf('Rubio said in an interview')).find((c) => c.markdown.includes('Marco Rubio'))!.markdown;
    assert.match(card, /_As of Nov\. 30, 2025, when Copydesk’s knowledge was last checked; the draft is undated; today is Nov\. 27, 2026_/);
    const earlier = hoverAt(createContext(new DraftDocument(SEED, 'plaintext'), { today: '2025-08-18' }), SEED.indexOf('Rubio said in an interview')).find((c) => c.markdown.includes('Marco Rubio'))!.markdown;
    assert.match(earlier, /_On Aug\. 18, 2025, today \(the draft is undated\)_/);
  });

  it('gives a former officeholder their last office', () => {
    const context = createContext(new DraftDocument('Former Secretary of State Antony Blinken said the deal was fragile.', 'plaintext'), { articleDate: '2025-08-18' });
    const card = hoverAt(context, 'Former Secretary of State Antony '.length + 1).find((c) => c.markdown.includes('Antony Blinken'));
    assert.ok(card);
    assert.match(card.markdown, /No office in Copydesk’s knowledge; formerly Secretary of State, United States \(Jan\. 26, 2021 to Jan\. 20, 2025\)/);
  });
});
