// Forecast before issuing (DOMAIN.md, Budgets): "issuing this template to this audience costs about
// X" = audience size × claim rate × redemption rate × mean discount, each figure with its source
// (history, or the stated prior when there is none) and a range; the cost's range multiplies the
// figures' bounds (a deliberately wide, conservative range). A draft rule's forecast is the same
// product with the coupons its replay would have issued in place of the audience (claim rate 1).
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';

export type FigureSource = 'HISTORY' | 'PRIOR' | 'EXACT';

export interface ForecastFigure {
  name: string;
  value: number;
  low: number;
  high: number;
  source: FigureSource;
  basis: string;
}

/** Settled coupons (redeemed + expired) below which a redemption rate is not trusted. */
export const MIN_SETTLED = 30;
/** Redemptions below which a mean discount is not trusted. */
export const MIN_REDEMPTIONS = 30;

/** Stated priors when there is no history. */
export const PRIORS = {
  claimRate: { value: 0.2, low: 0.05, high: 0.5 },
  redemptionRate: { value: 0.3, low: 0.1, high: 0.6 },
};

const Z95 = normalQuantile(0.975, 0, 1);

/** Wilson score interval for k successes in n trials (95 %). */
export function wilson(k: number, n: number): { value: number; low: number; high: number } {
  if (n === 0) return { value: 0, low: 0, high: 1 };
  if (k === n) return { value: 1, low: n / (n + Z95 * Z95), high: 1 };
  if (k === 0) return { value: 0, low: 0, high: (Z95 * Z95) / (n + Z95 * Z95) };
  const p = k / n;
  const z2 = Z95 * Z95;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { value: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export interface ForecastInputs {
  audienceSize: number;
  /** The first factor when it is not an audience's size (a rule's replayed coupons). */
  volume?: ForecastFigure;
  /**
   * BULK: every member gets a coupon (claim rate 1); CLAIM: members are offered it and may claim;
   * RULE: the rule puts each coupon in a wallet (claim rate 1).
   */
  mode: 'BULK' | 'CLAIM' | 'RULE';
  maxValue: number;
  /** Redeemed and expired coupons: of the template, else its campaign, else the deployment. */
  settled: { redeemed: number; expired: number; level: string } | null;
  /** The template's (else the deployment's) redemptions: count, sum and sum of squares of discounts. */
  discounts: { n: number; sum: number; sumSq: number; level: string } | null;
}

export interface Forecast {
  figures: ForecastFigure[];
  cost: { value: number; low: number; high: number };
}

export function forecast(i: ForecastInputs): Forecast {
  const size: ForecastFigure = i.volume ?? {
    name: 'audienceSize',
    value: i.audienceSize,
    low: i.audienceSize,
    high: i.audienceSize,
    source: 'EXACT',
    basis: 'members of the audience now',
  };
  const claim: ForecastFigure =
    i.mode !== 'CLAIM'
      ? {
          name: 'claimRate',
          value: 1,
          low: 1,
          high: 1,
          source: 'EXACT',
          basis:
            i.mode === 'RULE'
              ? 'a rule puts each coupon it issues in a wallet'
              : 'a bulk issue puts a coupon in every wallet',
        }
      : {
          name: 'claimRate',
          ...PRIORS.claimRate,
          source: 'PRIOR',
          basis: 'stated prior: 20 % of those offered claim (5–50 %); offers are not recorded yet',
        };
  const settledN = i.settled ? i.settled.redeemed + i.settled.expired : 0;
  const redemption: ForecastFigure =
    i.settled && settledN >= MIN_SETTLED
      ? {
          name: 'redemptionRate',
          ...wilson(i.settled.redeemed, settledN),
          source: 'HISTORY',
          basis: `${i.settled.redeemed} of ${settledN} settled coupons of the ${i.settled.level} were redeemed (Wilson 95 %)`,
        }
      : {
          name: 'redemptionRate',
          ...PRIORS.redemptionRate,
          source: 'PRIOR',
          basis: `stated prior: 30 % (10–60 %); fewer than ${MIN_SETTLED} settled coupons`,
        };
  let discount: ForecastFigure;
  if (i.discounts && i.discounts.n >= MIN_REDEMPTIONS) {
    const mean = i.discounts.sum / i.discounts.n;
    const variance = Math.max(0, (i.discounts.sumSq - i.discounts.n * mean * mean) / (i.discounts.n - 1));
    const half = Z95 * Math.sqrt(variance / i.discounts.n);
    discount = {
      name: 'meanDiscount',
      value: mean,
      low: Math.max(0, mean - half),
      high: Math.min(i.maxValue > 0 ? i.maxValue : Infinity, mean + half),
      source: 'HISTORY',
      basis: `mean of ${i.discounts.n} redemptions of the ${i.discounts.level} (95 % interval)`,
    };
  } else
    discount = {
      name: 'meanDiscount',
      value: i.maxValue,
      low: i.maxValue / 2,
      high: i.maxValue,
      source: 'PRIOR',
      basis: `stated prior: the coupon's maximum value (half of it at best); fewer than ${MIN_REDEMPTIONS} redemptions`,
    };
  const figures = [size, claim, redemption, discount];
  const product = (k: 'value' | 'low' | 'high') => Math.round(figures.reduce((p, f) => p * f[k], 1));
  return { figures, cost: { value: product('value'), low: product('low'), high: product('high') } };
}
