import { describe, expect, it } from 'vitest';
import { nextRetryDelay, parseDuration, parseRetryAfter, parseSchedule } from './schedule';

describe('retry schedule', () => {
  it('parses the documented default: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h', () => {
    expect(parseSchedule('0,5s,5m,30m,2h,5h,10h,10h')).toEqual([
      0, 5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000,
    ]);
  });

  it.each([
    ['250ms', 250],
    ['5s', 5000],
    ['1.5s', 1500],
    ['2', 2000],
    ['1d', 86_400_000],
    [' 3m ', 180_000],
  ])('parses %s', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['', 'soon', '-1s', '5 minutes', '1w'])('refuses %j', (text) =>
    expect(() => parseDuration(text)).toThrow(/duration/),
  );

  it('gives the step for the attempts made, then null (dead-letter)', () => {
    const s = parseSchedule('0,5s,5m');
    const none = () => 0.5; // no jitter at the midpoint
    expect(nextRetryDelay(s, 1, 10, null, none)).toBe(5000);
    expect(nextRetryDelay(s, 2, 10, null, none)).toBe(300_000);
    expect(nextRetryDelay(s, 3, 10, null, none)).toBeNull();
  });

  it('spreads a delay by at most the jitter, both ways', () => {
    const s = [0, 10_000];
    expect(nextRetryDelay(s, 1, 10, null, () => 0)).toBe(9000);
    expect(nextRetryDelay(s, 1, 10, null, () => 0.999999)).toBe(11_000);
    for (let i = 0; i < 1000; i++) {
      const d = nextRetryDelay(s, 1, 10)!;
      expect(d).toBeGreaterThanOrEqual(9000);
      expect(d).toBeLessThanOrEqual(11_000);
    }
  });

  it('never retries before Retry-After, and keeps the schedule when it asks for less', () => {
    const s = [0, 100];
    expect(nextRetryDelay(s, 1, 0, 2000)).toBe(2000);
    expect(nextRetryDelay(s, 1, 0, 50)).toBe(100);
    expect(nextRetryDelay(s, 1, 0, 10 * 86_400_000)).toBe(86_400_000); // capped at a day
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-11-25T10:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 10:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
    expect(parseRetryAfter(['3', '4'], now)).toBe(3000);
  });
});
