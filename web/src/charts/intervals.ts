// Pure helpers of the interval chart (tested without a DOM).

export interface IntervalPoint {
  label: string;
  estimate: number;
  low: number;
  high: number;
}

/** The x domain of a forest plot: every bound and zero, with 8 % padding on each side. */
export function intervalDomain(points: readonly IntervalPoint[]): [number, number] {
  const values = points.flatMap((p) => [p.low, p.high, p.estimate]).filter(Number.isFinite);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const pad = (hi - lo || 1) * 0.08;
  return [lo - pad, hi + pad];
}
