import { describe, expect, it } from 'vitest';
import { forecast, wilson } from './forecast';

describe('forecast', () => {
  it('Wilson intervals: 10 of 100 gives [0.0552, 0.1744] (Wilson 1927, worked out by hand from the score formula with z = 1.959964)', () => {
    const w = wilson(10, 100);
    expect(w.low).toBeCloseTo(0.05523, 4);
    expect(w.high).toBeCloseTo(0.17437, 4);
    expect(wilson(5, 5).high).toBe(1);
    expect(wilson(0, 5).low).toBe(0);
  });

  it('multiplies the figures, history where there is enough, priors where not', () => {
    const f = forecast({
      audienceSize: 10_000,
      mode: 'CLAIM',
      maxValue: 1_000,
      settled: { redeemed: 10, expired: 90, level: 'template' },
      discounts: { n: 10, sum: 5_000, sumSq: 2_500_000, level: 'template' },
    });
    const by = Object.fromEntries(f.figures.map((x) => [x.name, x]));
    expect(by.claimRate).toMatchObject({ value: 0.2, source: 'PRIOR' });
    expect(by.redemptionRate).toMatchObject({ value: 0.1, source: 'HISTORY' });
    expect(by.meanDiscount).toMatchObject({ value: 1_000, low: 500, high: 1_000, source: 'PRIOR' });
    expect(f.cost.value).toBe(Math.round(10_000 * 0.2 * 0.1 * 1_000));
    expect(f.cost.low).toBeLessThan(f.cost.value);
    expect(f.cost.high).toBeGreaterThan(f.cost.value);
  });

  it("a rule's forecast: its replayed coupons in place of the audience, claim rate 1", () => {
    const volume = {
      name: 'coupons',
      value: 250,
      low: 250,
      high: 250,
      source: 'HISTORY' as const,
      basis: 'replayed',
    };
    const f = forecast({
      audienceSize: 250,
      volume,
      mode: 'RULE',
      maxValue: 800,
      settled: { redeemed: 40, expired: 60, level: 'template' },
      discounts: { n: 40, sum: 40 * 600, sumSq: 40 * 600 * 600, level: 'template' },
    });
    expect(f.figures.map((x) => x.name)).toEqual(['coupons', 'claimRate', 'redemptionRate', 'meanDiscount']);
    expect(f.figures[1]).toMatchObject({ value: 1, low: 1, high: 1, source: 'EXACT' });
    // Worked by hand: 250 × 1 × 0.4 × 600 = 60 000; the discount never varied, so its range is a point.
    expect(f.cost.value).toBe(60_000);
    const w = wilson(40, 100);
    expect(f.cost.low).toBe(Math.round(250 * w.low * 600));
    expect(f.cost.high).toBe(Math.round(250 * w.high * 600));
  });
});
