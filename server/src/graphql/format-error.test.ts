import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { describe, expect, it } from 'vitest';
import type { Logger } from '../logger';
import { AppError, badInput, forbidden, unauthenticated } from './errors';
import { type InputErrorOf, makeFormatError } from './format-error';

/** A logger that remembers what it was asked to log as an error. */
function recordingLog() {
  const errors: unknown[] = [];
  const log = { error: (obj: unknown) => void errors.push(obj) } as unknown as Logger;
  return { log, errors };
}

const noInputErrors: InputErrorOf = () => null;

/** What the client sees for `error` thrown by a resolver at `path`. */
function formatted(
  error: Error,
  inputErrors = noInputErrors,
  log = recordingLog().log,
): GraphQLFormattedError {
  const path = ['someField'];
  const wrapped =
    error instanceof GraphQLError ? error : new GraphQLError(error.message, { path, originalError: error });
  return makeFormatError(log, inputErrors)({ ...wrapped.toJSON(), path }, wrapped);
}

const violation = (property: string, constraints: Record<string, string>, children: ValidationError[] = []) =>
  ({ property, constraints, children }) as ValidationError;

describe('error formatting', () => {
  it('class-validator failures become BAD_USER_INPUT naming every field path', () => {
    const error = new ArgumentValidationError([
      violation('input', {}, [
        violation('lines', {}, [
          violation('2', {}, [violation('quantity', { min: 'quantity must not be less than 1' })]),
        ]),
        violation('userId', { matches: 'userId must match the pattern' }),
      ]),
    ]);
    const out = formatted(error);
    expect(out.message).toBe(
      'input.lines[2].quantity: quantity must not be less than 1; input.userId: userId must match the pattern',
    );
    expect(out.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.lines[2].quantity',
      fields: [
        { field: 'input.lines[2].quantity', message: 'quantity must not be less than 1' },
        { field: 'input.userId', message: 'userId must match the pattern' },
      ],
    });
  });

  it('bad-input errors the composition names are BAD_USER_INPUT, with their field when they have one', () => {
    class FieldError extends Error {
      constructor(
        readonly path: string,
        message: string,
      ) {
        super(message);
      }
    }
    const inputErrors: InputErrorOf = (e) =>
      e instanceof FieldError
        ? { message: e.message, field: e.path }
        : e instanceof RangeError
          ? { message: e.message }
          : null;
    expect(
      formatted(new FieldError('cart.lines[0].unitPrice', 'must be 0 or more'), inputErrors),
    ).toMatchObject({
      message: 'must be 0 or more',
      extensions: { code: 'BAD_USER_INPUT', field: 'cart.lines[0].unitPrice' },
    });
    const noField = formatted(new RangeError('weights must add up'), inputErrors);
    expect(noField).toMatchObject({ message: 'weights must add up', extensions: { code: 'BAD_USER_INPUT' } });
    expect(noField.extensions).not.toHaveProperty('field');
  });

  it('coded errors pass through with their extensions and without a stack trace', () => {
    const error = badInput('input.name', 'is too long');
    const out = makeFormatError(recordingLog().log, noInputErrors)(
      { message: error.message, extensions: { ...error.extensions, stacktrace: ['at x'] } },
      error,
    );
    expect(out).toEqual({
      message: 'input.name: is too long',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.name' },
    });
    expect(formatted(unauthenticated()).extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(formatted(forbidden()).extensions).toEqual({ code: 'FORBIDDEN' });
    expect(formatted(new AppError('CONFLICT', 'taken', { reason: 'DUPLICATE' })).extensions).toEqual({
      code: 'CONFLICT',
      reason: 'DUPLICATE',
    });
  });

  it("type-graphql's UNAUTHORIZED is reported as FORBIDDEN", () => {
    const error = new GraphQLError('Access denied!', { extensions: { code: 'UNAUTHORIZED' } });
    expect(formatted(error).extensions).toEqual({ code: 'FORBIDDEN' });
  });

  it('anything unexpected is masked for the client and logged for staff', () => {
    const { log, errors } = recordingLog();
    const out = formatted(
      new TypeError("Cannot read properties of undefined (reading 'id')"),
      noInputErrors,
      log,
    );
    expect(out).toEqual({
      message: 'Internal server error',
      path: ['someField'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(errors).toHaveLength(1);
    const internal = new AppError('INTERNAL_SERVER_ERROR', 'database said no');
    expect(formatted(internal, noInputErrors, log).message).toBe('Internal server error');
  });
});
