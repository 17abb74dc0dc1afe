import { strict as assert } from 'node:assert';
import { analyze, analyzeDocument, createContext, MAX_FINDINGS_PER_CHECK, runChecks } from '../../server/src/core/analyze';
import { CHECKS } from '../../server/src/core/checks';
import type { Check } from '../../server/src/core/checks/check';
import { DraftDocument } from '../../server/src/core/document';
import { SEED } from '../support/fixtures';

describe('analyze', () => {
  it('returns findings in document order with code, severity, message and fixes', () => {
    const findings = analyze(SEED);
    assert.deepEqual(findings.map((f) => f.code), ['quote.spacing', 'quote.spacing', 'quote.spacing', 'name.inconsistent', 'quote.spacing', 'title.inconsistent', 'quote.spacing', 'name.inconsistent']);
    for (const finding of findings) {
      assert.equal(finding.severity, 'warning');
      assert.ok(finding.message.length > 20);
      assert.ok(finding.fixes.length >= 1);
    }
    assert.deepEqual(findings.map((f) => f.start), [...findings.map((f) => f.start)].sort((a, b) => a - b));
  });

  it('applies per-check levels and the master switch', () => {
    const quotesOnly = { 'name.inconsistent': 'off', 'title.inconsistent': 'off' } as const;
    assert.deepEqual(analyze(SEED, { settings: { checks: { ...quotesOnly, 'quote.spacing': 'off' } } }), []);
    assert.ok(analyze(SEED, { settings: { checks: { ...quotesOnly, 'quote.spacing': 'error' } } }).every((f) => f.severity === 'error'));
    assert.deepEqual(analyze(SEED, { settings: { enable: false } }), []);
  });

  it('ignores mistyped settings instead of failing', () => {
    const findings = analyze(SEED, { settings: { checks: { 'quote.spacing': 'loud' as never }, enable: 'yes' as never } });
    assert.equal(findings.length, 8);
  });

  it('dates the article: setting over front matter over dateline over today', () => {
    const md = '---\ndate: 2025-05-07\n---\nBERLIN, May 6, 2025 — Text.';
    const doc = new DraftDocument(md, 'markdown');
    assert.equal(createContext(doc, { articleDate: '2024-01-02' }).articleDate, '2024-01-02');
    assert.deepEqual([createContext(doc).articleDate, createContext(doc).articleDateSource], ['2025-05-07', 'front matter']);
    const txt = new DraftDocument('Friday, May 16, 2025\n\nISTANBUL — Talks.', 'plaintext');
    assert.deepEqual([createContext(txt).articleDate, createContext(txt).articleDateSource], ['2025-05-16', 'dateline']);
    const bare = new DraftDocument('No date here.', 'plaintext');
    assert.deepEqual(createContext(bare, { today: '2026-01-01' }).articleDate, '2026-01-01');
  });

  it('contains a check that throws: reported once, the others still run', () => {
    const broken: Check = { id: 'test.broken', defaultLevel: 'warning', description: 'throws', run: () => { throw new Error('boom'); } };
    const context = createContext(new DraftDocument(SEED, 'plaintext'));
    const analysis = runChecks(context, [broken, ...CHECKS]);
    assert.equal(analysis.failures.length, 1);
    assert.equal(analysis.failures[0].check, 'test.broken');
    assert.equal(analysis.findings.length, 8);
  });

  it('is deterministic', () => {
    const doc = new DraftDocument(SEED, 'plaintext');
    assert.deepEqual(analyzeDocument(doc).findings, analyze(SEED));
  });
});

describe('findings beyond the limit of one check', () => {
  const flood = (count: number): Check => ({
    id: 'test.flood', defaultLevel: 'warning', description: 'reports a finding at every offset',
    run: (_context, report) => { for (let i = 0; i < count; i++) report({ start: i % 1000, end: (i % 1000) + 1, message: `finding ${i}`, fixes: [] }); },
  });

  it('keeps the first findings and counts the rest in one more, never losing them silently (200,000 once overflowed the stack)', () => {
    const context = createContext(new DraftDocument('x'.repeat(1000), 'plaintext'));
    const analysis = runChecks(context, [flood(200_000)]);
    assert.deepEqual(analysis.failures, []);
    assert.equal(analysis.findings.length, MAX_FINDINGS_PER_CHECK + 1);
    const more = analysis.findings.filter((f) => /more test\.flood findings/.test(f.message));
    assert.equal(more.length, 1);
    assert.match(more[0].message, /…and 199,000 more test\.flood findings from here on, not shown: Copydesk shows the first 1,000 of each check in a draft\./);
    assert.deepEqual(runChecks(context, [flood(MAX_FINDINGS_PER_CHECK)]).findings.length, MAX_FINDINGS_PER_CHECK);
  });
});
