import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { getMetadataStorage, type ValidationError, validate } from 'class-validator';
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

/**
 * class-validator finds a class's rules by walking every decorated class of the schema for each object
 * it validates (21 lookups for a 20-line cart). The rules are fixed once the classes are defined, and
 * we validate without groups, so each class's list is looked up once and kept.
 */
function memoizeRuleLookup(): void {
  type Lookup = (
    target: unknown,
    schema: unknown,
    always: unknown,
    strict: unknown,
    groups?: string[],
  ) => unknown[];
  const storage = getMetadataStorage() as unknown as { getTargetValidationMetadatas: Lookup };
  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  const memo = new Map<unknown, unknown[]>();
  storage.getTargetValidationMetadatas = (target, schema, always, strict, groups) => {
    if (schema || always || strict || groups?.length) return lookup(target, schema, always, strict, groups);
    let rules = memo.get(target);
    if (!rules) memo.set(target, (rules = lookup(target, schema, always, strict, groups)));
    return rules;
  };
}
memoizeRuleLookup();

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
      errors.push(...(await validate(item as object, VALIDATION)));
    }
  }
  if (errors.length > 0) throw new ArgumentValidationError(errors);
}

/** The one schema, from the resolvers composition.ts lists. */
export function buildAppSchema(resolvers: BuildSchemaOptions['resolvers']): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    pubSub: TOPICLESS_PUBSUB,
    validateFn: validateArg,
  });
}

/** The SDL checked in as schema/schema.graphql. */
export const printSdl = (schema: GraphQLSchema): string =>
  `${printSchema(lexicographicSortSchema(schema))}\n`;
