// What a check is: an id (also its Diagnostic.code and setting key), a default level, and a run
// function that reports findings on a prepared draft.
import type { DraftDocument } from '../document';
import type { Knowledge } from '../knowledge';
import type { Settings } from '../settings';
import type { Finding, Level } from '../types';

export interface CheckContext {
  doc: DraftDocument;
  settings: Settings;
  /** The date the article is written for (YYYY-MM-DD) and where it came from. */
  articleDate: string;
  articleDateSource: 'setting' | 'front matter' | 'dateline' | 'today';
  /** People, places, organisations and titles: built in, plus the house stylebook's. */
  knowledge: Knowledge;
}

export type Report = (finding: Omit<Finding, 'code' | 'severity'>) => void;

export interface Check {
  id: string;
  defaultLevel: Level;
  /** One line for settings and the README: what the check flags. */
  description: string;
  run(context: CheckContext, report: Report): void;
}

/** The span of the non-space characters around `offset` (a glued "word" like `said"both`). */
export function wordAround(text: string, from: number, to: number, limitStart: number, limitEnd: number): { start: number; end: number } {
  let start = from;
  while (start > limitStart && !/\s/.test(text[start - 1])) start--;
  let end = to;
  while (end < limitEnd && /[\p{L}\p{N}'’\-]/u.test(text[end])) end++;
  return { start, end };
}
