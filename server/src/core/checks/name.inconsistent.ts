import { reportSpellingProblems } from '../names/findings';
import type { Check } from './check';

/** One person or place spelled two or more ways in one draft; every spelling but the accepted one is flagged. */
export const nameInconsistent: Check = {
  id: 'name.inconsistent',
  defaultLevel: 'warning',
  description: 'One person or place spelled two or more ways in one draft (Zelensky and Zelenskyy, Kiev and Kyiv).',
  run(context, report) {
    reportSpellingProblems(context, 'inconsistent', report);
  },
};
