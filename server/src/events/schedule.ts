// The webhook retry schedule (Standard Webhooks / Svix default: immediately, 5 s, 5 min, 30 min,
// 2 h, 5 h, 10 h, 10 h, then dead-letter), jitter, and Retry-After.

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `250ms`, `5s`, `5m`, `2h`, `1d`; a bare number is seconds. */
export function parseDuration(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/.exec(text);
  if (!m) throw new Error(`not a duration: "${text}" (use e.g. 250ms, 5s, 5m, 2h, 1d)`);
  return Math.round(Number(m[1]) * UNITS[m[2] ?? 's']!);
}

/** The delay before each attempt, in ms; entry 0 is the first attempt (normally 0: immediately). */
export function parseSchedule(text: string): number[] {
  const steps = text.split(',').map(parseDuration);
  if (steps.length === 0 || steps.length > 30) throw new Error('a retry schedule has 1 to 30 steps');
  return steps;
}

const MAX_RETRY_AFTER_MS = 24 * 3_600_000;

/**
 * When to try again after `attemptsMade` attempts failed, in ms from now; null when the schedule is
 * used up (dead-letter). Jitter spreads the delay by ±jitterPct so retries of many deliveries do not
 * arrive at once; a Retry-After from the endpoint is a floor (never retry earlier than it asked).
 */
export function nextRetryDelay(
  schedule: readonly number[],
  attemptsMade: number,
  jitterPct: number,
  retryAfterMs: number | null = null,
  random: () => number = Math.random,
): number | null {
  if (attemptsMade >= schedule.length) return null;
  const base = schedule[attemptsMade]!;
  const spread = (base * Math.min(jitterPct, 100)) / 100;
  const jittered = Math.max(0, Math.round(base + (random() * 2 - 1) * spread));
  return retryAfterMs == null ? jittered : Math.max(jittered, Math.min(retryAfterMs, MAX_RETRY_AFTER_MS));
}

/** Retry-After as delta-seconds or an HTTP date, in ms from now; null when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, nowMs: number): number | null {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v) return null;
  if (/^\s*\d+\s*$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}
