// Sample moments of one arm, from raw values or from running sums (as rollups keep them).

export interface Moments {
  n: number;
  mean: number;
  /** Sample variance (n − 1 in the denominator); 0 when n < 2. */
  variance: number;
}

/** Running sums of y (and of a covariate x, for CUPED and ratio metrics). */
export interface Sums {
  n: number;
  sumY: number;
  sumYY: number;
  sumX?: number;
  sumXX?: number;
  sumXY?: number;
}

export function momentsOf(values: readonly number[]): Moments {
  const n = values.length;
  if (n === 0) return { n: 0, mean: 0, variance: 0 };
  let mean = 0;
  let m2 = 0;
  // Welford: stable for large n and large values.
  for (let i = 0; i < n; i++) {
    const d = values[i]! - mean;
    mean += d / (i + 1);
    m2 += d * (values[i]! - mean);
  }
  return { n, mean, variance: n > 1 ? m2 / (n - 1) : 0 };
}

export function momentsFromSums(s: Pick<Sums, 'n' | 'sumY' | 'sumYY'>): Moments {
  if (s.n === 0) return { n: 0, mean: 0, variance: 0 };
  const mean = s.sumY / s.n;
  const variance = s.n > 1 ? Math.max(0, (s.sumYY - s.n * mean * mean) / (s.n - 1)) : 0;
  return { n: s.n, mean, variance };
}

export function sumsOf(y: readonly number[], x?: readonly number[]): Sums {
  const s: Sums = { n: y.length, sumY: 0, sumYY: 0, sumX: 0, sumXX: 0, sumXY: 0 };
  for (let i = 0; i < y.length; i++) {
    const yi = y[i]!;
    const xi = x ? x[i]! : 0;
    s.sumY += yi;
    s.sumYY += yi * yi;
    s.sumX! += xi;
    s.sumXX! += xi * xi;
    s.sumXY! += xi * yi;
  }
  return s;
}

/** Sample covariance of x and y from sums (n − 1 in the denominator). */
export function covarianceFromSums(s: Sums): number {
  if (s.n < 2) return 0;
  return ((s.sumXY ?? 0) - ((s.sumX ?? 0) * s.sumY) / s.n) / (s.n - 1);
}

export function varianceXFromSums(s: Sums): number {
  if (s.n < 2) return 0;
  const sx = s.sumX ?? 0;
  return Math.max(0, ((s.sumXX ?? 0) - (sx * sx) / s.n) / (s.n - 1));
}
