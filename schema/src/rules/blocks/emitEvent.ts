import { z } from 'zod';
import { ACTION_PORTS, defineAction } from '../block';
import { jsonObjectSchema } from '../json';

export const emitEvent = defineAction({
  code: 'action.emitEvent',
  category: 'action',
  label: 'Emit event',
  description: 'Emits a custom event for this user (partners receive it; other rules may trigger on it).',
  args: z.object({ eventType: z.string().min(1), properties: jsonObjectSchema.optional() }),
  ui: {
    eventType: { label: 'Event type', widget: 'eventType' },
    properties: { label: 'Properties', widget: 'json', help: 'Optional JSON object' },
  },
  ports: ACTION_PORTS,
  compile: (args) => () => args,
});
