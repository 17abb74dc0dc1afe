import type { Language } from './core/types';

/**
 * The language ids Copydesk analyses, and how it reads each. Editors name plain text differently:
 * VS Code says `plaintext`; Neovim, Emacs (eglot) and Helix send their own name, `text`; Emacs's
 * GitHub-flavoured Markdown mode sends `gfm`.
 */
export const LANGUAGE_IDS: Record<string, Language> = {
  markdown: 'markdown',
  gfm: 'markdown',
  plaintext: 'plaintext',
  text: 'plaintext',
  // Copydesk's own "News draft" language (.draft, .story): plain text with news highlighting.
  'news-draft': 'plaintext',
};

export function languageOf(languageId: string): Language | undefined {
  return Object.hasOwn(LANGUAGE_IDS, languageId) ? LANGUAGE_IDS[languageId] : undefined;
}

/** The language of a file by its name, for the CLI and unopened files. */
export function languageOfPath(path: string): Language {
  return /\.(md|markdown|mdown|mkd)$/i.test(path) ? 'markdown' : 'plaintext';
}
