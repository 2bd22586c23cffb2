// Scalars: DateTime is a UTC instant to the second (ISO 8601 on the wire, epoch seconds inside);
// Money is an integer of minor units of the deployment currency (schema/src/money.ts).
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { MONEY_SCALAR, MoneyInputError, parseMoney, serializeMoney } from '@couponflow/schema';

function parseInstant(value: unknown): number {
  if (
    typeof value !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)
  ) {
    throw new GraphQLError('DateTime must be an ISO 8601 instant with a zone, e.g. 2026-11-11T00:00:00Z', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  const ms = Date.parse(value);
  if (Number.isNaN(ms))
    throw new GraphQLError(`invalid DateTime ${value}`, { extensions: { code: 'BAD_USER_INPUT' } });
  return Math.floor(ms / 1000);
}

/** Instants already written (a wallet's coupons are written again on every quote of it). */
const INSTANTS = new Map<number, string>();

export const DateTimeScalar = new GraphQLScalarType<number, string>({
  name: 'DateTime',
  description: 'A UTC instant with second precision, ISO 8601 (2026-11-11T10:00:00Z).',
  serialize: (value) => {
    const seconds = typeof value === 'number' ? value : Number(value);
    let text = INSTANTS.get(seconds);
    if (text === undefined) {
      // toISOString always ends in .sssZ
      text = `${new Date(seconds * 1000).toISOString().slice(0, -5)}Z`;
      if (INSTANTS.size >= 10_000) INSTANTS.clear();
      INSTANTS.set(seconds, text);
    }
    return text;
  },
  parseValue: parseInstant,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError('DateTime must be a string', { extensions: { code: 'BAD_USER_INPUT' } });
    return parseInstant(ast.value);
  },
});

function moneyInput(value: unknown): number {
  try {
    return parseMoney(value);
  } catch (error) {
    if (!(error instanceof MoneyInputError)) throw error;
    // The scalar does not know its field: a variable's path is added by graphql-js to the message and
    // turned into `extensions.field` by format-error.ts; a literal's by moneyLiteralRule (validation.ts).
    throw new GraphQLError(error.message.replace(/^Money: /, ''), { extensions: { code: 'BAD_USER_INPUT' } });
  }
}

export const MoneyScalar = new GraphQLScalarType<number, number>({
  name: MONEY_SCALAR.name,
  description: MONEY_SCALAR.description,
  specifiedByURL: MONEY_SCALAR.specifiedByURL,
  serialize: serializeMoney,
  parseValue: moneyInput,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.INT) return moneyInput(Number(ast.value));
    if (ast.kind === Kind.FLOAT)
      throw new GraphQLError(`Money must be an integer of minor units, got the float ${ast.value}`, {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    if (ast.kind === Kind.STRING) return moneyInput(ast.value);
    throw new GraphQLError('Money must be an integer of minor units', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  },
});
