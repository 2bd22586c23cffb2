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

export const userAttribute = defineCondition({
  code: 'condition.userAttribute',
  category: 'condition',
  scope: 'user',
  label: 'User attribute',
  description: 'Compares an attribute of the user with a value (tier eq VIP, country in [DE, AT]).',
  args: z
    .object({ attribute: pathSchema, ...comparisonShape })
    .superRefine((args, ctx) => checkOpValue(args, ctx)),
  ui: {
    attribute: { label: 'Attribute', widget: 'path', help: 'Dot path into the user attributes, e.g. tier' },
    ...compareUi,
  },
  ports: CONDITION_PORTS,
  compile({ attribute, op, value }, { needs }) {
    needs.userAttribute(attribute);
    const path = attribute.split('.');
    const holds = compileComparison(op, value);
    return {
      test: compilePropertyTest('user', attribute, op, value),
      trace: (facts, seen) => {
        const actual = readPath(path, facts.user.attributes);
        seen.value = seenValue(actual);
        return holds(actual);
      },
    };
  },
});
