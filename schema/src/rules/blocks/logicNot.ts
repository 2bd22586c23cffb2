import { z } from 'zod';
import { NO, YES, defineLogic } from '../block';

export const logicNot = defineLogic({
  code: 'logic.not',
  category: 'logic',
  label: 'Not',
  description:
    'Exactly one incoming edge. Yes when it is not active (e.g. its source condition did not hold).',
  args: z.object({}),
  ui: {},
  ports: { inputs: 'operand', outputs: [YES, NO] },
  compile: () => (active) => active === 0,
});
