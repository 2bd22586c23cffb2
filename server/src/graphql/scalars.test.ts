import {
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  graphql,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Logger } from '../logger';
import { makeFormatError } from './format-error';
import { DateTimeScalar, MoneyScalar } from './scalars';

const Line = new GraphQLInputObjectType({
  name: 'Line',
  fields: { unitPrice: { type: new GraphQLNonNull(MoneyScalar) } },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      total: {
        type: MoneyScalar,
        args: { lines: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Line))) } },
        resolve: (_, { lines }: { lines: { unitPrice: number }[] }) =>
          lines.reduce((s, l) => s + l.unitPrice, 0),
      },
      half: { type: MoneyScalar, resolve: () => 12.5 },
    },
  }),
});
const log = { error: () => undefined, warn: () => undefined } as unknown as Logger;
const format = makeFormatError(log, () => null);

async function run(source: string, variableValues?: Record<string, unknown>) {
  const result = await graphql({ schema, source, variableValues });
  return { data: result.data, errors: result.errors?.map((e) => format(e.toJSON(), e)) };
}

describe('the Money scalar', () => {
  it('carries integers of minor units both ways', async () => {
    const { data, errors } = await run('query ($l: [Line!]!) { total(lines: $l) }', {
      l: [{ unitPrice: 1250 }, { unitPrice: Number.MAX_SAFE_INTEGER - 1250 }],
    });
    expect(errors).toBeUndefined();
    expect(data).toEqual({ total: Number.MAX_SAFE_INTEGER });
  });

  it.each([
    [12.5, 'fraction'],
    ['1250', 'string'],
    [2 ** 53, '2^53'],
  ])('refuses the variable value %p as BAD_USER_INPUT naming the field', async (bad, words) => {
    const { data, errors } = await run('query ($l: [Line!]!) { total(lines: $l) }', {
      l: [{ unitPrice: 1 }, { unitPrice: bad }],
    });
    expect(data).toBeUndefined();
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'l[1].unitPrice' });
    expect(errors![0]!.message).toContain(words);
  });

  it.each(['12.5', '"1250"', '9007199254740992'])('refuses the literal %s as BAD_USER_INPUT', async (bad) => {
    const { errors } = await run(`{ total(lines: [{ unitPrice: ${bad} }]) }`);
    expect(errors).toHaveLength(1);
    expect(errors![0]!.message).toContain('Money');
    expect(errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('never sends a fraction: a non-integer amount is a server error, not a rounded figure', async () => {
    const { data, errors } = await run('{ half }');
    expect(data).toEqual({ half: null });
    expect(errors![0]!.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });
});

describe('DateTime', () => {
  it('writes epoch seconds as an ISO 8601 instant to the second, the same when written again', () => {
    for (const s of [0, 1_796_000_000, 1_796_000_001, -86_400, 253_402_300_799])
      for (let i = 0; i < 2; i++)
        expect(DateTimeScalar.serialize(s)).toBe(new Date(s * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'));
    expect(DateTimeScalar.serialize(1_796_000_000)).toBe('2026-11-30T00:53:20Z');
    expect(DateTimeScalar.serialize('1796000000')).toBe('2026-11-30T00:53:20Z');
    expect(() => DateTimeScalar.serialize(Number.NaN)).toThrow(RangeError);
  });
});
