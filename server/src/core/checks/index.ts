// The registry of checks, in alphabetical order of id. A new check is one module in this folder
// named by its id, added here.
import type { Check } from './check';
import { nameHouseStyle } from './name.house-style';
import { nameInconsistent } from './name.inconsistent';
import { quoteScare } from './quote.scare';
import { quoteSpacing } from './quote.spacing';
import { quoteStyle } from './quote.style';
import { quoteUnattributed } from './quote.unattributed';
import { quoteUnbalanced } from './quote.unbalanced';
import { quoteVagueSource } from './quote.vague-source';
import { titleCapitalization } from './title.capitalization';
import { titleInconsistent } from './title.inconsistent';
import { titleMismatch } from './title.mismatch';
import { titleOutdated } from './title.outdated';

export const CHECKS: readonly Check[] = [
  nameHouseStyle,
  nameInconsistent,
  quoteScare,
  quoteSpacing,
  quoteStyle,
  quoteUnattributed,
  quoteUnbalanced,
  quoteVagueSource,
  titleCapitalization,
  titleInconsistent,
  titleMismatch,
  titleOutdated,
];

export function findCheck(id: string): Check | undefined {
  return CHECKS.find((check) => check.id === id);
}
