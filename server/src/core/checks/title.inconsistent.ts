import { titleVerdictsOf } from '../titles/verdicts';
import { reportTitleVerdicts } from '../titles/report';
import type { Check } from './check';

/** The draft gives one person two titles, or a title standing alone matches no one it introduced with it. */
export const titleInconsistent: Check = {
  id: 'title.inconsistent',
  defaultLevel: 'warning',
  description: 'The draft gives one person two different titles, or a title standing alone ("the foreign minister said") refers back to someone introduced with another. Quick fix: the title the draft introduced.',
  run(context, report) {
    reportTitleVerdicts(titleVerdictsOf(context), 'inconsistent', report);
  },
};
