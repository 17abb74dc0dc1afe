// Whether a word can be the finite verb of a clause ("snapped", "beams", "shot"), from a tagged
// English lexicon generated at build time (verbForms.ts, from en-lexicon), not from a list of
// reporting verbs: in the attribution slot the position attributes, whatever the verb.
import { WordList } from '../names/wordList';
import { FINITE_VERBS_BY_LENGTH, NOUN_FIRST_BY_LENGTH } from './verbForms';

const FINITE = new WordList(FINITE_VERBS_BY_LENGTH);
const NOUN_FIRST = new WordList(NOUN_FIRST_BY_LENGTH);

/** Auxiliaries and copulas: finite, but they carry no attribution on their own ("was", "has"). */
const AUXILIARY = new Set(['is', 'was', 'are', 'were', 'be', 'has', 'had', 'have', 'does', 'did', 'do', 'will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', 'seems', 'seemed', 'appears', 'appeared', 'gets', 'got', 'becomes', 'became']);

/**
 * `lower` (a lower-case word) can be a finite verb: in the lexicon as a past or present third-person
 * form, or an unlisted regular past ("deadpanned"). Words more often nouns ("notes", "shot") count
 * only when `nounsToo`.
 */
export function isFiniteVerb(lower: string, nounsToo = true): boolean {
  if (AUXILIARY.has(lower)) return false;
  if (FINITE.has(lower)) return nounsToo || !NOUN_FIRST.has(lower);
  return lower.length > 5 && /^[a-z]+ed$/.test(lower);
}

export function isAuxiliary(lower: string): boolean {
  return AUXILIARY.has(lower);
}
