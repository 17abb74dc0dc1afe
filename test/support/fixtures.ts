import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits } from '../../server/src/core/fixes';
import type { Finding } from '../../server/src/core/types';

export const ROOT = join(__dirname, '..', '..');
export const SEED_PATH = join(ROOT, 'seeds', 'rubio-cbs-interview.txt');
export const SEED = readFileSync(SEED_PATH, 'utf8');

/** The draft's words a finding points at. */
export function wordsOf(text: string, finding: Finding): string {
  return text.slice(finding.start, finding.end);
}

/** Applies a finding's preferred fix (or its first). */
export function applyFix(text: string, finding: Finding): string {
  const fix = finding.fixes.find((f) => f.isPreferred) ?? finding.fixes[0];
  if (!fix) throw new Error(`${finding.code} has no fix`);
  return applyEdits(text, fix.edits);
}
