// Fails when schema/schema.graphql has a type or a root field (Query, Mutation, Subscription) without
// a description. With --all, fields, arguments, input fields and enum values are checked too. Run by
// `pnpm schema:check` (CI).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type GraphQLNamedType,
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';

const file = fileURLToPath(new URL('../../../schema/schema.graphql', import.meta.url));
const schema = buildSchema(readFileSync(file, 'utf8'));
const all = process.argv.includes('--all');
const roots = new Set(
  [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((t) =>
    t ? [t.name] : [],
  ),
);
const blank = (d: string | null | undefined) => !d || !d.trim();

export function undocumented(types: readonly GraphQLNamedType[], everything: boolean): string[] {
  const out: string[] = [];
  for (const type of types) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    const root = roots.has(type.name);
    if (!root && blank(type.description)) out.push(`type ${type.name}`);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if ((root || everything) && blank(field.description)) out.push(`field ${type.name}.${field.name}`);
        if (everything)
          for (const arg of field.args)
            if (blank(arg.description)) out.push(`argument ${type.name}.${field.name}(${arg.name})`);
      }
    } else if (everything && isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        if (blank(field.description)) out.push(`input field ${type.name}.${field.name}`);
    } else if (everything && isEnumType(type)) {
      for (const value of type.getValues())
        if (blank(value.description)) out.push(`enum value ${type.name}.${value.name}`);
    }
  }
  return out;
}

const missing = undocumented(Object.values(schema.getTypeMap()), all);
if (missing.length > 0) {
  console.error(`schema/schema.graphql: ${missing.length} without a description:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `schema/schema.graphql: every type and root field${all ? ', field and argument' : ''} is described`,
);
