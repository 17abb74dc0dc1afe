// The registry of checks, in alphabetical order of id. A new check is one module in this folder
// named by its id, added here.
import type { Check } from './check';
import { quoteSpacing } from './quote.spacing';
import { quoteUnbalanced } from './quote.unbalanced';

export const CHECKS: readonly Check[] = [
  quoteSpacing,
  quoteUnbalanced,
];

export function findCheck(id: string): Check | undefined {
  return CHECKS.find((check) => check.id === id);
}
