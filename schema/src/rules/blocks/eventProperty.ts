import { z } from 'zod';
import { CONDITION_PORTS, defineCondition, seenValue } from '../block';
import {
  checkOpValue,
  compareUi,
  compileComparison,
  compilePropertyTest,
  comparisonShape,
  pathSchema,
  readPath,
} from '../compare';

export const eventProperty = defineCondition({
  code: 'condition.eventProperty',
  category: 'condition',
  scope: 'event',
  label: 'Event property',
  description:
    'Compares a property of the triggering event with a value (amount >= 10000, channel in [app, web]).',
  args: z
    .object({ property: pathSchema, ...comparisonShape })
    .superRefine((args, ctx) => checkOpValue(args, ctx)),
  ui: {
    property: {
      label: 'Property',
      widget: 'path',
      help: 'Dot path into the event properties, e.g. amount or address.country',
    },
    ...compareUi,
  },
  ports: CONDITION_PORTS,
  compile({ property, op, value }, { needs }) {
    needs.eventProperty(property);
    const path = property.split('.');
    const holds = compileComparison(op, value);
    return {
      test: compilePropertyTest('event', property, op, value),
      trace: (facts, seen) => {
        const actual = readPath(path, facts.event.properties);
        seen.value = seenValue(actual);
        return holds(actual);
      },
    };
  },
});
