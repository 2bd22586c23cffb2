import { z } from 'zod';
import { CONDITION_PORTS, defineCondition, traceable } from '../block';
import { frequencyPeriods } from '../time';

export const frequencyCap = defineCondition({
  code: 'condition.frequencyCap',
  category: 'condition',
  scope: 'event',
  label: 'Frequency cap',
  description:
    'Passes while this rule has fired for the user fewer than max times in the current period ' +
    '(calendar day, week from Monday, month in the deployment zone; or ever), so it fires at most max times.',
  args: z.object({ max: z.number().int().min(1), period: z.enum(frequencyPeriods) }),
  ui: {
    max: { label: 'At most', widget: 'number', help: 'Firings per user and period' },
    period: { label: 'Per', widget: 'select' },
  },
  ports: CONDITION_PORTS,
  compile({ max, period }, { ruleId, needs }) {
    needs.frequency(period);
    return traceable((facts, seen) => {
      const fired = facts.firedCount(ruleId, period);
      if (seen) seen.fired = fired;
      return fired < max;
    });
  },
});
