// The unattributed-quotation fix never puts a name in the writer's copy: it inserts a placeholder
// for the speaker, which the writer types over.
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import { SPEAKER_PLACEHOLDER } from '../../server/src/core/checks/quote.unattributed';
import { applyEdits, suggestionOf } from '../../server/src/core/fixes';
import { projectDrafts } from '../support/corpus';

const INTRO = 'Harbor Commissioner Nadia Okonkwo and union leader Tomas Brandt met on Monday. "We are done," Brandt said.\n\n';

function attributionFixOf(text: string) {
  const finding = analyze(text).find((f) => f.code === 'quote.unattributed');
  assert.ok(finding, `a quote.unattributed finding in ${JSON.stringify(text)}`);
  assert.equal(finding.fixes.length, 1);
  return { finding, fix: finding.fixes[0] };
}

describe('the unattributed-quotation fix', () => {
  it('ends a quotation ending with a period the wire way, with a placeholder where the speaker goes', () => {
    const text = `${INTRO}"This is the last chance for the harbor."`;
    const { fix } = attributionFixOf(text);
    assert.equal(applyEdits(text, fix.edits), `${INTRO}"This is the last chance for the harbor," [WHO] said.`);
    assert.equal(fix.edits.length, 1, 'one edit, so the editor can select the placeholder');
    const [edit] = fix.edits;
    assert.equal(edit.newText.slice(edit.placeholder!.start, edit.placeholder!.end), SPEAKER_PLACEHOLDER);
  });

  it('keeps the draft\'s own closing mark', () => {
    const text = `${INTRO}“This is the last chance for the harbor.”`;
    assert.equal(applyEdits(text, attributionFixOf(text).fix.edits), `${INTRO}“This is the last chance for the harbor,” [WHO] said.`);
  });

  it('adds " [WHO] said" after a question or exclamation, ", [WHO] said" after other words', () => {
    const question = `${INTRO}"Who will pay for the harbor?" `;
    assert.equal(applyEdits(question, attributionFixOf(question).fix.edits), `${INTRO}"Who will pay for the harbor?" [WHO] said `);
    const bare = `${INTRO}"This is the last chance for the harbor"`;
    assert.equal(applyEdits(bare, attributionFixOf(bare).fix.edits), `${INTRO}"This is the last chance for the harbor", [WHO] said`);
  });

  it('names no one even when the speaker before is plain, and is never part of fix-all', () => {
    const text = `${INTRO}"This is the last chance for the harbor."`;
    const { finding, fix } = attributionFixOf(text);
    assert.doesNotMatch(fix.title, /Brandt|Okonkwo/);
    assert.notEqual(fix.isPreferred, true);
    assert.equal(suggestionOf(text, finding, fix), '"This is the last chance for the harbor," [WHO] said.');
  });

  it('inserts only the placeholder, "said" and punctuation on every draft of the project (no name the writer did not choose)', () => {
    let fixes = 0;
    for (const draft of projectDrafts()) {
      const text = draft.text + '\n\n"An unattributed closing line for this test."\n';
      for (const finding of analyze(text, { language: draft.language, articleDate: draft.date })) {
        if (finding.code !== 'quote.unattributed') continue;
        for (const fix of finding.fixes) {
          for (const edit of fix.edits) {
            const inserted = edit.newText.replace(SPEAKER_PLACEHOLDER, '');
            const replaced = text.slice(edit.start, edit.end);
            // What the edit adds beyond the marks and punctuation it replaces: "said", nothing else.
            const words = inserted.split(/[^\p{L}]+/u).filter(Boolean);
            assert.deepEqual(words, ['said'], `${draft.name}: ${JSON.stringify(replaced)} → ${JSON.stringify(edit.newText)}`);
            fixes++;
          }
          assert.doesNotMatch(fix.title, /\p{Lu}\p{Ll}+ said/u, `${draft.name}: ${fix.title}`);
        }
      }
    }
    assert.ok(fixes >= projectDrafts().length, `${fixes} attribution fixes looked at`);
  });
});
