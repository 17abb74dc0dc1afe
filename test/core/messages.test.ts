// Messages readable in the Problems panel, which cuts long ones: the first sentence says the
// problem and the fix within 80 characters ("Problem: fix."), the detail comes after. Measured on
// every finding of every check over the project's drafts, the help pages' examples and drafts
// written to give each check's rarer messages.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { CHECKS } from '../../server/src/core/checks';
import { suggestionOf } from '../../server/src/core/fixes';
import { parseStylebook, stylebookKnowledge } from '../../server/src/core/stylebook';
import type { Finding } from '../../server/src/core/types';
import { HELP_DIR } from '../../server/src/help';
import { projectDrafts } from '../support/corpus';
import { leadOf } from '../support/messages';

const LIMIT = 80;
const IMPERATIVE = /^(?:add|use|write|remove|say|change|insert|close|open)\b/i;

interface Sample { name: string; text: string; finding: Finding }

function samples(): Sample[] {
  const settings = { flagScareQuotes: true, checks: Object.fromEntries(CHECKS.map((c) => [c.id, 'warning' as const])) };
  const out: Sample[] = [];
  const add = (name: string, text: string, options: Parameters<typeof analyze>[1] = {}) => {
    for (const finding of analyze(text, { ...options, settings })) out.push({ name, text, finding });
  };
  for (const draft of projectDrafts()) add(draft.name, draft.text, { language: draft.language, articleDate: draft.date });
  for (const file of readdirSync(HELP_DIR).filter((f) => f.endsWith('.md'))) {
    const page = readFileSync(join(HELP_DIR, file), 'utf8');
    const house = /^```yaml \.copydesk\.yaml\n([\s\S]*?)^```/m.exec(page);
    const knowledge = house ? stylebookKnowledge(parseStylebook(house[1])) : undefined;
    for (const block of page.matchAll(/^```(?:text|markdown)\n([\s\S]*?)^```/gm)) add(file, block[1], { knowledge });
  }
  // Rarer messages: a closing mark glued to the next word, a title taken after the date, "former" for a
  // current office, a person's title in another country, a title after a name and standing alone.
  add('written', '“This is it”now, she said. Foreign Minister Andrii Sybiha met former Secretary of State Marco Rubio.', { articleDate: '2025-08-18' });
  add('written', 'Foreign Minister Andrii Sybiha spoke.', { articleDate: '2024-01-10' });
  add('written', 'Russian Foreign Minister Andrii Sybiha spoke. Sybiha, the Foreign Minister, left. The Foreign Minister said no.', { articleDate: '2025-08-18' });
  return out;
}

describe('messages in the Problems panel', () => {
  const all = samples();

  it('cover every check', () => {
    assert.deepEqual([...new Set(all.map((s) => s.finding.code))].sort(), CHECKS.map((c) => c.id).sort());
  });

  it(`say the problem, then the fix, in the first ${LIMIT} characters; the detail comes after`, () => {
    const bad: string[] = [];
    for (const { name, text, finding } of all) {
      const lead = leadOf(finding.message);
      const colon = lead.indexOf(': ');
      const fix = lead.slice(colon + 2);
      const preferred = finding.fixes.find((f) => f.isPreferred);
      const shown = !preferred || lead.includes(suggestionOf(text, finding, preferred))
        || preferred.edits.every((e) => !e.newText.trim() || lead.includes(e.newText.trim()));
      if (lead.length > LIMIT || colon < 3 || colon > 40 || !(IMPERATIVE.test(fix) || fix.includes('→')) || !shown) {
        bad.push(`${name}: ${finding.code}: ${finding.message}`);
      }
    }
    assert.deepEqual(bad, [], `${all.length} messages looked at`);
  });

  it('leadOf reads the first sentence, not a full stop inside a quotation', () => {
    assert.equal(leadOf('Wrong title: write "U.S. Secretary of State". Detail.'), 'Wrong title: write "U.S. Secretary of State".');
    assert.equal(leadOf('Spelled two ways: use “St. Paul”, not “Saint Paul”. Detail.'), 'Spelled two ways: use “St. Paul”, not “Saint Paul”.');
  });
});
