// Property-based tests: whatever a draft contains, analysis never throws and no check fails (a check
// that throws is caught by runChecks and would only lose its findings, so failures are asserted
// empty), every finding lies inside the text on character boundaries, in order, and the result is
// the same every time. Hostile shapes (long runs of one character, many short paragraphs, deep
// lists, mixed line ends, format characters) go up to 1 MB under `npm run fuzz`.
// `npm test` runs a bounded number of cases with a fixed seed; `npm run fuzz` runs at least 100,000
// and prints the cases each property ran.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyzeDocument } from '../../server/src/core/analyze';
import { DraftDocument } from '../../server/src/core/document';
import { CHECKS, findCheck } from '../../server/src/core/checks';
import { applyEdits, fixAllEdits } from '../../server/src/core/fixes';
import type { Finding, Language } from '../../server/src/core/types';
import { caseCounts, countCase, fixtureDrafts, hostileDraft, hostileShape, languages, mutatedDraft, shapeText, SHAPE_UNITS, type Shape } from '../support/drafts';

const RUNS = Number(process.env.COPYDESK_FUZZ_RUNS ?? 300);
const SEED = Number(process.env.COPYDESK_FUZZ_SEED ?? 20251127);
const params = { numRuns: RUNS, seed: SEED, endOnFailure: true };
const FUZZ = process.env.COPYDESK_FUZZ_RUNS !== undefined;
/** Hostile shapes: up to 1 MB under `npm run fuzz`, 8,000 code units in `npm test`. */
const SHAPE_MAX = FUZZ ? 1_000_000 : 8_000;
const SHAPE_RUNS = FUZZ ? Math.max(40, Math.ceil(RUNS / 500)) : 12;
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

/** The findings of every check; fails when a check threw (runChecks keeps going without it). */
function analyzeStrictly(text: string, language: Language): Finding[] {
  const analysis = analyzeDocument(new DraftDocument(text, language), { today: '2025-06-01' });
  const failed = analysis.failures.map((f) => `${f.check}: ${(f.error as Error)?.stack ?? String(f.error)}`);
  assert.deepEqual(failed, [], `a check failed on ${JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}…` : text)} (${language})`);
  return analysis.findings;
}

function check(text: string, language: Language, repeat = true): void {
  const first = analyzeStrictly(text, language);
  assertWellFormed(text, first);
  if (repeat) assert.deepEqual(analyzeStrictly(text, language), first, 'same result on every run');
}

describe('properties of analysis', function () {
  this.timeout(0);
  const drafts = fixtureDrafts();

  it('sees a check that throws: the property fails, naming the check', () => {
    const spacing = findCheck('quote.spacing')!;
    const run = spacing.run;
    spacing.run = () => {
      throw new Error('broken on purpose');
    };
    try {
      assert.throws(() => check('"Yes," Rubio said.', 'plaintext'), /a check failed[\s\S]*quote\.spacing: Error: broken on purpose/);
    } finally {
      spacing.run = run;
    }
    check('"Yes," Rubio said.', 'plaintext');
  });

  it('never throws, no check fails, and findings are well formed on hostile drafts', () => {
    fc.assert(fc.property(hostileDraft, languages, (text, language) => {
      countCase('analysis: generated hostile drafts');
      check(text, language);
    }), params);
  });

  it('never throws, no check fails, and findings are well formed on mutated real drafts', () => {
    fc.assert(fc.property(mutatedDraft(drafts), (draft) => {
      countCase('analysis: mutated real drafts');
      check(draft.text, draft.language);
    }), params);
  });

  it(`never throws, no check fails, and findings are well formed on hostile shapes up to ${SHAPE_MAX.toLocaleString('en-US')} characters`, () => {
    // Every unit alone at the largest size once, then generated mixtures of units, sizes and line ends.
    for (const unit of SHAPE_UNITS) {
      for (const language of ['markdown', 'plaintext'] as const) {
        const shape: Shape = { units: [unit], size: SHAPE_MAX, endings: 'as-is', language };
        countCase('analysis: hostile shapes', 1);
        countCase('analysis: hostile shapes, characters', SHAPE_MAX);
        check(shapeText(shape), language, false);
      }
    }
    fc.assert(fc.property(hostileShape(SHAPE_MAX), (shape) => {
      const text = shapeText(shape);
      countCase('analysis: hostile shapes');
      countCase('analysis: hostile shapes, characters', text.length);
      check(text, shape.language, false);
    }), { ...params, numRuns: SHAPE_RUNS });
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
    for (const text of extremes) {
      for (const language of ['markdown', 'plaintext'] as const) {
        countCase('analysis: extremes');
        check(text, language);
      }
    }
  });

  it('applies fix-all safely: only the fixed words change, the fixed kinds are gone, a second pass changes nothing', () => {
    const property = (text: string, language: Language) => {
      countCase('fix-all: real and mutated drafts');
      const findings = analyzeStrictly(text, language);
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
      const again = analyzeStrictly(fixed, language);
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
    countCase('line endings: LF, CRLF and CR alike');
    const lf = text.replace(/\r\n?/g, '\n');
    const expected = withLfOffsets(lf, analyzeStrictly(lf, language));
    for (const ending of endings) {
      const other = lf.replace(/\n/g, ending);
      assert.deepEqual(withLfOffsets(other, analyzeStrictly(other, language)), expected, `${JSON.stringify(ending)} line ends, ${language}`);
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
      countCase('incremental Markdown parse = fresh parse');
      const previous = new DraftDocument(base.text, 'markdown');
      const incremental = new DraftDocument(edited.text, 'markdown', previous);
      const fresh = new DraftDocument(edited.text, 'markdown');
      assert.equal(incremental.prose, fresh.prose);
      assert.deepEqual(incremental.paragraphs, fresh.paragraphs);
    }), params);
  });
});

// After the whole run (a root hook): under `npm run fuzz`, the cases each property ran.
after(() => {
  if (!FUZZ || !caseCounts.size) return;
  const width = Math.max(...[...caseCounts.keys()].map((k) => k.length));
  const lines = [...caseCounts].map(([name, count]) => `  ${name.padEnd(width)}  ${count.toLocaleString('en-US')}`);
  const cases = [...caseCounts].filter(([name]) => !name.endsWith(', characters')).reduce((sum, [, count]) => sum + count, 0);
  console.log(`\nFuzz cases (seed ${SEED}, COPYDESK_FUZZ_RUNS=${RUNS}):\n${lines.join('\n')}\n  ${'all cases'.padEnd(width)}  ${cases.toLocaleString('en-US')}`);
});
