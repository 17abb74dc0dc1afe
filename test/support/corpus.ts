// Every draft the project may test on: the seed, the test fixtures and, when it sits beside the
// repository (or beside the worktrees), the shared dev corpus with its styles, each with its date.
// A clean clone has only the first two; tests that read these never depend on the corpus's text.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../../server/src/core/types';
import { ROOT, SEED } from './fixtures';

export interface ProjectDraft {
  name: string;
  text: string;
  language: Language;
  /** The gold file's date, when the draft has one. */
  date?: string;
}

export function corpusDir(): string | undefined {
  return [join(ROOT, '..', 'shared', 'corpus'), join(ROOT, '..', '..', 'shared', 'corpus')].find((d) => existsSync(d));
}

function draftsIn(dir: string): ProjectDraft[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => /\.(md|txt|draft|story)$/.test(f) && !/^README/i.test(f)).sort().map((file) => {
    const gold = join(dir, file.replace(/\.\w+$/, '.gold.json'));
    const date = existsSync(gold) ? (JSON.parse(readFileSync(gold, 'utf8')) as { date?: string }).date : undefined;
    return { name: file, text: readFileSync(join(dir, file), 'utf8'), language: file.endsWith('.md') ? 'markdown' : 'plaintext', date };
  });
}

export function projectDrafts(): ProjectDraft[] {
  const corpus = corpusDir();
  return [
    { name: 'seed', text: SEED, language: 'plaintext', date: '2025-08-18' },
    ...draftsIn(join(ROOT, 'test', 'fixtures', 'drafts')),
    ...(corpus ? [...draftsIn(corpus), ...draftsIn(join(corpus, 'styles'))] : []),
  ];
}
