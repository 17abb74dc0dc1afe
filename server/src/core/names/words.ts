// Common English words, to tell a capitalised ordinary word ("Residents", "Chief", "However")
// from a name. Built once per process from the generated dictionary list, on first use.
import { COMMON_WORDS } from './commonWords';

let words: Set<string> | undefined;

function commonWordSet(): Set<string> {
  words ??= new Set(COMMON_WORDS.split('\n'));
  return words;
}

/**
 * Whether `word` (any case) is a common English word ("residents", "warned", "chief"). Names that
 * are also words ("Rose", "May") count as words.
 */
export function isCommonWord(word: string): boolean {
  const set = commonWordSet();
  const lower = word.toLowerCase().replace(/’/g, "'");
  return set.has(lower) || (lower.endsWith("'s") && set.has(lower.slice(0, -2)));
}

/** Lowercase words that join the parts of a name: "von der Leyen", "bin Salman", "da Silva". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'bin', 'bint', 'ibn', 'abu', 'von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da',
  'dos', 'das', 'do', 'du', 'des', 'la', 'le', 'ter', 'ten', 'zu', 'y', 'e', 'af', 'st',
]);
