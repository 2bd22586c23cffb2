// BG/NBD and Gamma-Gamma against the published CDNOW figures (fixtures/README.md).
import { describe, expect, it } from 'vitest';
import { expectedPurchases, fitBgNbd } from './bgnbd';
import { cdnowCustomers } from './cdnow';
import { groupValue } from './expected';
import { fitGammaGamma } from './gammagamma';

const customers = cdnowCustomers();

/** Agreement to `digits` significant digits. */
const sig = (actual: number, expected: number, digits = 3) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(
    0.5 * 10 ** (1 - digits) * Math.abs(expected) + 1e-12,
  );

describe('BG/NBD on CDNOW (2 357 customers, 39 weeks)', () => {
  const fit = fitBgNbd(customers);

  it('r 0.243, alpha 4.414, a 0.793, b 2.426, log-likelihood −9 582.4', () => {
    expect(customers).toHaveLength(2357);
    sig(fit.params.r, 0.243);
    sig(fit.params.alpha, 4.414);
    sig(fit.params.a, 0.793);
    sig(fit.params.b, 2.426);
    sig(fit.logLikelihood, -9582.4, 5);
  });

  it('standard errors 0.0126, 0.378, 0.186, 0.705 from the Hessian', () => {
    sig(fit.se.r, 0.0126);
    sig(fit.se.alpha, 0.378);
    sig(fit.se.a, 0.186);
    sig(fit.se.b, 0.705);
  });

  it('customer 1 (x 2, t_x 30.43, T 38.86) expects 1.226 purchases in the next 39 weeks', () => {
    sig(expectedPurchases(fit.params, { x: 2, tx: 30.43, T: 38.86 }, 39), 1.226, 4);
  });
});

describe('Gamma-Gamma on CDNOW (946 customers with repeat purchases)', () => {
  const spenders = customers.filter((c) => c.x > 0);
  const fit = fitGammaGamma(spenders);

  it('p 6.25, q 3.74, v 15.44', () => {
    expect(spenders).toHaveLength(946);
    sig(fit.params.p, 6.25);
    sig(fit.params.q, 3.74);
    sig(fit.params.v, 15.44);
  });
});

describe('expected value of a group (BG/NBD × Gamma-Gamma, 39 weeks)', () => {
  const purchases = fitBgNbd(customers);
  const spend = fitGammaGamma(customers.filter((c) => c.x > 0));

  it('the whole cohort: a positive value inside its interval', () => {
    const all = groupValue(purchases, spend, customers, 39)!;
    expect(all.customers).toBe(2357);
    expect(all.value).toBeGreaterThan(0);
    expect(all.low).toBeLessThan(all.value);
    expect(all.high).toBeGreaterThan(all.value);
  });

  it('a small group gets a wider interval than the whole cohort', () => {
    const all = groupValue(purchases, spend, customers, 39)!;
    const few = groupValue(purchases, spend, customers.slice(0, 40), 39)!;
    expect(few.high - few.low).toBeGreaterThan(all.high - all.low);
  });

  it('an empty group has no value', () => {
    expect(groupValue(purchases, spend, [], 39)).toBeNull();
  });
});
