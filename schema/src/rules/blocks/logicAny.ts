import { z } from 'zod';
import { NO, YES, defineLogic } from '../block';

export const logicAny = defineLogic({
  code: 'logic.any',
  category: 'logic',
  label: 'Any of',
  description:
    'Yes when at least one incoming edge is active (its source ran and took that handle); otherwise no.',
  args: z.object({}),
  ui: {},
  ports: { inputs: 'operands', outputs: [YES, NO] },
  compile: () => (active) => active > 0,
});
