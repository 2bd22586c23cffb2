// Two-arm inference for experiments (treatment vs control), as DOMAIN.md's Experiments section asks:
// Welch's t for the difference in means, the delta method for relative lift and ratio metrics,
// CUPED variance reduction, the sample-ratio-mismatch chi-square, and always-valid intervals for
// looking every day. Distributions come from @stdlib; only the estimators are written here.
import chisquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { type Moments, type Sums, covarianceFromSums, momentsFromSums, varianceXFromSums } from './moments';

export interface Interval {
  estimate: number;
  se: number;
  low: number;
  high: number;
}

export interface WelchResult extends Interval {
  df: number;
  t: number;
  /** Two-sided p-value. */
  p: number;
}

const z = (level: number) => normalQuantile(1 - (1 - level) / 2, 0, 1);

/** Difference in means (treatment − control) with Welch's t interval and test. */
export function welch(t: Moments, c: Moments, level = 0.95): WelchResult {
  const vt = t.n > 0 ? t.variance / t.n : 0;
  const vc = c.n > 0 ? c.variance / c.n : 0;
  const estimate = t.mean - c.mean;
  const se = Math.sqrt(vt + vc);
  const dfDen = (t.n > 1 ? (vt * vt) / (t.n - 1) : 0) + (c.n > 1 ? (vc * vc) / (c.n - 1) : 0);
  const df = dfDen > 0 ? ((vt + vc) * (vt + vc)) / dfDen : Math.max(1, t.n + c.n - 2);
  if (se === 0) return { estimate, se, low: estimate, high: estimate, df, t: 0, p: estimate === 0 ? 1 : 0 };
  const crit = tQuantile(1 - (1 - level) / 2, df);
  const tStat = estimate / se;
  return {
    estimate,
    se,
    low: estimate - crit * se,
    high: estimate + crit * se,
    df,
    t: tStat,
    p: 2 * (1 - tCdf(Math.abs(tStat), df)),
  };
}

/**
 * Relative lift (mean_t / mean_c − 1) with a delta-method normal interval (arms independent):
 * Var ≈ Var(m_t)/m_c² + m_t²·Var(m_c)/m_c⁴. Undefined (null) when the control mean is 0.
 */
export function relativeLift(t: Moments, c: Moments, level = 0.95): Interval | null {
  if (c.mean === 0 || c.n === 0 || t.n === 0) return null;
  const vt = t.variance / t.n;
  const vc = c.variance / c.n;
  const estimate = t.mean / c.mean - 1;
  const se = Math.sqrt(vt / (c.mean * c.mean) + (t.mean * t.mean * vc) / c.mean ** 4);
  const k = z(level);
  return { estimate, se, low: estimate - k * se, high: estimate + k * se };
}

/** A ratio metric of one arm (Σy / Σx over users, e.g. revenue per order) with its delta-method variance. */
export function ratioOf(s: Sums): { ratio: number; variance: number } | null {
  const sumX = s.sumX ?? 0;
  if (s.n < 2 || sumX === 0) return null;
  const mx = sumX / s.n;
  const ratio = s.sumY / sumX;
  const vy = momentsFromSums(s).variance;
  const vx = varianceXFromSums(s);
  const cxy = covarianceFromSums(s);
  const variance = (vy - 2 * ratio * cxy + ratio * ratio * vx) / (s.n * mx * mx);
  return { ratio, variance: Math.max(0, variance) };
}

/** Absolute and relative difference of a ratio metric between arms (normal intervals). */
export function ratioLift(
  t: Sums,
  c: Sums,
  level = 0.95,
): { absolute: Interval; relative: Interval | null } | null {
  const rt = ratioOf(t);
  const rc = ratioOf(c);
  if (!rt || !rc) return null;
  const k = z(level);
  const diff = rt.ratio - rc.ratio;
  const seAbs = Math.sqrt(rt.variance + rc.variance);
  const absolute = { estimate: diff, se: seAbs, low: diff - k * seAbs, high: diff + k * seAbs };
  if (rc.ratio === 0) return { absolute, relative: null };
  const rel = rt.ratio / rc.ratio - 1;
  const seRel = Math.sqrt(rt.variance / rc.ratio ** 2 + (rt.ratio ** 2 * rc.variance) / rc.ratio ** 4);
  return { absolute, relative: { estimate: rel, se: seRel, low: rel - k * seRel, high: rel + k * seRel } };
}

export interface CupedResult {
  /** θ = Cov(y, x) / Var(x), pooled over both arms. */
  theta: number;
  treatment: Moments;
  control: Moments;
  /** Share of the variance removed (1 − adjusted / raw, pooled). */
  varianceReduction: number;
}

/**
 * CUPED (Deng et al. 2013): y' = y − θ(x − x̄) with x the same metric before exposure. Returns the
 * adjusted moments of each arm, to feed `welch` / `relativeLift`.
 */
export function cuped(t: Sums, c: Sums): CupedResult {
  const pooled: Sums = {
    n: t.n + c.n,
    sumY: t.sumY + c.sumY,
    sumYY: t.sumYY + c.sumYY,
    sumX: (t.sumX ?? 0) + (c.sumX ?? 0),
    sumXX: (t.sumXX ?? 0) + (c.sumXX ?? 0),
    sumXY: (t.sumXY ?? 0) + (c.sumXY ?? 0),
  };
  const vx = varianceXFromSums(pooled);
  const theta = vx > 0 ? covarianceFromSums(pooled) / vx : 0;
  const xBar = pooled.n > 0 ? (pooled.sumX ?? 0) / pooled.n : 0;
  const adjust = (s: Sums): Moments => {
    const m = momentsFromSums(s);
    const xMean = s.n > 0 ? (s.sumX ?? 0) / s.n : 0;
    const variance = m.variance + theta * theta * varianceXFromSums(s) - 2 * theta * covarianceFromSums(s);
    return { n: s.n, mean: m.mean - theta * (xMean - xBar), variance: Math.max(0, variance) };
  };
  const raw = momentsFromSums(pooled).variance;
  const adjusted = raw + theta * theta * vx - 2 * theta * covarianceFromSums(pooled);
  return {
    theta,
    treatment: adjust(t),
    control: adjust(c),
    varianceReduction: raw > 0 ? 1 - Math.max(0, adjusted) / raw : 0,
  };
}

export interface SrmResult {
  chiSquare: number;
  df: number;
  p: number;
  /** p below the threshold (default 0.001): the split is broken and no lift should be trusted. */
  mismatch: boolean;
}

/** Sample-ratio mismatch: chi-square goodness of fit of the arms' counts against the configured shares. */
export function sampleRatioMismatch(
  counts: readonly number[],
  shares: readonly number[],
  threshold = 0.001,
): SrmResult {
  const total = counts.reduce((a, b) => a + b, 0);
  const shareSum = shares.reduce((a, b) => a + b, 0);
  let chiSquare = 0;
  counts.forEach((o, i) => {
    const e = (total * shares[i]!) / shareSum;
    if (e > 0) chiSquare += ((o - e) * (o - e)) / e;
  });
  const df = counts.length - 1;
  const p = total === 0 || df < 1 ? 1 : 1 - chisquareCdf(chiSquare, df);
  return { chiSquare, df, p, mismatch: p < threshold };
}

/**
 * An always-valid (anytime) interval for an asymptotically normal estimate: the normal-mixture
 * confidence sequence (Robbins 1970; Howard et al. 2021, eq. 14; the mSPRT of Johari et al. 2017).
 * Valid however often it is looked at. `tauSquared` is the mixture variance: the interval is tightest
 * when the estimate's variance is near it.
 */
export function alwaysValid(estimate: number, se: number, tauSquared: number, level = 0.95): Interval {
  const v = se * se;
  if (v === 0 || tauSquared <= 0) return { estimate, se, low: estimate, high: estimate };
  const alpha = 1 - level;
  const half = Math.sqrt(
    ((v * (v + tauSquared)) / tauSquared) * (Math.log((v + tauSquared) / v) - 2 * Math.log(alpha)),
  );
  return { estimate, se, low: estimate - half, high: estimate + half };
}
