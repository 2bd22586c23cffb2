// Gamma-Gamma (Fader, Hardie & Lee 2005, "RFM and CLV"): the value of a customer's purchases.
// Each purchase value ~ Gamma(p, ν) with the customer's ν ~ Gamma(q, γ); fitted on customers with at
// least one repeat purchase from x (their count) and m (their mean value).
import gammaln from '@stdlib/math-base-special-gammaln';
import { type Fit, maximiseLikelihood } from './mle';

export interface SpendSummary {
  x: number;
  /** Mean value of the x repeat purchases (> 0). */
  m: number;
}

export interface GammaGammaParams {
  p: number;
  q: number;
  v: number;
}

export const GAMMAGAMMA_PARAMS = ['p', 'q', 'v'] as const;

interface SpendColumns {
  n: number;
  x: Float64Array;
  m: Float64Array;
  logM: Float64Array;
  xIndex: Int32Array;
  distinctX: number[];
}

function columns(customers: readonly SpendSummary[]): SpendColumns {
  const usable = customers.filter((c) => c.x > 0 && c.m > 0);
  const n = usable.length;
  const x = new Float64Array(n);
  const m = new Float64Array(n);
  const logM = new Float64Array(n);
  const xIndex = new Int32Array(n);
  const index = new Map<number, number>();
  const distinctX: number[] = [];
  usable.forEach((c, i) => {
    x[i] = c.x;
    m[i] = c.m;
    logM[i] = Math.log(c.m);
    let k = index.get(c.x);
    if (k === undefined) {
      k = distinctX.length;
      distinctX.push(c.x);
      index.set(c.x, k);
    }
    xIndex[i] = k;
  });
  return { n, x, m, logM, xIndex, distinctX };
}

function logLikelihood({ p, q, v }: GammaGammaParams, d: SpendColumns): number {
  const base = -gammaln(q) + q * Math.log(v);
  const termX = d.distinctX.map((x) => base + gammaln(p * x + q) - gammaln(p * x) + p * x * Math.log(x));
  let ll = 0;
  for (let i = 0; i < d.n; i++) {
    const px = p * d.x[i]!;
    ll += termX[d.xIndex[i]!]! + (px - 1) * d.logM[i]! - (px + q) * Math.log(d.x[i]! * d.m[i]! + v);
  }
  return ll;
}

export function gammaGammaLogLikelihood(
  params: GammaGammaParams,
  customers: readonly SpendSummary[],
): number {
  return logLikelihood(params, columns(customers));
}

export function fitGammaGamma(customers: readonly SpendSummary[]): Fit<(typeof GAMMAGAMMA_PARAMS)[number]> {
  const d = columns(customers);
  return maximiseLikelihood(
    GAMMAGAMMA_PARAMS,
    ([p, q, v]) => logLikelihood({ p: p!, q: q!, v: v! }, d),
    [1, 1, 1],
    Math.max(1, d.n),
  );
}

/** E[value of a purchase | x, m]: the population mean shrunk towards the customer's own mean. */
export function expectedPurchaseValue({ p, q, v }: GammaGammaParams, c: SpendSummary): number {
  return (p * (v + c.x * c.m)) / (p * c.x + q - 1);
}
