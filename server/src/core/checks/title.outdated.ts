import { titleVerdictsOf } from '../titles/verdicts';
import { reportTitleVerdicts } from '../titles/report';
import type { Check } from './check';

/** A title the person held before the article date and no longer holds. */
export const titleOutdated: Check = {
  id: 'title.outdated',
  defaultLevel: 'warning',
  description: 'A title the person no longer held on the article date (Chancellor Olaf Scholz after May 6, 2025). Quick fix: the current title, or "former".',
  run(context, report) {
    reportTitleVerdicts(titleVerdictsOf(context), 'outdated', report);
  },
};
