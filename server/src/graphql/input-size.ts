// Oversized lists are refused before GraphQL coerces and validates the variables: coercing and
// validating a 40 000-line cart costs half a second of CPU for everyone, counting its lines costs
// microseconds. Each list in the variables is counted against its field's @ArrayMaxSize (read from
// class-validator's metadata of the type-graphql input classes); a list without one, such as a
// top-level argument, against DEFAULT_MAX_LIST_ITEMS. The refusal is the usual BAD_USER_INPUT naming
// the field (`cart.lines`). JSON scalars are not walked here: the body size limit bounds them.
import { getMetadataStorage as validationMetadata } from 'class-validator';
import {
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  type OperationDefinitionNode,
  parse,
  type TypeNode,
  typeFromAST,
  visit,
} from 'graphql';
import { getMetadataStorage as schemaMetadata } from 'type-graphql';
import { type AppError, badInput } from './errors';

/** A list no field or argument documents a size for may have at most this many items. */
export const DEFAULT_MAX_LIST_ITEMS = 1000;
const CACHE = 500;

type Limits = Map<string, Map<string, number>>;

function arrayLimits(): Limits {
  const limits: Limits = new Map();
  const storage = validationMetadata();
  for (const input of schemaMetadata().inputTypes) {
    const fields = new Map<string, number>();
    for (const m of storage.getTargetValidationMetadatas(input.target, '', true, false))
      if (m.name === 'arrayMaxSize' || m.type === 'arrayMaxSize')
        fields.set(m.propertyName, Number(m.constraints?.[0]));
    if (fields.size) limits.set(input.name, fields);
  }
  return limits;
}

export type ListGuard = (body: unknown) => AppError | null;

export function createListGuard(schema: GraphQLSchema): ListGuard {
  const limits = arrayLimits();
  const documents = new Map<string, DocumentNode | null>();
  const documentOf = (query: string): DocumentNode | null => {
    let doc = documents.get(query);
    if (doc === undefined) {
      try {
        doc = parse(query);
      } catch {
        doc = null; // Apollo reports the syntax error
      }
      if (documents.size >= CACHE) documents.delete(documents.keys().next().value!);
      documents.set(query, doc);
    }
    return doc;
  };

  const walk = (type: GraphQLInputType, value: unknown, path: string, max: number): AppError | null => {
    if (value == null) return null;
    if (isNonNullType(type)) return walk(type.ofType, value, path, max);
    if (isListType(type)) {
      if (!Array.isArray(value))
        return walk(type.ofType as GraphQLInputType, value, path, DEFAULT_MAX_LIST_ITEMS);
      if (value.length > max) return badInput(path, `at most ${max} items (got ${value.length})`);
      for (let i = 0; i < value.length; i++) {
        const e = walk(type.ofType as GraphQLInputType, value[i], `${path}[${i}]`, DEFAULT_MAX_LIST_ITEMS);
        if (e) return e;
      }
      return null;
    }
    if (isInputObjectType(type) && typeof value === 'object') {
      const fields = type.getFields();
      const own = limits.get(type.name);
      for (const [k, v] of Object.entries(value)) {
        const f = fields[k];
        if (!f) continue;
        const e = walk(f.type, v, `${path}.${k}`, own?.get(k) ?? DEFAULT_MAX_LIST_ITEMS);
        if (e) return e;
      }
    }
    return null;
  };

  /** `walk` without paths or errors: whether it would find nothing (the walk then runs for the error). */
  const fits = (type: GraphQLInputType, value: unknown, max: number): boolean => {
    if (value == null) return true;
    if (isNonNullType(type)) return fits(type.ofType, value, max);
    if (isListType(type)) {
      if (!Array.isArray(value)) return fits(type.ofType as GraphQLInputType, value, DEFAULT_MAX_LIST_ITEMS);
      if (value.length > max) return false;
      for (let i = 0; i < value.length; i++)
        if (!fits(type.ofType as GraphQLInputType, value[i], DEFAULT_MAX_LIST_ITEMS)) return false;
      return true;
    }
    if (isInputObjectType(type) && typeof value === 'object') {
      const fields = type.getFields();
      const own = limits.get(type.name);
      for (const k of Object.keys(value)) {
        const f = fields[k];
        if (!f) continue;
        if (!fits(f.type, (value as Record<string, unknown>)[k], own?.get(k) ?? DEFAULT_MAX_LIST_ITEMS))
          return false;
      }
    }
    return true;
  };

  return (body) => {
    if (!body || typeof body !== 'object') return null;
    const { query, variables, operationName } = body as Record<string, unknown>;
    if (typeof query !== 'string' || !variables || typeof variables !== 'object') return null;
    const doc = documentOf(query);
    if (!doc) return null;
    for (const def of doc.definitions) {
      if (def.kind !== Kind.OPERATION_DEFINITION) continue;
      if (typeof operationName === 'string' && def.name?.value !== operationName) continue;
      for (const v of def.variableDefinitions ?? []) {
        const type = typeFromAST(schema, v.type as TypeNode & { kind: Kind.NAMED_TYPE }) as
          GraphQLInputType | undefined;
        if (!type) continue;
        const name = v.variable.name.value;
        const value = (variables as Record<string, unknown>)[name];
        // Counted under the variable's name; a refusal names the argument it is passed to instead
        // (`track(events: $e)` → `events`), as GraphQL's own input errors do.
        if (!fits(type, value, DEFAULT_MAX_LIST_ITEMS) && walk(type, value, name, DEFAULT_MAX_LIST_ITEMS))
          return walk(type, value, argumentOf(def, name) ?? name, DEFAULT_MAX_LIST_ITEMS);
      }
    }
    return null;
  };
}

/** The argument path (`input.lines`) where an operation first passes variable `name`, if any. */
function argumentOf(def: OperationDefinitionNode, name: string): string | undefined {
  const path: string[] = [];
  let found: string | undefined;
  const into = {
    enter: (n: { name: { value: string } }) => void path.push(n.name.value),
    leave: () => void path.pop(),
  };
  visit(def.selectionSet, {
    Argument: into,
    ObjectField: into,
    Variable: (n) => {
      if (found === undefined && n.name.value === name && path.length > 0) found = path.join('.');
    },
  });
  return found;
}
