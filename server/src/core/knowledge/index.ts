// The built-in knowledge base, built once per process on first use.
import { BUILTIN_FILES } from './builtin';
import { Knowledge } from './knowledge';
import type { KnowledgeFile } from './types';

let builtin: Knowledge | undefined;

export function builtinKnowledge(): Knowledge {
  builtin ??= new Knowledge(BUILTIN_FILES);
  return builtin;
}

export { Knowledge, foldSpelling, splitWords } from './knowledge';
export type { Entity, Form, FormKind, IndexedForm } from './knowledge';
export type * from './types';

/** The built-in knowledge base with more files on top (a house stylebook's entries and spellings). */
export function knowledgeWith(files: readonly KnowledgeFile[]): Knowledge {
  return files.length ? new Knowledge([...BUILTIN_FILES, ...files]) : builtinKnowledge();
}
