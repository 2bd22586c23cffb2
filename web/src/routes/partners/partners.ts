// Pure helpers of the partners screen: server errors onto form fields, the replay range check, and
// delivery outcomes in words.
import type { CombinedError } from 'urql';

/** BAD_USER_INPUT errors by the field they name (`input.url` → `url`); the rest under `form`. */
export function fieldErrors(error: CombinedError | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!error) return out;
  for (const e of error.graphQLErrors) {
    const field = e.extensions?.field;
    const key = typeof field === 'string' ? field.replace(/^input\./, '') : 'form';
    out[key] = out[key] ? `${out[key]}; ${e.message}` : e.message;
  }
  if (error.networkError && !out.form) out.form = `Network error: ${error.networkError.message}`;
  return out;
}

/** A replay range from two datetime-local inputs: ISO instants, or what is wrong with it. */
export function replayRange(
  from: string,
  to: string,
): { ok: true; from: string; to: string } | { ok: false; field: 'from' | 'to'; message: string } {
  const f = Date.parse(from);
  const t = Date.parse(to);
  if (Number.isNaN(f)) return { ok: false, field: 'from', message: 'Enter a start time' };
  if (Number.isNaN(t)) return { ok: false, field: 'to', message: 'Enter an end time' };
  if (t <= f) return { ok: false, field: 'to', message: 'The end must be after the start' };
  return { ok: true, from: new Date(f).toISOString(), to: new Date(t).toISOString() };
}

/** "200 in 35 ms", "timeout after 10 000 ms", "network error" … */
export function attemptText(a: { outcome: string; statusCode?: number | null; durationMs: number }): string {
  const ms = `${a.durationMs.toLocaleString('en-US')} ms`;
  switch (a.outcome) {
    case 'SUCCEEDED':
    case 'HTTP_ERROR':
      return `${a.statusCode ?? '?'} in ${ms}`;
    case 'TIMEOUT':
      return `timeout after ${ms}`;
    case 'NETWORK_ERROR':
      return `network error after ${ms}`;
    default:
      return a.outcome.toLowerCase().replace('_', ' ');
  }
}

export const ALL_SCOPES = ['COUPONS_CLAIM', 'CHECKOUT', 'EVENTS_READ', 'EVENTS_WRITE'] as const;
export const scopeLabel: Record<string, string> = {
  COUPONS_CLAIM: 'coupons:claim',
  CHECKOUT: 'checkout',
  EVENTS_READ: 'events:read',
  EVENTS_WRITE: 'events:write',
};
