// Expected lifetime value of a group over a horizon: BG/NBD's expected purchases × Gamma-Gamma's
// expected purchase value, per customer, averaged over the group. The interval adds the group's
// sampling variance (small groups are uncertain) and the parameters' uncertainty carried through by
// the delta method (young groups lean on the fitted population, so they inherit its error).
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { BGNBD_PARAMS, type BgNbdParams, type Rfm, expectedPurchases } from './bgnbd';
import {
  GAMMAGAMMA_PARAMS,
  type GammaGammaParams,
  type SpendSummary,
  expectedPurchaseValue,
} from './gammagamma';
import type { Fit } from './mle';

export interface GroupValue {
  customers: number;
  /** Mean expected purchases per customer over the horizon. */
  purchases: number;
  /** Mean expected value per customer over the horizon (purchases × value), in the data's money unit. */
  value: number;
  se: number;
  low: number;
  high: number;
}

type Customer = Rfm & SpendSummary;

function meanValue(p: BgNbdParams, g: GammaGammaParams, group: readonly Customer[], horizon: number) {
  let purchases = 0;
  let value = 0;
  let sq = 0;
  for (const c of group) {
    const n = expectedPurchases(p, c, horizon);
    const v = n * expectedPurchaseValue(g, c.x > 0 && c.m > 0 ? c : { x: 0, m: 0 });
    purchases += n;
    value += v;
    sq += v * v;
  }
  const k = group.length;
  return {
    purchases: purchases / k,
    value: value / k,
    variance: k > 1 ? (sq - (value * value) / k) / (k - 1) : 0,
  };
}

export function groupValue(
  purchases: Fit<(typeof BGNBD_PARAMS)[number]>,
  spend: Fit<(typeof GAMMAGAMMA_PARAMS)[number]>,
  group: readonly Customer[],
  horizon: number,
  level = 0.95,
): GroupValue | null {
  if (group.length === 0) return null;
  const names = [...BGNBD_PARAMS, ...GAMMAGAMMA_PARAMS];
  const theta = [
    ...BGNBD_PARAMS.map((k) => purchases.params[k]),
    ...GAMMAGAMMA_PARAMS.map((k) => spend.params[k]),
  ];
  const at = (t: readonly number[]) =>
    meanValue(
      { r: t[0]!, alpha: t[1]!, a: t[2]!, b: t[3]! },
      { p: t[4]!, q: t[5]!, v: t[6]! },
      group,
      horizon,
    );
  const base = at(theta);
  // Delta method: ∇(mean value) · Σ · ∇ᵀ, Σ block-diagonal (the two models are fitted apart).
  const grad = theta.map((t, i) => {
    const h = 1e-5 * Math.max(Math.abs(t), 1e-3);
    const up = theta.slice();
    const down = theta.slice();
    up[i] = t + h;
    down[i] = t - h;
    return (at(up).value - at(down).value) / (2 * h);
  });
  const cov = (i: number, j: number) => {
    const nb = BGNBD_PARAMS.length;
    if (i < nb && j < nb) return purchases.covariance[i]![j]!;
    if (i >= nb && j >= nb) return spend.covariance[i - nb]![j - nb]!;
    return 0;
  };
  let paramVariance = 0;
  names.forEach((_, i) => names.forEach((__, j) => (paramVariance += grad[i]! * cov(i, j) * grad[j]!)));
  const se = Math.sqrt(Math.max(0, paramVariance) + base.variance / group.length);
  const z = normalQuantile(1 - (1 - level) / 2, 0, 1);
  return {
    customers: group.length,
    purchases: base.purchases,
    value: base.value,
    se,
    low: base.value - z * se,
    high: base.value + z * se,
  };
}
