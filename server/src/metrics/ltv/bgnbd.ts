// BG/NBD (Fader, Hardie & Lee 2005): how many purchases a customer makes while still "alive".
// Purchases follow a Poisson process with rate λ ~ Gamma(r, α); after each purchase the customer
// drops out with probability p ~ Beta(a, b). A customer is summarised by x (repeat purchases), t_x
// (time of the last one since the first purchase) and T (time since the first purchase), in periods.
import digamma from '@stdlib/math-base-special-digamma';
import gammaln from '@stdlib/math-base-special-gammaln';
import hyp2f1 from '@stdlib/math-base-special-hyp2f1';
import { type Fit, maximiseLikelihood } from './mle';

export interface Rfm {
  x: number;
  tx: number;
  T: number;
}

export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

export const BGNBD_PARAMS = ['r', 'alpha', 'a', 'b'] as const;

/** Customers in columns, with the distinct purchase counts factored out (terms that depend on x only). */
export interface RfmColumns {
  n: number;
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  /** Index of each customer's x in `distinctX`. */
  xIndex: Int32Array;
  distinctX: number[];
}

export function columns(customers: readonly Rfm[]): RfmColumns {
  const n = customers.length;
  const x = new Float64Array(n);
  const tx = new Float64Array(n);
  const T = new Float64Array(n);
  const xIndex = new Int32Array(n);
  const index = new Map<number, number>();
  const distinctX: number[] = [];
  customers.forEach((c, i) => {
    x[i] = c.x;
    tx[i] = c.tx;
    T[i] = c.T;
    let k = index.get(c.x);
    if (k === undefined) {
      k = distinctX.length;
      distinctX.push(c.x);
      index.set(c.x, k);
    }
    xIndex[i] = k;
  });
  return { n, x, tx, T, xIndex, distinctX };
}

/** The model's log-likelihood summed over customers (eq. 6 of the paper, in logs). */
export function bgnbdLogLikelihood(p: BgNbdParams, d: RfmColumns): number {
  const { r, alpha, a, b } = p;
  const base = gammaln(a + b) - gammaln(b) - gammaln(r) + r * Math.log(alpha);
  // Terms of each distinct x: lnΓ(r+x) + lnΓ(b+x) − lnΓ(a+b+x), and ln a − ln(b+x−1) for x > 0.
  const termX = d.distinctX.map((x) => base + gammaln(r + x) + gammaln(b + x) - gammaln(a + b + x));
  const dropX = d.distinctX.map((x) =>
    x > 0 ? Math.log(a) - Math.log(b + x - 1) : Number.NEGATIVE_INFINITY,
  );
  let ll = 0;
  for (let i = 0; i < d.n; i++) {
    const k = d.xIndex[i]!;
    const rx = r + d.x[i]!;
    const a3 = -rx * Math.log(alpha + d.T[i]!);
    const a4 = dropX[k]! - rx * Math.log(alpha + d.tx[i]!);
    // log(e^a3 + e^a4) without overflow.
    const hi = a3 > a4 ? a3 : a4;
    const lo = a3 > a4 ? a4 : a3;
    ll += termX[k]! + hi + Math.log1p(Math.exp(lo - hi));
  }
  return ll;
}

/** ∂LL/∂(r, α, a, b), summed over customers (the derivative of each term of `bgnbdLogLikelihood`). */
export function bgnbdGradient(p: BgNbdParams, d: RfmColumns): [number, number, number, number] {
  const { r, alpha, a, b } = p;
  const psiR = digamma(r);
  const psiAB = digamma(a + b);
  const psiB = digamma(b);
  const dr0 = d.distinctX.map((x) => digamma(r + x) - psiR + Math.log(alpha));
  const da0 = d.distinctX.map((x) => psiAB - digamma(a + b + x));
  const db0 = d.distinctX.map((x) => psiAB - psiB + digamma(b + x) - digamma(a + b + x));
  const dropX = d.distinctX.map((x) =>
    x > 0 ? Math.log(a) - Math.log(b + x - 1) : Number.NEGATIVE_INFINITY,
  );
  let gr = 0;
  let ga = 0;
  let gA = 0;
  let gb = 0;
  for (let i = 0; i < d.n; i++) {
    const k = d.xIndex[i]!;
    const x = d.x[i]!;
    const rx = r + x;
    const logT = Math.log(alpha + d.T[i]!);
    const logTx = Math.log(alpha + d.tx[i]!);
    // Weight of the "dropped out after t_x" branch in log(e^a3 + e^a4).
    const w4 = x > 0 ? 1 / (1 + Math.exp(-rx * logT - (dropX[k]! - rx * logTx))) : 0;
    const w3 = 1 - w4;
    gr += dr0[k]! - w3 * logT - w4 * logTx;
    ga += r / alpha - (w3 * rx) / (alpha + d.T[i]!) - (w4 * rx) / (alpha + d.tx[i]!);
    gA += da0[k]! + w4 / a;
    gb += db0[k]! - (x > 0 ? w4 / (b + x - 1) : 0);
  }
  return [gr, ga, gA, gb];
}

export function fitBgNbd(customers: readonly Rfm[]): Fit<(typeof BGNBD_PARAMS)[number]> {
  const d = columns(customers);
  const params = ([r, alpha, a, b]: readonly number[]) => ({ r: r!, alpha: alpha!, a: a!, b: b! });
  return maximiseLikelihood(
    BGNBD_PARAMS,
    (theta) => bgnbdLogLikelihood(params(theta), d),
    [1, 1, 1, 1],
    Math.max(1, d.n),
    (theta) => bgnbdGradient(params(theta), d),
  );
}

/** E[purchases in the next t periods | x, t_x, T] (eq. 10 of the paper). */
export function expectedPurchases(p: BgNbdParams, c: Rfm, t: number): number {
  const { r, alpha, a, b } = p;
  const { x, tx, T } = c;
  if (t <= 0) return 0;
  const aa = r + x;
  const bb = b + x;
  const cc = a + b + x - 1;
  const z = t / (alpha + T + t);
  let logHyp = Math.log(hyp2f1(aa, bb, cc, z));
  // Euler's transformation when the series overflows.
  if (!Number.isFinite(logHyp))
    logHyp = Math.log(hyp2f1(cc - aa, cc - bb, cc, z)) + (cc - aa - bb) * Math.log(1 - z);
  const numerator =
    ((a + b + x - 1) / (a - 1)) * (1 - Math.exp(logHyp + (r + x) * Math.log((alpha + T) / (alpha + t + T))));
  const denominator = 1 + (x > 0 ? (a / (b + x - 1)) * ((alpha + T) / (alpha + tx)) ** (r + x) : 0);
  return numerator / denominator;
}

/** P(still alive | x, t_x, T). */
export function probabilityAlive(p: BgNbdParams, c: Rfm): number {
  if (c.x === 0) return 1;
  const { r, alpha, a, b } = p;
  return 1 / (1 + (a / (b + c.x - 1)) * ((alpha + c.T) / (alpha + c.tx)) ** (r + c.x));
}
