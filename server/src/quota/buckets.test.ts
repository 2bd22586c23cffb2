// Quota bucket arithmetic in any order: claim rounds on one bucket, rounds holding everything (with
// and without a split), restores on expiry, batch releases and quota changes that drain the buckets
// never issue past what was released and never lose or make a unit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planLocked, shouldSplit, splitUnits, takeUnits } from './buckets';

type Op =
  | { kind: 'bucketRound'; bucket: number; asked: number }
  | { kind: 'lockedRound'; asked: number; waiting: number }
  | { kind: 'restore'; units: number }
  | { kind: 'release'; units: number }
  | { kind: 'drain' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('bucketRound' as const),
    bucket: fc.nat(15),
    asked: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({
    kind: fc.constant('lockedRound' as const),
    asked: fc.integer({ min: 0, max: 40 }),
    waiting: fc.nat(64),
  }),
  fc.record({ kind: fc.constant('restore' as const), units: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('release' as const), units: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ kind: fc.constant('drain' as const) }),
);

describe('quota buckets', () => {
  it('splitUnits spreads every unit, no bucket more than one above another', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.integer({ min: 1, max: 64 }), (total, n) => {
        const parts = splitUnits(total, n);
        expect(parts).toHaveLength(n);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('takeUnits takes the pool first and never more than a bucket holds', () => {
    fc.assert(
      fc.property(fc.nat(50), fc.array(fc.nat(50), { maxLength: 8 }), fc.nat(500), (pool, buckets, want) => {
        const held = pool + buckets.reduce((a, b) => a + b, 0);
        if (want > held) {
          expect(() => takeUnits(pool, buckets, want)).toThrow();
          return;
        }
        const t = takeUnits(pool, buckets, want);
        expect(t.fromPool).toBe(Math.min(pool, want));
        t.fromBuckets.forEach((k, i) => expect(k).toBeLessThanOrEqual(buckets[i]!));
        expect(t.fromPool + t.fromBuckets.reduce((a, b) => a + b, 0)).toBe(want);
      }),
    );
  });

  it('claims, restores, releases and drains in any order never pass the quota nor lose a unit', () => {
    fc.assert(
      fc.property(
        fc.nat(200),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 20 }),
        fc.array(op, { maxLength: 80 }),
        (initial, n, autoAt, ops) => {
          let pool = initial;
          let buckets: number[] = [];
          let released = initial; // units that ever entered the quota (initial + batches)
          let outstanding = 0; // issued and not restored
          let restored = 0;
          const held = () => pool + buckets.reduce((a, b) => a + b, 0);
          for (const o of ops) {
            if (o.kind === 'bucketRound') {
              // a round that locked one bucket with units left takes at most what it holds; the
              // rest are deferred (never refused SOLD_OUT while other units exist)
              const free = buckets.flatMap((b, i) => (b > 0 ? [i] : []));
              if (free.length === 0) continue;
              const i = free[o.bucket % free.length]!;
              const issued = Math.min(buckets[i]!, o.asked);
              buckets[i] = buckets[i]! - issued;
              outstanding += issued;
            } else if (o.kind === 'lockedRound') {
              const before = held();
              const issued = Math.min(before, o.asked);
              const refused = o.asked - issued;
              // SOLD_OUT only when nothing at all is left
              if (refused > 0) expect(before - issued).toBe(0);
              const split = shouldSplit({
                n,
                autoAt,
                waiting: o.waiting,
                bucketed: buckets.length > 0,
                pool,
                left: before - issued,
              })
                ? Math.max(n, buckets.length)
                : 0;
              const plan = planLocked(pool, buckets, issued, split);
              pool += plan.poolDelta;
              buckets = plan.split ?? buckets.map((b, k) => b - plan.takes[k]!);
              outstanding += issued;
            } else if (o.kind === 'restore') {
              // an issued coupon expired unused on a template that restores: its unit goes back to the pool
              const units = Math.min(o.units, outstanding);
              outstanding -= units;
              restored += units;
              pool += units;
            } else if (o.kind === 'release') {
              pool += o.units;
              released += o.units;
            } else {
              pool += buckets.reduce((a, b) => a + b, 0);
              buckets = buckets.map(() => 0);
            }
            expect(pool).toBeGreaterThanOrEqual(0);
            for (const b of buckets) expect(b).toBeGreaterThanOrEqual(0);
            // no unit lost or made: what is claimable plus what is out is what was released
            expect(held() + outstanding).toBe(released);
            expect(outstanding).toBeLessThanOrEqual(released);
          }
          expect(restored).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 500 },
    );
  });
});
