// Customers drawn from known BG/NBD and Gamma-Gamma parameters (seeded), for parameter-recovery tests
// and benchmarks. Generators from @stdlib (Gamma, Beta); the processes themselves follow the models.
import beta from '@stdlib/random-base-beta';
import gamma from '@stdlib/random-base-gamma';
import type { BgNbdParams, Rfm } from './bgnbd';
import type { GammaGammaParams, SpendSummary } from './gammagamma';

export interface SimulatedCustomer extends Rfm, SpendSummary {}

/**
 * `n` customers whose observation periods T are uniform in [minT, maxT]: purchases arrive as a Poisson
 * process with rate λ ~ Gamma(r, α); after each repeat purchase the customer drops out with probability
 * p ~ Beta(a, b); each purchase's value ~ Gamma(p, ν) with ν ~ Gamma(q, v).
 */
export function simulateCustomers(
  purchases: BgNbdParams,
  spend: GammaGammaParams,
  n: number,
  { seed = 1, minT = 13, maxT = 52 } = {},
): SimulatedCustomer[] {
  const g = gamma.factory({ seed });
  const bt = beta.factory({ seed: seed + 1 });
  const out: SimulatedCustomer[] = [];
  for (let i = 0; i < n; i++) {
    const T = minT + (maxT - minT) * bt(1, 1);
    const lambda = g(purchases.r, purchases.alpha);
    const dropout = bt(purchases.a, purchases.b);
    const nu = g(spend.q, spend.v);
    let t = 0;
    let x = 0;
    let tx = 0;
    let total = 0;
    for (;;) {
      t += g(1, lambda);
      if (t > T) break;
      x++;
      tx = t;
      total += g(spend.p, nu);
      if (bt(1, 1) < dropout) break;
    }
    out.push({ x, tx, T, m: x > 0 ? total / x : 0 });
  }
  return out;
}
