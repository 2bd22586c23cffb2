import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HLL_M,
  HLL_P,
  HLL_RELATIVE_ERROR,
  emptySketch,
  hllEstimate,
  hllMerge,
  hllPoint,
  hllPointOf,
  murmur3,
} from './hll';

function sketchOf(users: Iterable<string>): Uint8Array {
  const s = emptySketch();
  for (const u of users) {
    const { reg, rho } = hllPoint(u);
    if (rho > s[reg]!) s[reg] = rho;
  }
  return s;
}

function* ids(prefix: string, from: number, to: number): Generator<string> {
  for (let i = from; i < to; i++) yield `${prefix}-${i}`;
}

describe('HyperLogLog', () => {
  it('maps a hash to its register and rank', () => {
    expect(hllPointOf(0, 0)).toEqual({ reg: 0, rho: 64 - HLL_P + 1 });
    expect(hllPointOf(0xffffffff, 0)).toEqual({ reg: HLL_M - 1, rho: 1 });
    // index bits all zero, then a one right after them
    expect(hllPointOf(1 << (31 - HLL_P), 0)).toEqual({ reg: 0, rho: 1 });
    // the high word's remaining bits all zero: the rank continues into the low word
    expect(hllPointOf(0, 0x80000000)).toEqual({ reg: 0, rho: 32 - HLL_P + 1 });
    expect(hllPoint('u-1')).toEqual(hllPoint('u-1'));
  });

  it('an empty sketch estimates 0 and one user about 1', () => {
    expect(hllEstimate(emptySketch())).toBe(0);
    expect(Math.round(hllEstimate(sketchOf(['only'])))).toBe(1);
  });

  it('estimates within 3σ of the exact count for n in 1..100 000', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.string({ minLength: 1, maxLength: 8 }),
        (n, salt) => {
          const estimate = hllEstimate(sketchOf(ids(`p${salt}`, 0, n)));
          expect(Math.abs(estimate - n)).toBeLessThanOrEqual(Math.max(1, 3 * HLL_RELATIVE_ERROR * n));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('the union of two sketches is the sketch of the union', () => {
    const a = sketchOf(ids('u', 0, 6_000));
    const b = sketchOf(ids('u', 4_000, 10_000));
    expect(hllMerge(a, b)).toEqual(sketchOf(ids('u', 0, 10_000)));
    const estimate = hllEstimate(a);
    expect(Math.abs(estimate - 10_000)).toBeLessThanOrEqual(3 * HLL_RELATIVE_ERROR * 10_000);
  });
});

describe('murmur3', () => {
  it('matches the reference MurmurHash3_x86_32 on two-byte units', () => {
    // The reference over bytes equals ours when each UTF-16 unit is read little-endian:
    // "" with seed 0 → 0, with seed 1 → 0x514e28b7 (published test vectors).
    expect(murmur3('', 0)).toBe(0);
    expect(murmur3('', 1)).toBe(0x514e28b7);
  });

  it('spreads sequential ids evenly over the registers', () => {
    const counts = new Array<number>(HLL_M).fill(0);
    const n = 200_000;
    for (let i = 0; i < n; i++) counts[hllPoint(`user-${i}`).reg]!++;
    const expected = n / HLL_M;
    const chi2 = counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
    // 2 047 degrees of freedom: mean 2 047, sd ≈ 64; 6 sd above is far beyond chance.
    expect(chi2).toBeLessThan(HLL_M - 1 + 6 * Math.sqrt(2 * (HLL_M - 1)));
  });
});
