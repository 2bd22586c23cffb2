// Bounds on what one tracked event may carry (README, "Limits"), checked before anything else about
// the event. An event out of bounds is rejected like any invalid event (the others of the batch are
// kept), its error naming the field: `events.3.occurredAt`, `events.3.properties.amount`.
// - occurredAt: from 1970 on (history may be imported), at most TRACK_MAX_FUTURE_SKEW_SECONDS ahead of
//   the server's clock; events older than the trigger horizon are kept but fire no rule (DOMAIN.md).
// - properties and userAttributes: at most TRACK_MAX_KEYS keys each, strings of at most
//   TRACK_MAX_STRING_LENGTH characters, nested at most TRACK_MAX_DEPTH deep with at most TRACK_MAX_VALUES
//   values in all; money properties (`amount`, `value`, names ending in `Amount`) are not negative.
import type { TrackErrorCode } from './ingest';

export const TRACK_MAX_FUTURE_SKEW_SECONDS = 300;
export const TRACK_MAX_KEYS = 100;
export const TRACK_MAX_STRING_LENGTH = 2048;
export const TRACK_MAX_DEPTH = 8;
export const TRACK_MAX_VALUES = 1000;

const MONEY = /^(amount|value|.+Amount)$/;

export interface BoundsProblem {
  code: TrackErrorCode;
  field: string;
  message: string;
}

interface Bounded {
  occurredAt?: number | null;
  properties?: unknown;
  userAttributes?: unknown;
}

/** The first bound `e` exceeds, or null. `now` in UTC seconds. */
export function boundsProblem(e: Bounded, now: number): BoundsProblem | null {
  if (e.occurredAt != null) {
    if (e.occurredAt < 0)
      return { code: 'INVALID_TIME', field: 'occurredAt', message: 'occurredAt must be 1970 or later' };
    if (e.occurredAt > now + TRACK_MAX_FUTURE_SKEW_SECONDS)
      return {
        code: 'INVALID_TIME',
        field: 'occurredAt',
        message: `occurredAt is more than ${TRACK_MAX_FUTURE_SKEW_SECONDS} s in the future`,
      };
  }
  return (
    jsonProblem(e.properties, 'properties', 'INVALID_PROPERTY', true) ??
    jsonProblem(e.userAttributes, 'userAttributes', 'INVALID_ATTRIBUTES', false)
  );
}

function jsonProblem(
  root: unknown,
  base: string,
  code: TrackErrorCode,
  money: boolean,
): BoundsProblem | null {
  if (root == null || typeof root !== 'object') return null;
  const keys = Object.keys(root);
  if (keys.length > TRACK_MAX_KEYS)
    return { code, field: base, message: `at most ${TRACK_MAX_KEYS} keys, got ${keys.length}` };
  if (money)
    for (const k of keys) {
      const v = (root as Record<string, unknown>)[k];
      if (MONEY.test(k) && typeof v === 'number' && v < 0)
        return { code, field: `${base}.${k}`, message: `${k} is an amount and cannot be negative` };
    }
  let values = 0;
  const walk = (v: unknown, path: string, depth: number): BoundsProblem | null => {
    if (++values > TRACK_MAX_VALUES)
      return { code, field: base, message: `at most ${TRACK_MAX_VALUES} values in all` };
    if (typeof v === 'string') {
      return v.length > TRACK_MAX_STRING_LENGTH
        ? { code, field: path, message: `at most ${TRACK_MAX_STRING_LENGTH} characters, got ${v.length}` }
        : null;
    }
    if (v === null || typeof v !== 'object') return null;
    if (depth > TRACK_MAX_DEPTH)
      return { code, field: path, message: `nested more than ${TRACK_MAX_DEPTH} deep` };
    const entries = Array.isArray(v) ? v.map((x, i) => [`${i}`, x] as const) : Object.entries(v);
    for (const [k, x] of entries) {
      const p = walk(x, `${path}.${k}`, depth + 1);
      if (p) return p;
    }
    return null;
  };
  return walk(root, base, 1);
}
