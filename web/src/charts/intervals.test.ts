// The forest plot's axis: zero is always in view, ticks are round numbers covering every bound.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intervalDomain, intervalTicks, niceStep } from './intervals';

describe('interval chart axis', () => {
  it('keeps zero (no effect) in the domain even when every interval is on one side', () => {
    const [lo, hi] = intervalDomain([{ label: 'a', estimate: 5, low: 2, high: 8 }]);
    expect(lo).toBeLessThan(0);
    expect(hi).toBeGreaterThan(8);
  });

  it('picks 1, 2, 2.5 or 5 × 10^k steps', () => {
    expect(niceStep(10)).toBe(2.5);
    expect(niceStep(245)).toBe(100);
    expect(niceStep(0.9)).toBe(0.25);
    expect(niceStep(0)).toBe(1);
  });

  it('still draws an axis for a zero-width interval of a subnormal number', () => {
    const ticks = intervalTicks([{ label: 'x', estimate: 5e-324, low: 5e-324, high: 5e-324 }]);
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.every(Number.isFinite)).toBe(true);
  });

  it('covers every bound with round ticks that include zero', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (low, width) => {
          // Also degenerate intervals (width 0, subnormal numbers).
          const high = low + width;
          const ticks = intervalTicks([{ label: 'x', estimate: (low + high) / 2, low, high }]);
          expect(ticks[0]!).toBeLessThanOrEqual(Math.min(0, low));
          expect(ticks[ticks.length - 1]!).toBeGreaterThanOrEqual(Math.max(0, high));
          expect(ticks.some((t) => Math.abs(t) < 1e-9)).toBe(true);
          expect(ticks.length).toBeLessThanOrEqual(8);
        },
      ),
      { numRuns: 500 },
    );
  });
});
