import type { Language } from './core/types';

/** The language ids Copydesk analyses, and how it reads each. */
export const LANGUAGE_IDS: Record<string, Language> = {
  markdown: 'markdown',
  plaintext: 'plaintext',
  // Copydesk's own "News draft" language (.draft, .story): plain text with news highlighting.
  'news-draft': 'plaintext',
};

export function languageOf(languageId: string): Language | undefined {
  return LANGUAGE_IDS[languageId];
}

/** The language of a file by its name, for the CLI and unopened files. */
export function languageOfPath(path: string): Language {
  return /\.(md|markdown|mdown|mkd)$/i.test(path) ? 'markdown' : 'plaintext';
}
