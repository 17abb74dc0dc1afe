// Property-based tests: whatever a draft contains, analysis never throws, every finding lies
// inside the text on character boundaries, in order, and the result is the same every time.
// `npm test` runs a bounded number of cases with a fixed seed; `npm run fuzz` runs at least 100,000.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze } from '../../server/src/core/analyze';
import { DraftDocument } from '../../server/src/core/document';
import { CHECKS } from '../../server/src/core/checks';
import { applyEdits, fixAllEdits } from '../../server/src/core/fixes';
import type { Finding, Language } from '../../server/src/core/types';
import { fixtureDrafts, hostileDraft, languages, mutatedDraft } from '../support/drafts';

const RUNS = Number(process.env.COPYDESK_FUZZ_RUNS ?? 300);
const SEED = Number(process.env.COPYDESK_FUZZ_SEED ?? 20251127);
const params = { numRuns: RUNS, seed: SEED, endOnFailure: true };
const codes = new Set(CHECKS.map((c) => c.id));
const severities = new Set(['error', 'warning', 'info', 'hint']);

function isHigh(code: number) { return code >= 0xd800 && code <= 0xdbff; }
function isLow(code: number) { return code >= 0xdc00 && code <= 0xdfff; }
/** An offset that does not split a surrogate pair. */
function onBoundary(text: string, offset: number): boolean {
  return offset <= 0 || offset >= text.length || !(isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset)));
}

function assertWellFormed(text: string, findings: Finding[]): void {
  let previous = -1;
  for (const f of findings) {
    assert.ok(codes.has(f.code), `unknown code ${f.code}`);
    assert.ok(severities.has(f.severity));
    assert.ok(f.message.length > 0);
    assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end) && 0 <= f.start && f.start <= f.end && f.end <= text.length, `${f.code} range ${f.start}-${f.end} outside 0-${text.length}`);
    assert.ok(onBoundary(text, f.start) && onBoundary(text, f.end), `${f.code} range splits a surrogate pair`);
    assert.ok(f.start >= previous, 'findings in document order');
    previous = f.start;
    for (const fix of f.fixes) {
      assert.ok(fix.title.length > 0);
      let reached = -1;
      for (const edit of [...fix.edits].sort((a, b) => a.start - b.start)) {
        assert.ok(0 <= edit.start && edit.start <= edit.end && edit.end <= text.length, 'edit inside the text');
        assert.ok(onBoundary(text, edit.start) && onBoundary(text, edit.end), 'edit on character boundaries');
        assert.ok(edit.start >= reached, 'edits of one fix do not overlap');
        reached = edit.end;
      }
    }
  }
}

function check(text: string, language: Language): void {
  const first = analyze(text, { language, today: '2025-06-01' });
  assertWellFormed(text, first);
  assert.deepEqual(analyze(text, { language, today: '2025-06-01' }), first, 'same result on every run');
}

describe('properties of analysis', function () {
  this.timeout(0);
  const drafts = fixtureDrafts();

  it('never throws and returns well-formed findings on hostile drafts', () => {
    fc.assert(fc.property(hostileDraft, languages, (text, language) => check(text, language)), params);
  });

  it('never throws and returns well-formed findings on mutated real drafts', () => {
    fc.assert(fc.property(mutatedDraft(drafts), (draft) => check(draft.text, draft.language)), params);
  });

  it('survives extremes: empty, thousands of marks, one huge paragraph, NUL bytes, lone surrogates', () => {
    const extremes = [
      '', ' ', '\n', '\r\n', '\0'.repeat(100), '"'.repeat(5000), '“'.repeat(3000) + '”'.repeat(2000), "'".repeat(4000),
      `${'word '.repeat(60_000)}"unclosed`, '\ud800'.repeat(500), '\udfff\ud800', '`'.repeat(3000), '>'.repeat(2000),
      '-'.repeat(3000), '#'.repeat(500), '['.repeat(2000) + ']('.repeat(2000), '<'.repeat(2000), '---\n'.repeat(1000),
      // Right-to-left text, combining marks, CR-only line ends and NUL bytes inside quotations.
      '"שלום," אמר הוא.\r«مرحبا» قال\u200f\r'.repeat(1000), 'e\u0301"Kiev\u0308,"\u0301 '.repeat(3000), '\0"\0said\0"'.repeat(3000),
      // Runs that once made expressions backtrack: marks, blanks after a cue, capitalised words.
      `He said. ${'.'.repeat(20_000)}x`, `according to x${' '.repeat(20_000)}y "We go."`, `a report titled${' '.repeat(20_000)}x "The Plan"`,
      `${'Abc '.repeat(5000)}"We Go Now," he said.`, `> —${' '.repeat(20_000)}\n> x\n> y`,
    ];
    for (const text of extremes) for (const language of ['markdown', 'plaintext'] as const) check(text, language);
  });

  it('applies fix-all safely: only the fixed words change, the fixed kinds are gone, a second pass changes nothing', () => {
    const property = (text: string, language: Language) => {
      const findings = analyze(text, { language, today: '2025-06-01' });
      const edits = fixAllEdits(findings);
      const fixed = applyEdits(text, edits);
      // Outside the edits, the text is unchanged character for character.
      let offset = 0;
      let delta = 0;
      for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
        assert.equal(fixed.slice(offset + delta, edit.start + delta), text.slice(offset, edit.start));
        delta += edit.newText.length - (edit.end - edit.start);
        offset = edit.end;
      }
      assert.equal(fixed.slice(offset + delta), text.slice(offset));
      const fixedCodes = new Set(findings.filter((f) => f.fixes.some((x) => x.isPreferred)).map((f) => f.code));
      const again = analyze(fixed, { language, today: '2025-06-01' });
      const second = fixAllEdits(again);
      assert.deepEqual(second, [], `a second fix-all changes nothing (left: ${again.filter((f) => fixedCodes.has(f.code)).map((f) => f.code)})`);
    };
    for (const draft of drafts) property(draft.text, draft.language);
    fc.assert(fc.property(mutatedDraft(drafts), (draft) => property(draft.text, draft.language)), { ...params, numRuns: Math.ceil(RUNS / 3) });
  });
});

/** The findings as codes and ranges, with offsets mapped from `text` to the same text with LF line ends. */
function withLfOffsets(text: string, findings: readonly Finding[]): string[] {
  const lfOffset: number[] = [];
  let removed = 0;
  for (let i = 0; i <= text.length; i++) {
    lfOffset.push(i - removed);
    if (text[i] === '\r' && text[i + 1] === '\n') removed++;
  }
  return findings.map((f) => `${f.code} ${lfOffset[f.start]}-${lfOffset[f.end]} ${f.message}`);
}

describe('line endings', function () {
  this.timeout(0);
  const endings = ['\r\n', '\r'];
  const same = (text: string, language: Language) => {
    const lf = text.replace(/\r\n?/g, '\n');
    const expected = withLfOffsets(lf, analyze(lf, { language, today: '2025-06-01' }));
    for (const ending of endings) {
      const other = lf.replace(/\n/g, ending);
      assert.deepEqual(withLfOffsets(other, analyze(other, { language, today: '2025-06-01' })), expected, `${JSON.stringify(ending)} line ends, ${language}`);
    }
  };

  it('a CRLF is one line break: the paragraph goes on after it', () => {
    same('"Yes," Rubio said.\n"Second."', 'plaintext');
    same('| file | what |\n|---|---|\n| a | "b |\n\nText.', 'markdown');
  });

  it('LF, CRLF and CR line ends give the same findings on every draft', () => {
    for (const draft of fixtureDrafts()) same(draft.text, draft.language);
    fc.assert(fc.property(hostileDraft, languages, (text, language) => same(text, language)), { ...params, numRuns: Math.ceil(RUNS / 3) });
  });
});

describe('incremental Markdown parsing', function () {
  this.timeout(0);

  it('gives exactly what a fresh parse gives, after any edit', () => {
    const drafts = fixtureDrafts();
    fc.assert(fc.property(mutatedDraft(drafts), fc.constantFrom(...drafts), (edited, base) => {
      const previous = new DraftDocument(base.text, 'markdown');
      const incremental = new DraftDocument(edited.text, 'markdown', previous);
      const fresh = new DraftDocument(edited.text, 'markdown');
      assert.equal(incremental.prose, fresh.prose);
      assert.deepEqual(incremental.paragraphs, fresh.paragraphs);
    }), params);
  });
});
