// A title fix reads as copy: it fits the possessive, the article and the capitals around it.
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import { applyEdits } from '../../server/src/core/fixes';
import { fitReplacement } from '../../server/src/core/titles/render';
import { projectDrafts } from '../support/corpus';

/** The sentence around each title fix of `text`, after the fix. */
function fixed(text: string, date = '2025-08-18'): Array<{ code: string; title: string; copy: string }> {
  const out = [];
  for (const finding of analyze(text, { articleDate: date })) {
    if (!finding.code.startsWith('title.')) continue;
    for (const fix of finding.fixes) out.push({ code: finding.code, title: fix.title, copy: applyEdits(text, fix.edits) });
  }
  return out;
}

describe('title fixes read as copy', () => {
  it('say an owner the draft gave in a possessive only once', () => {
    const text = 'Council President Anna Kowalsky opened the session. Later, Kowalsky, the council\'s vice president, took questions.';
    assert.deepEqual(fixed(text).map((f) => f.copy), [text.replace("the council's vice president", "the council's president")]);
    const before = 'Council President Anna Kowalsky opened the session. The council\'s vice president, Kowalsky, took questions.';
    assert.deepEqual(fixed(before).map((f) => f.copy), [before.replace("The council's vice president", "The council's president")]);
  });

  it('put "former" after a possessive', () => {
    const text = "Germany's chancellor, Olaf Scholz, spoke.";
    assert.deepEqual(fixed(text).map((f) => f.copy), ["Germany's former chancellor, Olaf Scholz, spoke."]);
    assert.match(analyze(text, { articleDate: '2025-08-18' })[0].message, /^Outdated title: write "Germany's former chancellor, Olaf Scholz"\./);
  });

  it('keep the draft\'s lower case for a title after a name, "of" and its country included', () => {
    const text = 'Volodymyr Zelenskyy, the prime minister of Ukraine, spoke.';
    assert.deepEqual(fixed(text).map((f) => f.copy), ['Volodymyr Zelenskyy, the president, spoke.']);
    assert.deepEqual(fixed('Prime Minister Volodymyr Zelenskyy spoke.').map((f) => f.copy), ['President Volodymyr Zelenskyy spoke.']);
  });

  it('fitReplacement: "a" or "an" agrees with the new first word, capitals kept at a sentence start', () => {
    const prose = 'Ruiz, a finance minister, left. An envoy came. the envoy spoke.';
    const at = prose.indexOf('finance minister');
    assert.deepEqual(fitReplacement(prose, { start: at, end: at + 'finance minister'.length, text: 'interior minister' }),
      { start: at - 2, end: at + 'finance minister'.length, text: 'an interior minister' });
    const envoy = prose.indexOf('envoy');
    assert.deepEqual(fitReplacement(prose, { start: envoy, end: envoy + 5, text: 'US official' }), { start: envoy - 3, end: envoy + 5, text: 'A US official' });
    assert.deepEqual(fitReplacement(prose, { start: envoy, end: envoy + 5, text: 'MP' }), { start: envoy, end: envoy + 5, text: 'MP' });
    const sentence = prose.indexOf('An envoy');
    assert.deepEqual(fitReplacement(prose, { start: sentence, end: sentence + 8, text: 'the delegate' }), { start: sentence, end: sentence + 8, text: 'The delegate' });
    const lower = prose.indexOf('the envoy');
    assert.equal(fitReplacement(prose, { start: lower, end: lower + 9, text: 'the delegate' }).text, 'the delegate', 'the draft\'s own lower case stays');
  });

  it('on every project draft, no title fix says a word twice, puts "former" before a possessive or an article before the wrong sound', () => {
    let fixes = 0;
    for (const draft of projectDrafts()) {
      for (const finding of analyze(draft.text, { language: draft.language, articleDate: draft.date ?? '2025-08-18' })) {
        if (!finding.code.startsWith('title.')) continue;
        for (const fix of finding.fixes) {
          const [edit] = fix.edits;
          const copy = applyEdits(draft.text, fix.edits);
          const around = copy.slice(Math.max(0, edit.start - 40), edit.start + edit.newText.length + 10);
          assert.doesNotMatch(around, /\b(\p{L}{3,})(?:'s|’s)? \1\b/iu, `${draft.name}: ${fix.title} → …${around}…`);
          assert.doesNotMatch(around, /\b[Ff]ormer [\p{L}.]+(?:'s|’s) /u, `${draft.name}: ${fix.title} → …${around}…`);
          assert.doesNotMatch(around, /\b[Aa] [aeio]\p{L}|\b[Aa]n [bcdfgjkpqstvwz]\p{Ll}/u, `${draft.name}: ${fix.title} → …${around}…`);
          fixes++;
        }
      }
    }
    assert.ok(fixes > 0);
  });
});
