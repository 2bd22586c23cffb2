// Typed GraphQL errors. Business refusals are data (union results); these are for bad requests.
import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_GRAPH'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'RATE_LIMITED'
  | 'UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const badInput = (field: string, message: string): AppError =>
  new AppError('BAD_USER_INPUT', `${field}: ${message}`, { field });
export const notFound = (field: string, what: string): AppError =>
  new AppError('BAD_USER_INPUT', `${field}: unknown ${what}`, { field, reason: 'NOT_FOUND' });
export const forbidden = (message = 'not allowed for this caller'): AppError =>
  new AppError('FORBIDDEN', message);
export const unauthenticated = (message = 'missing or invalid credentials'): AppError =>
  new AppError('UNAUTHENTICATED', message);
export const conflict = (message: string, extra: Record<string, unknown> = {}): AppError =>
  new AppError('CONFLICT', message, extra);

/** Too many attempts: try again after `retryAfterSeconds` (HTTP 429 with Retry-After). */
export const rateLimited = (
  retryAfterSeconds: number,
  message = 'too many attempts; try again later',
): AppError =>
  new AppError('RATE_LIMITED', message, {
    retryAfterSeconds,
    http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
  });
/** The service cannot answer now (database or disk away); safe to retry after `retryAfterSeconds`. */
export const unavailable = (
  retryAfterSeconds = 2,
  message = 'temporarily unavailable; try again',
): AppError =>
  new AppError('UNAVAILABLE', message, {
    retryAfterSeconds,
    http: { status: 503, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
  });
