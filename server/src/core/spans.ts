// Binary search over spans sorted by start: the layers look up "the first mention at or after
// here" on every keystroke, so each lookup is logarithmic, never a scan.
import type { Span } from './types';

/** The first index whose start is at or after `offset` (items sorted by start). */
export function firstStartingAtOrAfter(items: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
