// Parameter recovery: 50 000 customers simulated from known parameters give estimates within two
// standard errors of them (seeded, so the draw is the same on every run).
import { describe, expect, it } from 'vitest';
import { fitBgNbd } from './bgnbd';
import { fitGammaGamma } from './gammagamma';
import { simulateCustomers } from './simulate';

const truth = { r: 0.6, alpha: 5, a: 0.8, b: 2.5 };
const spendTruth = { p: 6, q: 4, v: 15 };
const customers = simulateCustomers(truth, spendTruth, 50_000, { seed: 20261206 });

describe('parameter recovery from 50 000 simulated customers', () => {
  it('BG/NBD: r, alpha, a, b within two standard errors', () => {
    const fit = fitBgNbd(customers);
    for (const k of ['r', 'alpha', 'a', 'b'] as const) {
      expect(Number.isFinite(fit.se[k])).toBe(true);
      expect(Math.abs(fit.params[k] - truth[k])).toBeLessThan(2 * fit.se[k]);
    }
  });

  it('Gamma-Gamma: p, q, v within two standard errors', () => {
    const fit = fitGammaGamma(customers.filter((c) => c.x > 0));
    for (const k of ['p', 'q', 'v'] as const) {
      expect(Number.isFinite(fit.se[k])).toBe(true);
      expect(Math.abs(fit.params[k] - spendTruth[k])).toBeLessThan(2 * fit.se[k]);
    }
  });
});
