// Compiled execution of the hot read operations (issue 14, the quote path): a query whose root fields
// are all in FAST_FIELDS runs as JavaScript compiled once per validated document (graphql-jit)
// instead of graphql-js's interpreter, which walks the document again for every one of the 50 wallet
// items of a quote. Everything before execution is Apollo's own pipeline, unchanged: parsing, the
// document cache, validation with the depth, alias and cost limits, persisted queries, the context
// (authentication) and the other plugins' hooks. The resolvers are the schema's own (type-graphql's,
// with @Authorized and argument validation), so the compiled plan calls exactly what graphql-js would.
//
// A result with any error is dropped and the operation runs again through Apollo's executor, so every
// error (authorization, bad input, a resolver failing) has Apollo's shape, status and formatting, and
// is logged once. That is why only side-effect-free reads are listed: running one twice changes
// nothing.
import { type ApolloServerPlugin, type GraphQLRequestContext, HeaderMap } from '@apollo/server';
import type { DocumentNode, ExecutionResult, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** Root Query fields that read only; an operation made of these (and `__typename`) runs compiled. */
export const FAST_FIELDS: ReadonlySet<string> = new Set(['quote', 'wallet', 'walletConnection']);

/** One compiled plan per (document, operation name); `null`: this operation is not eligible. */
type Plans = Map<string, CompiledQuery | null>;

function eligible(operation: OperationDefinitionNode): boolean {
  if (operation.operation !== 'query') return false;
  return operation.selectionSet.selections.every(
    (s) =>
      s.kind === 'Field' &&
      !s.directives?.length &&
      (FAST_FIELDS.has(s.name.value) || s.name.value === '__typename'),
  );
}

export function compiledExecutionPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  // Apollo's document store hands back the same DocumentNode for the same query text, so plans live
  // as long as the cached document does.
  const plans = new WeakMap<DocumentNode, Plans>();
  const planOf = (
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    operationName: string | undefined,
  ): CompiledQuery | null => {
    let byName = plans.get(document);
    if (!byName) plans.set(document, (byName = new Map()));
    const key = operationName ?? '';
    let plan = byName.get(key);
    if (plan === undefined) {
      plan = null;
      if (eligible(operation)) {
        try {
          const compiled = compileQuery(schema, document, operationName);
          if (isCompiledQuery(compiled)) plan = compiled;
        } catch {
          // a document graphql-jit cannot compile runs through graphql-js
        }
      }
      byName.set(key, plan);
    }
    return plan;
  };

  return {
    async requestDidStart() {
      return {
        async responseForOperation(ctx: GraphQLRequestContext<TContext>) {
          const { document, operation, schema, request } = ctx;
          if (!document || !operation) return null;
          const plan = planOf(schema, document, operation, request.operationName ?? undefined);
          if (!plan) return null;
          let result: ExecutionResult;
          try {
            result = (await plan.query(
              undefined,
              ctx.contextValue,
              request.variables ?? {},
            )) as ExecutionResult;
          } catch {
            return null;
          }
          if (result.errors?.length || !result.data) return null; // Apollo's executor answers instead
          return {
            http: { headers: new HeaderMap() },
            body: { kind: 'single', singleResult: { data: result.data } },
          };
        },
      };
    },
  };
}
