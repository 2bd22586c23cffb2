import { z } from 'zod';
import { ACTION_PORTS, defineAction } from '../block';

export const issueCoupon = defineAction({
  code: 'action.issueCoupon',
  category: 'action',
  label: 'Issue coupon',
  description: 'Issues one coupon of a template to the user (source RULE, with this rule and version).',
  args: z.object({ templateId: z.string().min(1) }),
  ui: { templateId: { label: 'Coupon template', widget: 'template' } },
  ports: ACTION_PORTS,
  compile: (args) => () => args,
});
