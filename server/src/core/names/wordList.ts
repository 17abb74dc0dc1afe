// A large, fixed list of words kept as a handful of strings and searched in place (the strings are
// generated at build time: server/scripts/sync-words.mjs). The common-words
// list has some 63,000 words: as a Set it costs a third of the server's start-up to build and a few
// megabytes of small strings to keep; here it costs nothing to build and its own size in memory.

/**
 * The words grouped by length: `byLength[n]` is every word of `n` UTF-16 code units, sorted by
 * code unit and written one after another without separators, so that word `i` of that length
 * starts at `i * n`. `has` is a binary search within one group that compares code units in place.
 */
export class WordList {
  constructor(private readonly byLength: readonly string[]) {}

  /** Whether `text.slice(start, end)` is in the list (exactly, case-sensitive). */
  has(text: string, start = 0, end = text.length): boolean {
    const length = end - start;
    const group = this.byLength[length];
    if (!group || length <= 0) return false;
    let lo = 0;
    let hi = group.length / length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const order = compareAt(group, mid * length, text, start, length);
      if (order === 0) return true;
      if (order < 0) lo = mid + 1;
      else hi = mid;
    }
    return false;
  }
}

/** Compares `length` code units of `a` from `aStart` with those of `b` from `bStart`. */
function compareAt(a: string, aStart: number, b: string, bStart: number, length: number): number {
  for (let i = 0; i < length; i++) {
    const difference = a.charCodeAt(aStart + i) - b.charCodeAt(bStart + i);
    if (difference !== 0) return difference;
  }
  return 0;
}

