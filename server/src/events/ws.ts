// graphql-ws on the same HTTP server and path as GraphQL over HTTP (/graphql). The credential comes in
// the connection's params ({ authorization: "Bearer <API key or staff token>" }); a bad one is a typed
// UNAUTHENTICATED error on each subscription. Operations get the same depth, alias and cost limits as
// over HTTP, only subscriptions are served here, and errors leave without stack traces.
import type { Server } from 'node:http';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  createSourceEventStream,
  type DocumentNode,
  execute,
  type ExecutionArgs,
  type ExecutionResult,
  getOperationAST,
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  parse,
  print,
  specifiedRules,
  validate,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Principal } from '../graphql/principal';
import type { Context, Services } from '../graphql/context';
import { inputGuardError } from '../graphql/input-guard';
import { unauthenticated } from '../graphql/errors';

interface Extra extends Record<PropertyKey, unknown> {
  principal?: Principal;
  authError?: GraphQLError;
}

export interface SubscriptionServer {
  readonly clients: number;
  close(): Promise<void>;
}

function credential(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  if (!params) return undefined;
  const v =
    params.authorization ??
    params.Authorization ??
    (params.token != null ? `Bearer ${String(params.token)}` : undefined);
  return typeof v === 'string' ? v : undefined;
}

const withCode = (e: GraphQLError, code: string): GraphQLError =>
  e.extensions?.code
    ? e
    : new GraphQLError(e.message, {
        nodes: e.nodes,
        source: e.source,
        positions: e.positions,
        path: e.path,
        originalError: e.originalError,
        extensions: { ...e.extensions, code },
      });

const isAsyncIterable = (x: unknown): x is AsyncIterable<unknown> =>
  typeof (x as { [Symbol.asyncIterator]?: unknown } | null)?.[Symbol.asyncIterator] === 'function';

/** `source` with each value mapped; ending the result ends the source. */
function mapAsync<T, U>(
  source: AsyncIterable<T>,
  fn: (value: T) => U | Promise<U>,
): AsyncIterableIterator<U> {
  const it = source[Symbol.asyncIterator]();
  return {
    async next() {
      const r = await it.next();
      return r.done ? { value: undefined, done: true } : { value: await fn(r.value), done: false };
    },
    async return() {
      await it.return?.();
      return { value: undefined, done: true };
    },
    async throw(err?: unknown) {
      await it.return?.();
      throw err;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/**
 * graphql-js executes a subscription's selection once per event per subscriber. With many subscribers
 * the results are the same for everyone with the same document, variables and kind of caller (the
 * stream itself is already filtered per subscriber, and CouponEvent's fields do not depend on who
 * asks), so the latest event's result is shared per such key: one execution per event, not one per
 * subscriber. (Should a field ever depend on the caller beyond its kind, add it to the key.)
 */
function sharedSubscribe(): (
  args: ExecutionArgs,
) => Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const latest = new Map<string, { event: unknown; result: ExecutionResult | Promise<ExecutionResult> }>();
  const printed = new WeakMap<DocumentNode, string>();
  return async (args) => {
    const stream = await createSourceEventStream(args);
    if (!isAsyncIterable(stream)) return stream as ExecutionResult;
    let doc = printed.get(args.document);
    if (doc === undefined) {
      doc = print(args.document);
      printed.set(args.document, doc);
    }
    const principal = (args.contextValue as Context).principal;
    const key = `${principal.kind}:${principal.kind === 'staff' ? principal.role : ''}|${args.operationName ?? ''}|${JSON.stringify(args.variableValues ?? {})}|${doc}`;
    return mapAsync(stream, (event) => {
      const hit = latest.get(key);
      if (hit && hit.event === event) return hit.result;
      const result = execute({ ...args, rootValue: event });
      if (latest.size > 10_000) latest.clear();
      latest.set(key, { event, result });
      return result;
    });
  };
}

/**
 * Parses and validates a subscription request: its document, or the errors to answer with (a bad
 * document, a failed rule, no operation to run, or a query or mutation sent over WebSocket).
 */
function checkOperation(
  schema: GraphQLSchema,
  rules: Parameters<typeof validate>[2],
  query: string,
  operationName: string | null | undefined,
): DocumentNode | GraphQLError[] {
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: 5000 });
  } catch (err) {
    return [
      withCode(
        err instanceof GraphQLError ? err : new GraphQLError('could not parse the operation'),
        'GRAPHQL_PARSE_FAILED',
      ),
    ];
  }
  const errors = validate(schema, document, rules);
  if (errors.length > 0) return errors.map((e) => withCode(e, 'GRAPHQL_VALIDATION_FAILED'));
  const op = getOperationAST(document, operationName);
  if (!op) return [new GraphQLError('name the operation to run', { extensions: { code: 'BAD_REQUEST' } })];
  if (op.operation !== 'subscription') {
    return [
      new GraphQLError(
        'only subscriptions are served over WebSocket; send queries and mutations as HTTP POST /graphql',
        { extensions: { code: 'BAD_REQUEST' } },
      ),
    ];
  }
  return document;
}

export function attachSubscriptions(
  server: Server,
  schema: GraphQLSchema,
  services: Services,
  format: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError,
): SubscriptionServer {
  const { config } = services;
  const wss = new WebSocketServer({ server, path: '/graphql', maxPayload: 256 * 1024 });
  const rules = [
    ...specifiedRules,
    maxDepthRule({ n: config.QUERY_MAX_DEPTH, ignoreIntrospection: true }),
    maxAliasesRule({ n: config.QUERY_MAX_ALIASES }),
    costLimitRule({ maxCost: config.QUERY_MAX_COST, ignoreIntrospection: true }),
  ];
  // An error without a path and without a code is about the request itself (graphql-js coercing the
  // variables): BAD_USER_INPUT, as Apollo reports it over HTTP.
  const formatAll = (errors: readonly GraphQLError[]): GraphQLFormattedError[] =>
    errors.map((e) => {
      const coded = e.path ? e : withCode(e, 'BAD_USER_INPUT');
      return format(coded.toJSON(), coded);
    });

  const disposable = useServer<Record<string, unknown>, Extra>(
    {
      schema,
      subscribe: sharedSubscribe(),
      onConnect: async (ctx) => {
        try {
          ctx.extra.principal = await services.auth.authenticate(credential(ctx.connectionParams));
        } catch (err) {
          ctx.extra.authError = err instanceof GraphQLError ? err : unauthenticated();
        }
        return true;
      },
      onSubscribe: (ctx, _id, payload) => {
        if (ctx.extra.authError) return [ctx.extra.authError];
        const checked = checkOperation(schema, rules, payload.query, payload.operationName);
        if (Array.isArray(checked)) return checked;
        const refused = inputGuardError(payload.variables, checked); // as over HTTP (graphql/input-guard.ts)
        if (refused) return [refused];
        const contextValue: Context = { principal: ctx.extra.principal ?? { kind: 'anonymous' }, services };
        return {
          schema,
          document: checked,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
        };
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: formatAll(result.errors) } : undefined,
      onError: (_ctx, _id, _payload, errors) => formatAll(errors),
    },
    wss,
    30_000,
  );

  return {
    get clients() {
      return wss.clients.size;
    },
    close: async () => {
      for (const client of wss.clients) client.close(1001, 'server shutting down');
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
