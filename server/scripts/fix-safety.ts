// Fix safety over real drafts: for every finding, each of its fixes applied alone changes only the
// text inside the fix's edits; "fix all" changes only its edits' text, leaves no finding of the kinds
// it fixed, and a second "fix all" changes nothing.
//
//   npm run fix-safety -- [dir|file ...]
//
// Without arguments: the project's own drafts (seeds/, test/fixtures/drafts/) and the shared
// corpus beside the repository (../shared/corpus) when it is there. A NAME.gold.json next to a
// draft gives its date. Prints one line per problem and a summary; exits 1 when a fix is unsafe.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { analyze } from '../src/core/analyze';
import { applyEdits, fixAllEdits } from '../src/core/fixes';
import type { Finding, Language, TextEdit } from '../src/core/types';

const ROOT = join(__dirname, '..', '..');
const DRAFT = /\.(?:md|markdown|txt|draft|story)$/;

export interface FixSafetyReport {
  findings: number;
  /** Fixes applied one by one. */
  fixes: number;
  /** Edits in the fix-all set. */
  fixAllEdits: number;
  problems: string[];
}

/** Where `after` differs from `before` outside `edits` (applied to `before`), or undefined. */
export function changedOutside(before: string, after: string, edits: readonly TextEdit[]): string | undefined {
  let offset = 0;
  let delta = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (edit.start < offset || edit.end < edit.start || edit.end > before.length) return `edit ${edit.start}-${edit.end} is outside the text or overlaps another`;
    if (after.slice(offset + delta, edit.start + delta) !== before.slice(offset, edit.start)) return `text changed between ${offset} and ${edit.start}`;
    delta += edit.newText.length - (edit.end - edit.start);
    offset = edit.end;
  }
  if (after.slice(offset + delta) !== before.slice(offset)) return `text changed after ${offset}`;
  if (after.length !== before.length + delta) return 'the length changed by more than the edits';
  return undefined;
}

function describe(text: string, finding: Finding): string {
  return `${finding.code} at ${finding.start} (${JSON.stringify(text.slice(finding.start, finding.end))})`;
}

export function checkFixSafety(text: string, language: Language, articleDate?: string): FixSafetyReport {
  const options = { language, articleDate, today: '2025-06-01' };
  const findings = analyze(text, options);
  const problems: string[] = [];
  let fixes = 0;
  for (const finding of findings) {
    for (const fix of finding.fixes) {
      fixes++;
      let fixed: string;
      try {
        fixed = applyEdits(text, fix.edits);
      } catch (error) {
        problems.push(`${describe(text, finding)}: “${fix.title}” cannot be applied (${(error as Error).message})`);
        continue;
      }
      const outside = changedOutside(text, fixed, fix.edits);
      if (outside) problems.push(`${describe(text, finding)}: “${fix.title}” changes more than its range: ${outside}`);
    }
  }
  const edits = fixAllEdits(findings);
  const fixedText = applyEdits(text, edits);
  const outside = changedOutside(text, fixedText, edits);
  if (outside) problems.push(`fix all changes more than its edits: ${outside}`);
  const fixedKinds = new Set(findings.filter((f) => f.fixes.some((x) => x.isPreferred)).map((f) => f.code));
  const again = analyze(fixedText, options);
  for (const left of again.filter((f) => fixedKinds.has(f.code))) problems.push(`after fix all, ${describe(fixedText, left)} is still there: ${left.message}`);
  const second = fixAllEdits(again);
  if (second.length) problems.push(`a second fix all still changes ${second.length} place(s): ${second.map((e) => `${e.start}-${e.end}→${JSON.stringify(e.newText)}`).join(', ')}`);
  return { findings: findings.length, fixes, fixAllEdits: edits.length, problems };
}

function draftsIn(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).filter((name) => DRAFT.test(name) && !/^readme\./i.test(name)).sort().map((name) => join(path, name));
}

function dateOf(file: string): string | undefined {
  const gold = join(dirname(file), `${basename(file).replace(DRAFT, '')}.gold.json`);
  if (!existsSync(gold)) return undefined;
  const date = (JSON.parse(readFileSync(gold, 'utf8')) as { date?: unknown }).date;
  return typeof date === 'string' ? date : undefined;
}

function main(): number {
  const args = process.argv.slice(2);
  const corpus = join(ROOT, '..', 'shared', 'corpus');
  const inputs = args.length ? args : [join(ROOT, 'seeds'), join(ROOT, 'test', 'fixtures', 'drafts'), ...(existsSync(corpus) ? [corpus] : [])];
  const missing = inputs.filter((input) => !existsSync(input));
  if (missing.length) {
    process.stderr.write(`fix-safety: no such file or folder: ${missing.join(', ')}\n`);
    return 2;
  }
  const totals = { drafts: 0, findings: 0, fixes: 0, fixAllEdits: 0, problems: 0 };
  for (const file of inputs.flatMap(draftsIn)) {
    const language: Language = /\.(?:md|markdown)$/.test(file) ? 'markdown' : 'plaintext';
    const report = checkFixSafety(readFileSync(file, 'utf8'), language, dateOf(file));
    totals.drafts++;
    totals.findings += report.findings;
    totals.fixes += report.fixes;
    totals.fixAllEdits += report.fixAllEdits;
    totals.problems += report.problems.length;
    for (const problem of report.problems) process.stdout.write(`${file}: ${problem}\n`);
  }
  process.stdout.write(`${totals.drafts} drafts, ${totals.findings} findings, ${totals.fixes} fixes applied one by one, ${totals.fixAllEdits} fix-all edits: `
    + `${totals.problems ? `${totals.problems} problem(s)` : 'every fix changed only its range, fix all left none of the kinds it fixed, a second fix all changed nothing'}\n`);
  return totals.problems ? 1 : 0;
}

if (require.main === module) process.exitCode = main();
