import { z } from 'zod';
import { ACTION_PORTS, defineAction } from '../block';

export const addToAudience = defineAction({
  code: 'action.addToAudience',
  category: 'action',
  label: 'Add to audience',
  description: 'Adds the user to a static audience.',
  args: z.object({ audienceId: z.string().min(1) }),
  ui: { audienceId: { label: 'Audience', widget: 'audience' } },
  ports: ACTION_PORTS,
  compile: (args) => () => args,
});
