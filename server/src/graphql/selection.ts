// What a request selects of one object type below the field being resolved: lets a resolver read only
// the columns the response needs (the quote's wallet read, checkout.resolver.ts).
import {
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type NamedTypeNode,
  type SelectionSetNode,
  getNamedType,
  isAbstractType,
  isObjectType,
} from 'graphql';

/** The selected fields, or `null` when they cannot be known from the document alone. */
export type Selected = ReadonlySet<string> | null;

// Per field node of a parsed document (Apollo caches parsed documents, so a repeated query finds its
// answer here) and per type name.
const cache = new WeakMap<FieldNode, Map<string, Selected>>();

/**
 * Every field name selected on `typeName` anywhere below the current field: aliases count as their
 * field, fragments and inline fragments are followed (by type condition), `__typename` included.
 * `null` when a path below crosses an interface or union, whose object type depends on the data.
 */
export function fieldsSelectedOn(info: GraphQLResolveInfo, typeName: string): Selected {
  const node = info.fieldNodes[0]!;
  let byType = cache.get(node);
  if (!byType) cache.set(node, (byType = new Map()));
  const hit = byType.get(typeName);
  if (hit !== undefined) return hit;
  const out = new Set<string>();
  let known = true;
  const applies = (condition: NamedTypeNode | undefined, type: GraphQLObjectType) => {
    if (!condition || condition.name.value === type.name) return true;
    const target = info.schema.getType(condition.name.value);
    return !!target && isAbstractType(target) && info.schema.isSubType(target, type);
  };
  const walk = (type: GraphQLOutputType, set: SelectionSetNode | undefined): void => {
    if (!set || !known) return;
    const named = getNamedType(type);
    if (!isObjectType(named)) {
      known = false;
      return;
    }
    for (const sel of set.selections) {
      if (sel.kind === 'Field') {
        if (named.name === typeName) out.add(sel.name.value);
        const field = named.getFields()[sel.name.value];
        if (field && sel.selectionSet) walk(field.type, sel.selectionSet);
      } else if (sel.kind === 'InlineFragment') {
        if (applies(sel.typeCondition, named)) walk(named, sel.selectionSet);
      } else {
        const fragment = info.fragments[sel.name.value];
        if (fragment && applies(fragment.typeCondition, named)) walk(named, fragment.selectionSet);
      }
    }
  };
  for (const field of info.fieldNodes) walk(info.returnType, field.selectionSet);
  const result = known ? out : null;
  byType.set(typeName, result);
  return result;
}
