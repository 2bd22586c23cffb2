import { ApolloServer } from '@apollo/server';
import {
  GraphQLError,
  GraphQLID,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { compiledExecutionPlugin } from './compiled';

/** A schema with one listed root field (`quote`) and one that is not (`other`), counting resolver calls. */
function harness() {
  const calls = { quote: 0, other: 0, executions: 0 };
  const Item = new GraphQLObjectType({
    name: 'Item',
    fields: {
      id: { type: new GraphQLNonNull(GraphQLID) },
      label: { type: GraphQLString, resolve: (i: { id: string }) => `item ${i.id}` },
    },
  });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        quote: {
          type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Item))),
          args: { n: { type: new GraphQLNonNull(GraphQLInt) } },
          resolve: (_root, { n }: { n: number }, ctx: { refuse?: boolean }) => {
            calls.quote++;
            if (ctx.refuse) throw new GraphQLError('refused', { extensions: { code: 'FORBIDDEN' } });
            return Array.from({ length: n }, (_, i) => ({ id: String(i) }));
          },
        },
        other: { type: GraphQLString, resolve: () => (calls.other++, 'other') },
      },
    }),
  });
  const apollo = new ApolloServer<{ refuse?: boolean }>({
    schema,
    includeStacktraceInErrorResponses: false,
    formatError: (e) => ({ message: e.message, extensions: { code: e.extensions?.code, formatted: true } }),
    plugins: [
      compiledExecutionPlugin(),
      // executionDidStart runs only when Apollo's own executor runs the operation
      { requestDidStart: async () => ({ executionDidStart: async () => void calls.executions++ }) },
    ],
  });
  const run = async (query: string, variables: Record<string, unknown> = {}, refuse = false) => {
    const r = await apollo.executeOperation({ query, variables }, { contextValue: { refuse } });
    if (r.body.kind !== 'single') throw new Error('single result expected');
    return r.body.singleResult;
  };
  return { apollo, calls, run };
}

describe('compiled execution of the hot reads', () => {
  it('runs a listed read compiled, once, with the same result graphql-js gives', async () => {
    const { apollo, calls, run } = harness();
    apollo.startInBackgroundHandlingStartupErrorsByLoggingAndFailingAllRequests();
    const query = 'query Q($n: Int!) { quote(n: $n) { id label } }';
    for (let i = 0; i < 3; i++) {
      const r = await run(query, { n: 3 });
      expect(r.errors).toBeUndefined();
      expect(r.data).toEqual({
        quote: [
          { id: '0', label: 'item 0' },
          { id: '1', label: 'item 1' },
          { id: '2', label: 'item 2' },
        ],
      });
    }
    expect(calls).toEqual({ quote: 3, other: 0, executions: 0 });
    await apollo.stop();
  });

  it("answers an error through Apollo's executor: its formatting, the resolver run again", async () => {
    const { apollo, calls, run } = harness();
    apollo.startInBackgroundHandlingStartupErrorsByLoggingAndFailingAllRequests();
    const r = await run('{ quote(n: 2) { id } }', {}, true);
    expect(r.data).toBeNull();
    expect(r.errors).toEqual([{ message: 'refused', extensions: { code: 'FORBIDDEN', formatted: true } }]);
    expect(calls).toEqual({ quote: 2, other: 0, executions: 1 });
    // a variable of the wrong type is Apollo's BAD_USER_INPUT, as before
    const bad = await run('query Q($n: Int!) { quote(n: $n) { id } }', { n: 'x' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await apollo.stop();
  });

  it('leaves operations with a field that is not listed to graphql-js', async () => {
    const { apollo, calls, run } = harness();
    apollo.startInBackgroundHandlingStartupErrorsByLoggingAndFailingAllRequests();
    const r = await run('{ quote(n: 1) { id } other }');
    expect(r.data).toEqual({ quote: [{ id: '0' }], other: 'other' });
    expect(calls).toEqual({ quote: 1, other: 1, executions: 1 });
    await apollo.stop();
  });
});
