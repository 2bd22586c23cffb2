import { z } from 'zod';
import { OUT, defineTrigger } from '../block';

export const triggerEvent = defineTrigger({
  code: 'trigger.event',
  category: 'trigger',
  label: 'When an event arrives',
  description: 'Starts the rule for every event of this type (order.paid, user.signed_up, any custom type).',
  args: z.object({ eventType: z.string().min(1) }),
  ui: { eventType: { label: 'Event type', widget: 'eventType', help: 'e.g. order.paid' } },
  ports: { inputs: 'none', outputs: [OUT] },
  compile({ eventType }) {
    return {
      eventType,
      matches: (facts, seen) => {
        if (seen) seen.eventType = facts.event.type;
        return facts.event.type === eventType;
      },
    };
  },
});
