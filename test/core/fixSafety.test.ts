// Fix safety over the project's own drafts (the seed and test/fixtures/drafts), as
// `npm run fix-safety` checks it over the shared corpus: every fix of every finding changes only
// its range, fix all leaves none of the kinds it fixed, and a second fix all changes nothing.
import { strict as assert } from 'node:assert';
import { changedOutside, checkFixSafety } from '../../server/scripts/fix-safety';
import { fixtureDrafts } from '../support/drafts';

describe('fix safety over the project drafts', () => {
  let fixes = 0;
  for (const draft of fixtureDrafts()) {
    it(`${draft.name}: every fix changes only its range; fix all is complete and idempotent`, () => {
      const report = checkFixSafety(draft.text, draft.language);
      assert.deepEqual(report.problems, []);
      fixes += report.fixes;
    });
  }

  it('had fixes to check', () => assert.ok(fixes >= 5, `${fixes} fixes`));

  it('notices a change outside the edits', () => {
    const before = 'He said"no" today.';
    assert.equal(changedOutside(before, 'He said "no" today.', [{ start: 7, end: 7, newText: ' ' }]), undefined);
    assert.match(changedOutside(before, 'He said "no" today!', [{ start: 7, end: 7, newText: ' ' }]) ?? '', /changed after 7/);
    assert.match(changedOutside(before, 'he said "no" today.', [{ start: 7, end: 7, newText: ' ' }]) ?? '', /changed between 0 and 7/);
  });
});
