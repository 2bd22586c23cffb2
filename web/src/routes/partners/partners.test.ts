import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { attemptText, fieldErrors, replayRange } from './partners';

describe('fieldErrors', () => {
  it('puts each BAD_USER_INPUT message on its field and the rest on the form', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('must be https', { extensions: { code: 'BAD_USER_INPUT', field: 'input.url' } }),
        new GraphQLError('forbidden', { extensions: { code: 'FORBIDDEN' } }),
      ],
    });
    expect(fieldErrors(error)).toEqual({ url: 'must be https', form: 'forbidden' });
    expect(fieldErrors(undefined)).toEqual({});
  });
});

describe('replayRange', () => {
  it('accepts an ordered range and refuses an empty or reversed one', () => {
    expect(replayRange('2026-01-01T10:00', '2026-01-01T11:00')).toMatchObject({ ok: true });
    expect(replayRange('', '2026-01-01T11:00')).toEqual({
      ok: false,
      field: 'from',
      message: 'Enter a start time',
    });
    expect(replayRange('2026-01-01T11:00', '2026-01-01T10:00')).toEqual({
      ok: false,
      field: 'to',
      message: 'The end must be after the start',
    });
  });
});

describe('attemptText', () => {
  it('says the response code and latency, or what went wrong', () => {
    expect(attemptText({ outcome: 'SUCCEEDED', statusCode: 200, durationMs: 35 })).toBe('200 in 35 ms');
    expect(attemptText({ outcome: 'HTTP_ERROR', statusCode: 503, durationMs: 1200 })).toBe('503 in 1,200 ms');
    expect(attemptText({ outcome: 'TIMEOUT', durationMs: 10000 })).toBe('timeout after 10,000 ms');
    expect(attemptText({ outcome: 'BLOCKED', durationMs: 0 })).toBe('blocked');
  });
});
