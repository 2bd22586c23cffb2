// Scalars: DateTime is a UTC instant to the second (ISO 8601 on the wire, epoch seconds inside).
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

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

export const DateTimeScalar = new GraphQLScalarType<number, string>({
  name: 'DateTime',
  description: 'A UTC instant with second precision, ISO 8601 (2026-11-11T10:00:00Z).',
  serialize: (value) => {
    const seconds = typeof value === 'number' ? value : Number(value);
    return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  },
  parseValue: parseInstant,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError('DateTime must be a string', { extensions: { code: 'BAD_USER_INPUT' } });
    return parseInstant(ast.value);
  },
});
