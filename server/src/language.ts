import type { Language } from './core/types';

/** The language ids Copydesk analyses in VS Code, and how it reads each (the client's selector). */
export const LANGUAGE_IDS: Record<string, Language> = {
  markdown: 'markdown',
  plaintext: 'plaintext',
  // Copydesk's own "News draft" language (.draft, .story): plain text with news highlighting.
  'news-draft': 'plaintext',
};

/**
 * What other editors call the same languages: Neovim, Emacs (eglot) and Helix send `text` for
 * plain text; Emacs's GitHub-flavoured Markdown mode sends `gfm`.
 */
export const OTHER_EDITOR_LANGUAGE_IDS: Record<string, Language> = {
  text: 'plaintext',
  gfm: 'markdown',
};

export function languageOf(languageId: string): Language | undefined {
  if (Object.hasOwn(LANGUAGE_IDS, languageId)) return LANGUAGE_IDS[languageId];
  if (Object.hasOwn(OTHER_EDITOR_LANGUAGE_IDS, languageId)) return OTHER_EDITOR_LANGUAGE_IDS[languageId];
  return undefined;
}

/** The language of a file by its name, for the CLI and unopened files. */
export function languageOfPath(path: string): Language {
  return /\.(md|markdown|mdown|mkd)$/i.test(path) ? 'markdown' : 'plaintext';
}
