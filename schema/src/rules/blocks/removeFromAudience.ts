import { z } from 'zod';
import { ACTION_PORTS, defineAction } from '../block';

export const removeFromAudience = defineAction({
  code: 'action.removeFromAudience',
  category: 'action',
  label: 'Remove from audience',
  description: 'Removes the user from a static audience.',
  args: z.object({ audienceId: z.string().min(1) }),
  ui: { audienceId: { label: 'Audience', widget: 'audience' } },
  ports: ACTION_PORTS,
  compile: (args) => () => args,
});
