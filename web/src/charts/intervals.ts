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
  const span = hi - lo;
  const pad = (span > 1e-9 ? span : 1) * 0.08;
  return [lo - pad, hi + pad];
}

/** A "nice" step (1, 2, 2.5 or 5 × 10^k) that cuts `span` into about `count` parts. */
export function niceStep(span: number, count = 4): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  if (!(power > 0) || !Number.isFinite(power)) return 1;
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw)! * power;
  return step;
}

/** Round-number ticks covering the padded domain of a forest plot (zero among them). */
export function intervalTicks(points: readonly IntervalPoint[]): number[] {
  const [lo, hi] = intervalDomain(points);
  const step = niceStep(hi - lo);
  const first = Math.floor(lo / step) * step;
  const ticks: number[] = [];
  for (let v = first; v < hi + step; v += step) ticks.push(Math.round(v / step) * step);
  return ticks;
}
