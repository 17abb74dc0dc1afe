// Turning checks off for one draft: <!-- copydesk-disable id, id --> on a line of its own.
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import { disableEdit, disabledChecks } from '../../server/src/core/directives';
import { applyEdits } from '../../server/src/core/fixes';

const GLUED = 'He said"yes." Officials in Kiev and Kyiv agreed.';

function codes(text: string, language: 'plaintext' | 'markdown' = 'plaintext'): string[] {
  return [...new Set(analyze(text, { language }).map((f) => f.code))].sort();
}

describe('turning checks off for one draft', () => {
  it('reads the ids of every directive line, commas or spaces between them', () => {
    assert.deepEqual([...disabledChecks('<!-- copydesk-disable quote.spacing, name.inconsistent -->\n\nText.') as Set<string>], ['quote.spacing', 'name.inconsistent']);
    assert.deepEqual([...disabledChecks('Text.\n  <!--copydesk-disable quote.spacing-->  \n<!-- copydesk-disable title.mismatch -->') as Set<string>], ['quote.spacing', 'title.mismatch']);
    assert.equal(disabledChecks('<!-- copydesk-disable -->\nText.'), 'all');
  });

  it('ignores the words anywhere but on a line of their own', () => {
    assert.deepEqual([...disabledChecks('He wrote <!-- copydesk-disable quote.spacing --> in the draft.') as Set<string>], []);
    assert.deepEqual([...disabledChecks('<!-- copydesk-disabled quote.spacing -->') as Set<string>], []);
  });

  it('leaves the checks it names out of the analysis, in plain text and Markdown', () => {
    assert.deepEqual(codes(GLUED), ['name.inconsistent', 'quote.spacing']);
    assert.deepEqual(codes(`<!-- copydesk-disable quote.spacing -->\n\n${GLUED}`), ['name.inconsistent']);
    assert.deepEqual(codes(`${GLUED}\n\n<!-- copydesk-disable quote.spacing, name.inconsistent -->\n`, 'markdown'), []);
    assert.deepEqual(codes(`<!-- copydesk-disable -->\n\n${GLUED}`), []);
  });

  it('the quick fix\'s edit: a line at the top, after front matter, or the id added to the line there is', () => {
    const plain = applyEdits(GLUED, [disableEdit(GLUED, 'quote.spacing')]);
    assert.equal(plain, `<!-- copydesk-disable quote.spacing -->\n\n${GLUED}`);
    assert.deepEqual(codes(plain), ['name.inconsistent']);
    const again = applyEdits(plain, [disableEdit(plain, 'name.inconsistent')]);
    assert.equal(again, `<!-- copydesk-disable quote.spacing, name.inconsistent -->\n\n${GLUED}`);
    assert.deepEqual(codes(again), []);
    const front = '---\ntitle: Talks\ndate: 2025-08-18\n---\n';
    const markdown = `${front}${GLUED}\n`;
    const edit = disableEdit(markdown, 'quote.spacing', front.length);
    assert.equal(applyEdits(markdown, [edit]), `${front}<!-- copydesk-disable quote.spacing -->\n\n${GLUED}\n`);
    const crlf = GLUED.replace('." ', '."\r\n');
    assert.ok(applyEdits(crlf, [disableEdit(crlf, 'quote.spacing')]).startsWith('<!-- copydesk-disable quote.spacing -->\r\n\r\n'));
  });
});
