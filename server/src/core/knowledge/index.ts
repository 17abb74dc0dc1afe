// The built-in knowledge base, built once per process on first use.
import { BUILTIN_FILES } from './builtin';
import { Knowledge } from './knowledge';

let builtin: Knowledge | undefined;

export function builtinKnowledge(): Knowledge {
  builtin ??= new Knowledge(BUILTIN_FILES);
  return builtin;
}

export { Knowledge } from './knowledge';
export type { Entity, Form, FormKind } from './knowledge';
export type * from './types';
