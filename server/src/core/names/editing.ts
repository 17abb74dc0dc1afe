// Name-aware editing for the server: rename every spelling of a name, complete a name with the
// house spelling. Pure: offsets in, edits and suggestions out.
import type { CheckContext } from '../checks/check';
import type { Person } from '../knowledge';
import type { Span, TextEdit } from '../types';
import { nameSpellingsOf } from './spellings';

export interface RenameTarget extends Span {
  /** The name as written at the cursor. */
  text: string;
}

/** What rename (F2) would rename at `offset`: the spelling of a name under the cursor. */
export function renameTargetAt(context: Pick<CheckContext, 'doc' | 'knowledge'>, offset: number): RenameTarget | undefined {
  const hit = nameSpellingsOf(context).familyAt(offset);
  return hit ? { start: hit.occurrence.start, end: hit.occurrence.end, text: hit.occurrence.text } : undefined;
}

/**
 * Renames every spelling of the name at `offset` in the draft: every occurrence of its family
 * (the person's surname however it is spelled, in full names and alone), in one set of edits.
 */
export function renameEdits(context: Pick<CheckContext, 'doc' | 'knowledge'>, offset: number, newName: string): TextEdit[] | undefined {
  const hit = nameSpellingsOf(context).familyAt(offset);
  if (!hit || !newName.trim()) return undefined;
  return hit.family.occurrences.map((o) => ({ start: o.start, end: o.end, newText: newName }));
}

export interface NameCompletion {
  /** The house spelling to insert. */
  label: string;
  /** Who or what it names. */
  detail: string;
  /** The characters the completion replaces (the typed start of the name). */
  replace: Span;
  /** Named in this draft already (offered first). */
  inDraft: boolean;
}

const NAME_CHARS = /[\p{L}\p{M}'’\-. ]/u;

/** House spellings of known names starting with the word typed before `offset` (two letters at least). */
export function nameCompletions(context: Pick<CheckContext, 'doc' | 'knowledge' | 'articleDate'>, offset: number): NameCompletion[] {
  const text = context.doc.text;
  // The typed start: letters back to the start of a capitalised word, or of two ("Volodymyr Zel").
  let start = offset;
  while (start > 0 && /[\p{L}\p{M}'’\-]/u.test(text[start - 1])) start--;
  if (start > 1 && text[start - 1] === ' ' && /\p{Lu}/u.test(text[start] ?? '')) {
    let previous = start - 1;
    while (previous > 0 && /[\p{L}\p{M}'’\-]/u.test(text[previous - 1])) previous--;
    if (/^\p{Lu}/u.test(text.slice(previous, start - 1)) && context.knowledge.spellingsStartingWith(text.slice(previous, offset), 1).length) start = previous;
  }
  const prefix = text.slice(start, offset);
  if (prefix.length < 2 || !/^\p{Lu}/u.test(prefix) || [...prefix].some((c) => !NAME_CHARS.test(c))) return [];
  const seen = new Map<string, NameCompletion>();
  const inDraft = new Set(nameSpellingsOf(context).families.map((f) => f.accepted));
  for (const { house, entity } of context.knowledge.spellingsStartingWith(prefix, 200)) {
    if (seen.has(house)) continue;
    const entry = entity.entry;
    const detail = entity.type === 'person' ? `${entry.name} — ${(entry as Person).description}` : entry.name;
    seen.set(house, { label: house, detail, replace: { start, end: offset }, inDraft: inDraft.has(house) });
  }
  // Names this draft spells its own way (people no list knows).
  for (const family of nameSpellingsOf(context).families) {
    if (!family.entity && family.accepted.toLowerCase().startsWith(prefix.toLowerCase()) && !seen.has(family.accepted)) {
      seen.set(family.accepted, { label: family.accepted, detail: 'named in this draft', replace: { start, end: offset }, inDraft: true });
    }
  }
  return [...seen.values()].sort((a, b) => Number(b.inDraft) - Number(a.inDraft) || a.label.localeCompare(b.label)).slice(0, 50);
}
