import { z } from 'zod';
import { defineSplit } from '../block';
import { armBounds, fmix32, fnv1a, splitSeed } from '../hash';

const armSchema = z.object({
  id: z.string().min(1).max(64),
  label: z.string().default(''),
  percent: z.number().min(0).max(100),
  control: z.boolean().default(false),
});

export const splitPercent = defineSplit({
  code: 'split.percent',
  category: 'split',
  label: 'Random split',
  description:
    'Splits users by percentage (e.g. treatment 90 / control 10), deterministic per rule and user. ' +
    'Actions after a control arm are recorded as "would have issued" and not performed.',
  args: z.object({
    arms: z
      .array(armSchema)
      .min(2)
      .max(20)
      .refine((arms) => new Set(arms.map((a) => a.id)).size === arms.length, {
        message: 'arm ids must be unique',
      }),
  }),
  ui: { arms: { label: 'Arms', widget: 'arms', help: 'id, label, percent (summing to 100), control flag' } },
  ports: { inputs: 'flow', outputs: 'arms' },
  check({ arms }) {
    const sum = arms.reduce((s, a) => s + a.percent, 0);
    return Math.abs(sum - 100) > 1e-9
      ? [{ code: 'SPLIT_PERCENT_SUM', message: `arm percentages sum to ${sum}, not 100` }]
      : [];
  },
  arms: ({ arms }) => arms.map(({ id, control }) => ({ id, control })),
  compile({ arms }, { ruleId }) {
    const bounds = armBounds(arms.map((a) => a.percent));
    const seed = splitSeed(ruleId);
    const last = arms.length - 1;
    return (facts) => {
      const hash = fmix32(fnv1a(facts.userId, seed));
      for (let i = 0; i < last; i++) if (hash < bounds[i]!) return i;
      return last;
    };
  },
});
