import { titleVerdictsOf } from '../titles/verdicts';
import { reportTitleVerdicts } from '../titles/report';
import type { Check } from './check';

/** A title the person does not hold on the article date: a wrong office, country or organisation, or the wrong name for the office. */
export const titleMismatch: Check = {
  id: 'title.mismatch',
  defaultLevel: 'warning',
  description: 'A title the person does not hold on the article date: the wrong office, country or organisation, or the wrong name for the office (Foreign Minister Marco Rubio). Quick fix: the right title.',
  run(context, report) {
    reportTitleVerdicts(titleVerdictsOf(context), 'mismatch', report);
  },
};
