import { z } from 'zod';
import { CONDITION_PORTS, defineCondition, traceable } from '../block';
import { checkOpValue, compileComparison, numericOps } from '../compare';
import { aggregateQueryShape } from '../facts';

export const aggregate = defineCondition({
  code: 'condition.aggregate',
  category: 'condition',
  scope: 'user',
  label: 'Behaviour aggregate',
  description:
    'Compares a count (or sum of a property) of the user’s events of a type over a window with a value ' +
    '(order.paid count in the last 30 days eq 3). The triggering event is included.',
  args: z
    .object({
      ...aggregateQueryShape,
      op: z.enum(numericOps),
      value: z.union([z.number(), z.tuple([z.number(), z.number()])]),
    })
    .superRefine((args, ctx) => {
      if (args.fn === 'sum' && !args.property) {
        ctx.addIssue({ code: 'custom', message: 'sum needs a property', path: ['property'] });
      }
      checkOpValue(args, ctx);
    }),
  ui: {
    eventType: { label: 'Event type', widget: 'eventType' },
    fn: { label: 'Aggregate', widget: 'select', help: 'count of events, or sum of a property' },
    property: {
      label: 'Summed property',
      widget: 'path',
      help: 'For sum: dot path into the event properties',
    },
    filter: { label: 'Only events where', widget: 'filter', help: 'Optional: { property, op, value }' },
    window: { label: 'Window', widget: 'window', help: 'Last N days, or since a date' },
    op: { label: 'Operator', widget: 'operator' },
    value: { label: 'Value', widget: 'number', help: 'A number, or [min, max] for between' },
  },
  ports: CONDITION_PORTS,
  compile({ op, value, ...query }, { needs }) {
    const spec = needs.aggregate(query);
    const holds = compileComparison(op, value);
    return traceable((facts, seen) => {
      const actual = facts.aggregate(spec);
      if (seen) seen.value = actual;
      return holds(actual);
    });
  },
});
