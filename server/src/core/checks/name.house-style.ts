import { reportSpellingProblems } from '../names/findings';
import type { Check } from './check';

/** A spelling the house stylebook replaces, even when the draft uses no other. */
export const nameHouseStyle: Check = {
  id: 'name.house-style',
  defaultLevel: 'warning',
  description: 'A spelling the house stylebook replaces, even when it is the only one in the draft.',
  run(context, report) {
    reportSpellingProblems(context, 'house-style', report);
  },
};
