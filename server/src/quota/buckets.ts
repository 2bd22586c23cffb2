// Quota bucket arithmetic, pure (the property test drives it in any order): how a template's units
// are split over buckets, and how a round that holds every bucket takes units from the pool and the
// buckets. Claim rounds on one bucket take at most what it holds (coupons/issue.ts).

/** `total` units over `n` buckets, as evenly as possible (the first buckets get the odd units). */
export function splitUnits(total: number, n: number): number[] {
  if (n <= 0) return [];
  const base = Math.floor(total / n);
  const extra = total - base * n;
  return Array.from({ length: n }, (_, i) => base + (i < extra ? 1 : 0));
}

export interface Taken {
  fromPool: number;
  /** Units taken from each bucket, by position in the input. */
  fromBuckets: number[];
}

/** `n` units (n ≤ pool + Σ buckets) taken from the pool first, then from the buckets in order. */
export function takeUnits(pool: number, buckets: readonly number[], n: number): Taken {
  const fromPool = Math.min(pool, n);
  let left = n - fromPool;
  const fromBuckets = buckets.map((b) => {
    const k = Math.min(b, left);
    left -= k;
    return k;
  });
  if (left > 0) throw new Error(`takeUnits: ${n} units asked, ${n - left} held`);
  return { fromPool, fromBuckets };
}

/**
 * Whether a round holding the template and all its buckets should (re)split what is left over `n`
 * buckets: bucketing is on, the quota is limited, the template is under load (`waiting` requests
 * at least `autoAt`) or already split, and there is at least one unit per bucket.
 */
export function shouldSplit(o: {
  n: number;
  autoAt: number;
  waiting: number;
  bucketed: boolean;
  pool: number | null;
  left: number;
}): boolean {
  if (o.n < 2 || o.pool == null || o.left < o.n) return false;
  if (o.bucketed) return o.pool > 0;
  return o.autoAt > 0 && o.waiting >= o.autoAt;
}

/** What a round holding the template row and every bucket writes: the pool's change, then the buckets'. */
export interface LockedPlan {
  /** Added to the template's pool (negative: units taken, or moved into the buckets). */
  poolDelta: number;
  /** Units taken from buckets (by position), when the round does not split. */
  takes: number[];
  /** The buckets' new remaining units (by bucket number), when the round splits. */
  split: number[] | null;
}

/**
 * A round holding everything issues `issued` units (at most pool + Σ buckets) and, asked to split
 * over `splitInto` buckets, moves all that is left into them evenly.
 */
export function planLocked(
  pool: number,
  buckets: readonly number[],
  issued: number,
  splitInto: number,
): LockedPlan {
  const taken = takeUnits(pool, buckets, issued);
  if (splitInto <= 0) return { poolDelta: -taken.fromPool, takes: taken.fromBuckets, split: null };
  const left = pool + buckets.reduce((sum, b) => sum + b, 0) - issued;
  return {
    poolDelta: -pool,
    takes: buckets.map(() => 0),
    split: splitUnits(left, Math.max(splitInto, buckets.length)),
  };
}
