import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import {
  getMetadataStorage,
  type ValidationArguments,
  type ValidationError,
  ValidationTypes,
  validate,
} from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import {
  ArgumentValidationError,
  type AuthCheckerFn,
  buildSchema,
  type BuildSchemaOptions,
} from 'type-graphql';
import { can, type Permission } from './principal';
import { TOPICLESS_PUBSUB } from './pubsub';
import type { Context } from './context';
import { forbidden, unauthenticated } from './errors';
import { trimNames } from './names';

const authChecker: AuthCheckerFn<Context, Permission> = ({ context }, permissions) => {
  if (context.principal.kind === 'anonymous') throw unauthenticated();
  if (permissions.length === 0 || permissions.some((p) => can(context.principal, p))) return true;
  throw forbidden(`this operation needs ${permissions.join(' or ')}`);
};

const VALIDATION = { forbidUnknownValues: false, validationError: { target: false, value: false } } as const;

type RuleLookup = (
  target: unknown,
  schema: unknown,
  always: unknown,
  strict: unknown,
  groups?: string[],
) => ValidationMetadata[];

/**
 * class-validator finds a class's rules by walking every decorated class of the schema for each object
 * it validates (21 lookups for a 20-line cart; a nested object is looked up by its class and its class
 * name). The rules are fixed once the classes are defined, and we validate without groups, so each
 * (class, name) list is looked up once and kept.
 */
function memoizeRuleLookup(): RuleLookup {
  const storage = getMetadataStorage() as unknown as { getTargetValidationMetadatas: RuleLookup };
  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  const memo = new Map<unknown, Map<unknown, ValidationMetadata[]>>();
  storage.getTargetValidationMetadatas = (target, schema, always, strict, groups) => {
    if (always || strict || groups?.length || (schema && typeof schema !== 'string'))
      return lookup(target, schema, always, strict, groups);
    let bySchema = memo.get(target);
    if (!bySchema) memo.set(target, (bySchema = new Map()));
    let rules = bySchema.get(schema);
    if (!rules) bySchema.set(schema, (rules = lookup(target, schema, always, strict, groups)));
    return rules;
  };
  return storage.getTargetValidationMetadatas;
}
const ruleLookup = memoizeRuleLookup();

/** One property's rules as the walk below checks them, from a class's rule list (kept per list). */
interface PropertyPlan {
  property: string;
  /** @ValidateIf / @IsOptional: the property is checked only when every one of these says so. */
  conditions: ((object: object, value: unknown) => boolean)[];
  /** Custom and IS_DEFINED rules, each constraint class's instance with the rule's constraints. */
  checks: {
    rule: ValidationMetadata;
    validate: (value: unknown, args: ValidationArguments) => unknown;
  }[];
  nested: ValidationMetadata[];
}

const { CUSTOM_VALIDATION, NESTED_VALIDATION, CONDITIONAL_VALIDATION, IS_DEFINED } = ValidationTypes;

/**
 * A class's rules grouped by property (as class-validator's executor groups them), with the constraint
 * instances looked up once; `null` when a rule is one the walk does not follow (class-validator then
 * decides). Rules are fixed once the classes are defined, so each lookup's list is planned once.
 */
const plans = new WeakMap<ValidationMetadata[], PropertyPlan[] | null>();
function planOf(rules: ValidationMetadata[]): PropertyPlan[] | null {
  let plan = plans.get(rules);
  if (plan !== undefined) return plan;
  const storage = getMetadataStorage();
  const byProperty = new Map<string, PropertyPlan>();
  plan = [];
  for (const r of rules) {
    let p = byProperty.get(r.propertyName);
    if (!p) {
      byProperty.set(
        r.propertyName,
        (p = { property: r.propertyName, conditions: [], checks: [], nested: [] }),
      );
      plan.push(p);
    }
    if (r.type === CONDITIONAL_VALIDATION)
      p.conditions.push(r.constraints[0] as (o: object, v: unknown) => boolean);
    else if (r.type === NESTED_VALIDATION) p.nested.push(r);
    else if (r.type === CUSTOM_VALIDATION || r.type === IS_DEFINED)
      for (const c of storage.getTargetValidatorConstraints(r.constraintCls)) {
        const instance = c.instance as { validate(v: unknown, a: ValidationArguments): unknown };
        p.checks.push({ rule: r, validate: instance.validate.bind(instance) });
      }
    else {
      plan = null;
      break;
    }
  }
  plans.set(rules, plan);
  return plan;
}

const arrayLike = (v: unknown): v is unknown[] | Set<unknown> | Map<unknown, unknown> =>
  Array.isArray(v) || v instanceof Set || v instanceof Map;

/**
 * Does `object` pass every rule class-validator would check with VALIDATION's options? The same rules
 * (the lookup above) and the same constraint functions, without building an error object per property:
 * true only when class-validator would return no error. `undefined` when a rule is one this walk does
 * not follow (asynchronous, promise or whitelist rules): class-validator then decides. A false or
 * undefined answer runs class-validator itself, which gives the errors.
 */
export function passesRules(object: object, schema?: string): boolean | undefined {
  const ctor = (object as { constructor?: unknown }).constructor;
  const plan = planOf(ruleLookup(ctor, schema, false, false, undefined));
  if (!plan) return undefined;
  for (const p of plan) {
    const value = (object as Record<string, unknown>)[p.property];
    let canValidate = true;
    for (const condition of p.conditions) if (!condition(object, value)) canValidate = false;
    if (!canValidate) continue;
    for (const { rule, validate } of p.checks) {
      const args: ValidationArguments = {
        targetName: (ctor as { name?: string } | undefined)?.name as string,
        property: rule.propertyName,
        object,
        value,
        constraints: rule.constraints,
      };
      if (rule.each && arrayLike(value)) {
        for (const v of value instanceof Map ? value.values() : value) {
          const ok = validate(v, args);
          if (ok instanceof Promise) return undefined;
          if (!ok) return false;
        }
      } else {
        const ok = validate(value, args);
        if (ok instanceof Promise) return undefined;
        if (!ok) return false;
      }
    }
    if (p.nested.length && value !== undefined) {
      const ok = passesNested(value, p.nested);
      if (ok !== true) return ok;
    }
  }
  return true;
}

function passesNested(value: unknown, nested: ValidationMetadata[]): boolean | undefined {
  if (value === undefined) return true;
  for (const r of nested) {
    if (arrayLike(value)) {
      for (const item of value instanceof Map ? value.values() : value) {
        const ok = passesNested(item, nested);
        if (ok !== true) return ok;
      }
    } else if (value instanceof Object) {
      const ok = passesRules(value, typeof r.target === 'string' ? r.target : r.target.name);
      if (ok !== true) return ok;
    } else return false;
  }
  return true;
}

/**
 * class-validator on every input object, imported statically: type-graphql's default imports it
 * dynamically per argument, which costs a loader round trip on every request.
 */
async function validateArg(value: unknown): Promise<void> {
  if (value == null || typeof value !== 'object') return;
  const errors: ValidationError[] = [];
  for (const item of Array.isArray(value) ? value : [value]) {
    // Only class instances carry rules; JSON scalars parsed from literals have a null prototype.
    if (item != null && typeof item === 'object' && Object.getPrototypeOf(item) !== null) {
      trimNames(item);
      // the rules checked without class-validator's per-property error objects; class-validator
      // itself when something fails (or a rule is asynchronous), for its errors
      if (passesRules(item as object) !== true) errors.push(...(await validate(item as object, VALIDATION)));
    }
  }
  if (errors.length > 0) throw new ArgumentValidationError(errors);
}

/**
 * Field resolvers installed on the built schema as they are, by `Type.field`: for fields with neither
 * @Authorized nor middleware, asked for once per item of a long list. type-graphql's wrapper around
 * a resolver method (its resolver data, the class instance, sorting and converting the parameters on
 * every call) costs more than such a resolver's own work; the method stays in its resolver class and
 * calls the same function.
 */
export type DirectFieldResolvers = Record<string, (root: never, ctx: Context) => unknown>;

/** The one schema, from the resolvers composition.ts lists. */
export async function buildAppSchema(
  resolvers: BuildSchemaOptions['resolvers'],
  direct: DirectFieldResolvers = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker,
    pubSub: TOPICLESS_PUBSUB,
    validateFn: validateArg,
  });
  for (const [path, resolve] of Object.entries(direct)) {
    const [typeName, fieldName] = path.split('.') as [string, string];
    const type = schema.getType(typeName);
    const field = type && 'getFields' in type ? type.getFields()[fieldName] : undefined;
    if (!field || !('resolve' in field)) throw new Error(`direct field resolver: no field ${path}`);
    field.resolve = (root: unknown, _args: unknown, ctx: Context) => resolve(root as never, ctx);
  }
  return schema;
}

/** The SDL checked in as schema/schema.graphql. */
export const printSdl = (schema: GraphQLSchema): string =>
  `${printSchema(lexicographicSortSchema(schema))}\n`;
