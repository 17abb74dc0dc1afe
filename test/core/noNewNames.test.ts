// No fix puts a person into the copy whom the writer did not name: not a guessed speaker for an
// unattributed quotation, not an office's new holder in place of the person the draft is about.
// Measured on every fix of every finding over the project's drafts and drafts written to trip it.
import { strict as assert } from 'node:assert';
import { analyze, createContext } from '../../server/src/core/analyze';
import { CHECKS } from '../../server/src/core/checks';
import { DraftDocument } from '../../server/src/core/document';
import { applyEdits } from '../../server/src/core/fixes';
import { peopleOf } from '../../server/src/core/people/people';
import type { Language } from '../../server/src/core/types';
import { corpusDir, projectDrafts } from '../support/corpus';

function peopleIn(text: string, language: Language, articleDate: string): Set<string> {
  return new Set(peopleOf(createContext(new DraftDocument(text, language), { articleDate })).persons.map((p) => p.key));
}

describe('no fix names a person the writer did not', () => {
  it('on every fix of every finding of every project draft and the written ones', () => {
    const settings = { flagScareQuotes: true, checks: Object.fromEntries(CHECKS.map((c) => [c.id, 'warning' as const])) };
    const written = [
      { name: 'outdated', text: 'Chancellor Olaf Scholz said the coalition would hold. "We stand together," Scholz said.\n\n"No retreat."', language: 'plaintext' as const, date: '2025-08-19' },
      { name: 'mismatch', text: 'Foreign Minister Marco Rubio spoke. Prime Minister Volodymyr Zelenskyy listened.\n\n"It is over."', language: 'plaintext' as const, date: '2025-08-19' },
    ];
    let fixes = 0;
    for (const draft of [...projectDrafts(), ...written]) {
      const date = draft.date ?? '2025-08-18';
      const before = peopleIn(draft.text, draft.language, date);
      for (const finding of analyze(draft.text, { language: draft.language, articleDate: date, settings })) {
        for (const fix of finding.fixes) {
          const after = peopleIn(applyEdits(draft.text, fix.edits), draft.language, date);
          const added = [...after].filter((key) => !before.has(key));
          assert.deepEqual(added, [], `${draft.name}: ${finding.code} “${fix.title}” brings in ${added.join(', ')}`);
          fixes++;
        }
      }
    }
    // A clean clone has the seed, the fixtures and the drafts above; beside the shared corpus, many more.
    const floor = corpusDir() ? 50 : 12;
    assert.ok(fixes >= floor, `${fixes} fixes applied, fewer than ${floor}`);
  });
});
