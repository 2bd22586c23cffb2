import { z } from 'zod';
import { NO, YES, defineLogic } from '../block';

export const logicAll = defineLogic({
  code: 'logic.all',
  category: 'logic',
  label: 'All of',
  description: 'Yes when every incoming edge is active (its source ran and took that handle); otherwise no.',
  args: z.object({}),
  ui: {},
  ports: { inputs: 'operands', outputs: [YES, NO] },
  compile: () => (active, total) => active === total,
});
