// Every error leaving the server has a code and no stack trace; unexpected ones are logged and masked.
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from '../logger';
import { isTransientDbFault } from '../db/faults';

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

const PASS_THROUGH = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_GRAPH',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'RATE_LIMITED',
  'UNAVAILABLE',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

function flatten(errors: ValidationErrorLike[], prefix: string, out: { field: string; message: string }[]) {
  for (const e of errors) {
    const path = /^\d+$/.test(e.property)
      ? `${prefix}[${e.property}]`
      : prefix
        ? `${prefix}.${e.property}`
        : e.property;
    for (const m of Object.values(e.constraints ?? {})) out.push({ field: path, message: m });
    if (e.children?.length) flatten(e.children, path, out);
  }
}

/**
 * Recognises the domain's own bad-input errors (composition.ts lists them): their message, and the
 * field when the error names one; null for any other error.
 */
export type InputErrorOf = (error: unknown) => { message: string; field?: string } | null;

/** Errors Apollo raises about the request itself (persisted queries) carry no code: type them. */
const PERSISTED_QUERY_FIELDS: Record<string, string> = {
  'provided sha does not match query': 'extensions.persistedQuery.sha256Hash',
  'Unsupported persisted query version': 'extensions.persistedQuery.version',
};

function requestError(original: unknown, code: string): Record<string, unknown> | null {
  if ((code && code !== 'INTERNAL_SERVER_ERROR') || !(original instanceof GraphQLError)) return null;
  const field = PERSISTED_QUERY_FIELDS[original.message];
  if (field) return { code: 'BAD_USER_INPUT', field };
  const status = (original.extensions?.http as { status?: number } | undefined)?.status;
  return status !== undefined && status >= 400 && status < 500 ? { code: 'BAD_REQUEST' } : null;
}

/**
 * graphql-js names a bad variable value's place only in its message (`Variable "$input" got invalid
 * value 1.5 at "input.lines[0].unitPrice"; …`): give it as `extensions.field`, as every other
 * bad-input error does. A literal refused by a scalar (`Money must be an integer …, got the float 1.5`)
 * is bad input too, not a malformed query.
 */
function scalarInputError(formatted: GraphQLFormattedError, code: string): Record<string, unknown> | null {
  if (code === 'BAD_USER_INPUT' && formatted.extensions?.field === undefined) {
    const m = /^Variable "\$(\w+)" got invalid value .*? at "([^"]+)"/s.exec(formatted.message);
    const whole = /^Variable "\$(\w+)" got invalid value /.exec(formatted.message);
    const field = m?.[2] ?? whole?.[1];
    return field === undefined ? null : { code, field };
  }
  if (
    code === 'GRAPHQL_VALIDATION_FAILED' &&
    /^(Expected value of type "Money!?", found |Money must be )/.test(formatted.message)
  )
    return { code: 'BAD_USER_INPUT' };
  return null;
}

export function makeFormatError(log: Logger, inputErrorOf: InputErrorOf) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const path = formatted.path;
    if (original instanceof GraphQLError && Array.isArray(original.extensions?.validationErrors)) {
      const fields: { field: string; message: string }[] = [];
      flatten(original.extensions.validationErrors as ValidationErrorLike[], '', fields);
      const message = fields.map((f) => `${f.field}: ${f.message}`).join('; ') || 'invalid input';
      return {
        message,
        path,
        locations: formatted.locations,
        extensions: { code: 'BAD_USER_INPUT', field: fields[0]?.field, fields },
      };
    }
    const input = inputErrorOf(original);
    if (input) {
      const extensions = input.field === undefined ? {} : { field: input.field };
      return { message: input.message, path, extensions: { code: 'BAD_USER_INPUT', ...extensions } };
    }
    const code = String(formatted.extensions?.code ?? '');
    const request = requestError(original, code);
    if (request) return { message: formatted.message, extensions: request };
    const scalar = scalarInputError(formatted, code);
    if (scalar)
      return { message: formatted.message, path, locations: formatted.locations, extensions: scalar };
    if (code === 'UNAUTHORIZED')
      return { message: formatted.message, path, extensions: { code: 'FORBIDDEN' } };
    if (PASS_THROUGH.has(code)) {
      const { stacktrace: _s, exception: _e, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    if (isTransientDbFault(original)) {
      // The database or its disk is away: a typed answer the client may retry, not an internal error.
      const { code: dbCode } = (original ?? {}) as { code?: unknown };
      log.warn({ code: typeof dbCode === 'string' ? dbCode : undefined, path }, 'database unavailable');
      return {
        message: 'temporarily unavailable; try again',
        path,
        extensions: { code: 'UNAVAILABLE', retryAfterSeconds: 2 },
      };
    }
    log.error({ err: original, path }, 'unexpected error in a GraphQL operation');
    return { message: 'Internal server error', path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
