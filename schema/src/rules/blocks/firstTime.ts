import { z } from 'zod';
import { CONDITION_PORTS, defineCondition, traceable } from '../block';

export const firstTime = defineCondition({
  code: 'condition.firstTime',
  category: 'condition',
  scope: 'event',
  label: 'First time',
  description: 'The triggering event is the user’s first event of a type (e.g. the first order.paid).',
  args: z.object({ eventType: z.string().min(1) }),
  ui: { eventType: { label: 'Event type', widget: 'eventType' } },
  ports: CONDITION_PORTS,
  compile({ eventType }, { needs }) {
    needs.firstTime(eventType);
    return traceable((facts, seen) => {
      const first = facts.isFirst(eventType);
      if (seen) seen.first = first;
      return first;
    });
  },
});
