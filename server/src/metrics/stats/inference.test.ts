// Reference values were computed independently with SciPy 1.17 / NumPy 2.4 (script in the comment of
// each case): scipy.stats.ttest_ind(equal_var=False) and its confidence_interval, scipy.stats.chisquare,
// and the delta-method, CUPED and mixture formulas written out by hand in NumPy.
import { describe, expect, it } from 'vitest';
import {
  alwaysValid,
  cuped,
  ratioLift,
  ratioOf,
  relativeLift,
  sampleRatioMismatch,
  welch,
} from './inference';
import { momentsOf, sumsOf } from './moments';

/** Agreement to `digits` significant digits. */
const sig = (actual: number, expected: number, digits = 4) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(0.5 * 10 ** (1 - digits) * Math.abs(expected));

// Wikipedia's first Welch example (A1, A2).
const treated = [19.8, 20.4, 19.6, 17.8, 18.5, 18.9, 18.3, 18.9, 19.5, 22.0];
const control = [
  28.2, 26.6, 20.1, 23.3, 25.2, 22.1, 17.7, 27.6, 20.6, 13.7, 23.2, 17.5, 20.6, 18.0, 23.9, 21.6, 24.3, 20.4,
  24.0, 13.2,
];

describe('welch', () => {
  it('matches scipy.stats.ttest_ind(equal_var=False): t −2.219, df 24.50, p 0.03597, CI [−4.282, −0.1576]', () => {
    const r = welch(momentsOf(treated), momentsOf(control));
    sig(r.t, -2.2192409158236233);
    sig(r.df, 24.496223124201244);
    sig(r.p, 0.03597227102979692);
    sig(r.low, -4.282393535504645);
    sig(r.high, -0.15760646449535276);
  });

  it('gives a zero-width interval and p = 1 for two identical constant arms', () => {
    const r = welch(momentsOf([5, 5, 5]), momentsOf([5, 5]));
    expect(r).toMatchObject({ estimate: 0, se: 0, p: 1 });
  });
});

describe('relativeLift (delta method)', () => {
  it('matches the hand formula in NumPy: −10.28 % ± 1.96 × 0.04229', () => {
    const r = relativeLift(momentsOf(treated), momentsOf(control))!;
    sig(r.estimate, -0.1028253821213524);
    sig(r.se, 0.04229242834282376);
    sig(r.low, -0.18571701849202799);
    sig(r.high, -0.019933745750676815);
  });

  it('is undefined when the control mean is zero', () => {
    expect(relativeLift(momentsOf([1, 2]), momentsOf([0, 0]))).toBeNull();
  });
});

describe('ratio metrics (revenue per order, delta method)', () => {
  const t = sumsOf([10, 25, 0, 33, 12, 9, 20, 0, 11, 41, 26, 10], [1, 2, 0, 3, 1, 1, 2, 0, 1, 4, 2, 1]);
  const c = sumsOf([9, 0, 18, 10, 12, 27, 0, 8, 21, 11], [1, 0, 2, 1, 1, 3, 0, 1, 2, 1]);

  it('per arm: ratio and variance as NumPy computes them', () => {
    const rt = ratioOf(t)!;
    const rc = ratioOf(c)!;
    sig(rt.ratio, 10.944444444444445);
    sig(rt.variance, 0.15008105748846443);
    sig(rc.ratio, 9.666666666666666);
    sig(rc.variance, 0.14746227709190665);
  });

  it('between arms: absolute 1.278 (se 0.5455), relative 13.22 % (se 0.06024)', () => {
    const r = ratioLift(t, c)!;
    sig(r.absolute.estimate, 1.2777777777777786);
    sig(r.absolute.se, 0.5454753290299856);
    sig(r.relative!.estimate, 0.13218390804597702);
    sig(r.relative!.se, 0.06024067324697274);
  });
});

describe('cuped', () => {
  const t = sumsOf([7, 9, 3, 12, 6, 7, 9, 4, 6, 13], [5, 8, 2, 9, 4, 6, 7, 3, 5, 10]);
  const c = sumsOf([6, 3, 9, 5, 7, 5, 10, 2, 7, 5, 4, 9], [6, 3, 8, 4, 7, 5, 9, 2, 6, 5, 4, 8]);

  it('θ, adjusted moments and the Welch interval on adjusted values match NumPy/SciPy', () => {
    const r = cuped(t, c);
    sig(r.theta, 1.1957928802588997);
    sig(r.treatment.mean, 7.393453957046189);
    sig(r.treatment.variance, 0.38460592508806285);
    sig(r.control.mean, 6.172121702461507);
    sig(r.control.variance, 0.19043791593631362);
    const w = welch(r.treatment, r.control);
    sig(w.t, 5.239770918582539);
    sig(w.low, 0.7266031738180534);
    sig(w.high, 1.71606133535131);
    expect(r.varianceReduction).toBeGreaterThan(0.9);
  });

  it('without a pre-period covariate it changes nothing (θ = 0)', () => {
    const r = cuped(sumsOf([1, 2, 3]), sumsOf([2, 3, 4]));
    expect(r.theta).toBe(0);
    expect(r.treatment).toEqual(momentsOf([1, 2, 3]));
  });
});

describe('sampleRatioMismatch', () => {
  it('50 500 / 49 500 on a 50/50 split: χ² 10.00, p 0.001565 (scipy.stats.chisquare): no mismatch', () => {
    const r = sampleRatioMismatch([50_500, 49_500], [50, 50]);
    sig(r.chiSquare, 10);
    sig(r.p, 0.001565402258002549);
    expect(r.mismatch).toBe(false);
  });

  it('9 100 / 900 on a 90/10 split: χ² 11.11, p 0.0008581: mismatch', () => {
    const r = sampleRatioMismatch([9_100, 900], [90, 10]);
    sig(r.chiSquare, 11.11111111111111);
    sig(r.p, 0.0008581206663936758);
    expect(r.mismatch).toBe(true);
  });
});

describe('alwaysValid', () => {
  it('normal-mixture boundary for estimate 1.5, se 0.5, τ² 1: [−0.04119, 3.041]', () => {
    const r = alwaysValid(1.5, 0.5, 1);
    sig(r.low, -0.041194996944546425);
    sig(r.high, 3.0411949969445464);
  });

  it('is wider than the fixed-horizon interval', () => {
    const r = alwaysValid(1.5, 0.5, 1);
    expect(r.high - r.low).toBeGreaterThan(2 * 1.959964 * 0.5);
  });
});
