import { z } from 'zod';
import { CONDITION_PORTS, defineCondition, traceable } from '../block';

export const audience = defineCondition({
  code: 'condition.audience',
  category: 'condition',
  scope: 'user',
  label: 'Audience membership',
  description: 'The user is (or is not) a member of an audience.',
  args: z.object({ audienceId: z.string().min(1), member: z.boolean().default(true) }),
  ui: {
    audienceId: { label: 'Audience', widget: 'audience' },
    member: { label: 'Is a member', widget: 'boolean', help: 'Off: the user is not a member' },
  },
  ports: CONDITION_PORTS,
  compile({ audienceId, member }, { needs }) {
    needs.audience(audienceId);
    return traceable((facts, seen) => {
      const isMember = facts.inAudience(audienceId);
      if (seen) seen.member = isMember;
      return isMember === member;
    });
  },
});
