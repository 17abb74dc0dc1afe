// When two spellings are near-identical in writing and in sound: the test for a name's variant
// spellings that no list knows ("Kowalcyk" for "Kowalczyk", "Solhiem" for "Solheim").
import levenshtein from 'damerau-levenshtein';
import { doubleMetaphone } from 'double-metaphone';

/** Edits (insertions, deletions, substitutions, transpositions of neighbours) between two words. */
export function editDistance(a: string, b: string): number {
  return levenshtein(a, b).steps;
}

const phoneticCache = new Map<string, readonly [string, string]>();

/** The Double Metaphone keys of a word (primary and alternate pronunciation). */
export function phoneticKeys(word: string): readonly [string, string] {
  let keys = phoneticCache.get(word);
  if (!keys) {
    keys = doubleMetaphone(word);
    if (phoneticCache.size > 10_000) phoneticCache.clear();
    phoneticCache.set(word, keys);
  }
  return keys;
}

function soundAlike(a: string, b: string): boolean {
  const [a1, a2] = phoneticKeys(a);
  const [b1, b2] = phoneticKeys(b);
  return a1 === b1 || a1 === b2 || a2 === b1 || a2 === b2;
}

/**
 * Whether two single-word names are probably one name spelled two ways: they sound alike and differ
 * by one edit (two for long names). Names that differ only by a feminine ending ("Ivanov",
 * "Ivanova") are different names.
 */
export function similarSpelling(a: string, b: string): boolean {
  if (a === b) return false;
  const short = Math.min(a.length, b.length);
  if (short < 4) return false;
  const lowerA = a.toLowerCase();
  const lowerB = b.toLowerCase();
  if (lowerA === lowerB) return false;
  if (feminineOf(lowerA, lowerB) || feminineOf(lowerB, lowerA)) return false;
  const distance = editDistance(lowerA, lowerB);
  const allowed = short >= 8 ? 2 : 1;
  return distance <= allowed && soundAlike(a, b);
}

/** "ivanova" of "ivanov", "novakova" of "novak", "kowalska" of "kowalski", "zelenska" of "zelensky". */
function feminineOf(feminine: string, masculine: string): boolean {
  if (feminine === `${masculine}a` || feminine === `${masculine}ova` || feminine === `${masculine}aya`) return true;
  for (const [male, female] of [['ski', 'ska'], ['sky', 'ska'], ['skyy', 'ska'], ['skiy', 'skaya'], ['cki', 'cka'], ['dzki', 'dzka'], ['y', 'aya'], ['iy', 'aya']]) {
    if (masculine.endsWith(male) && feminine === masculine.slice(0, -male.length) + female) return true;
  }
  return false;
}

/**
 * One typing slip between two lower-case spellings of five letters or more: a letter added,
 * dropped or changed, or two neighbours swapped ("lindquist" for "lindqvist", "kowalcyk" for
 * "kowalczyk"). How a surname written again after a full introduction goes wrong, whether or not
 * the slip changes its sound.
 */
export function isSlip(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < 5) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}

/**
 * One spelling of a name in the Latin alphabet and another without its diacritics, or with the
 * letters English copy writes for them: "Söder" and "Soeder", "Müller" and "Mueller", "Støre" and
 * "Stoere", "Ramírez" and "Ramirez", "Gauß" and "Gauss". Only a spelling with such a letter is
 * compared this way, so that plain "Samuel" and "Samul" are not folded together.
 */
export function transliterated(a: string, b: string): boolean {
  if (a === b || (ASCII.test(a) && ASCII.test(b))) return false;
  const key = (word: string) => word.toLowerCase()
    .replace(/ß/g, 'ss').replace(/æ/g, 'ae').replace(/œ/g, 'oe').replace(/ø/g, 'o').replace(/å/g, 'a').replace(/ł/g, 'l').replace(/đ/g, 'd')
    .normalize('NFD').replace(/\p{M}/gu, '')
    // German and Scandinavian spellings without the letter: ae, oe, ue, aa.
    .replace(/([aou])e/g, '$1').replace(/aa/g, 'a');
  return key(a) === key(b);
}

const ASCII = /^[\x00-\x7f]*$/;
