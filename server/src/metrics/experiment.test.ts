import { describe, expect, it } from 'vitest';
import { analyse, type ArmConfig, moneyText, pooledShares, weighAlike } from './experiment';

const fifty: ArmConfig[] = [
  { id: 'treat', percent: 50, control: false },
  { id: 'ctrl', percent: 50, control: true },
];
const solidified: ArmConfig[] = [
  { id: 'treat', percent: 90, control: false },
  { id: 'ctrl', percent: 10, control: true },
];

describe('expected shares over re-weighted versions', () => {
  it('keeps the split as it is when every version weighs the arms alike', () => {
    const weights = new Map([
      [1, fifty],
      [2, fifty],
    ]);
    expect(weighAlike(fifty, weights)).toBe(true);
    expect(pooledShares(fifty, weights, [{ version: 1, n: 10 }])).toEqual(fifty);
  });

  it('pools each version’s weights by the users it exposed', () => {
    // 200 users under 50/50, then 100 under 90/10: treat expects (200·50 + 100·90) / 300 = 63.33 %.
    const weights = new Map([
      [1, fifty],
      [2, solidified],
    ]);
    expect(weighAlike(solidified, weights)).toBe(false);
    const pooled = pooledShares(solidified, weights, [
      { version: 1, n: 200 },
      { version: 2, n: 100 },
    ]);
    expect(pooled.map((a) => a.percent)).toEqual([(200 * 50 + 100 * 90) / 300, (200 * 50 + 100 * 10) / 300]);
  });

  it('raises no sample-ratio mismatch for a split solidified after a balanced test', () => {
    // 1 000 / 1 000 exposed under 50/50, then 900 / 100 under 90/10: against the new weights alone
    // (1 900 / 1 100 vs 90/10) that is a gross mismatch; against the pooled ones it is exact.
    const weights = new Map([
      [1, fifty],
      [2, solidified],
    ]);
    const exposed = new Map([
      ['treat', 1900],
      ['ctrl', 1100],
    ]);
    const opts = { minUsersPerArm: 100, sequential: false, level: 0.95 };
    expect(analyse(solidified, [], exposed, opts).srm.mismatch).toBe(true);
    const pooled = pooledShares(solidified, weights, [
      { version: 1, n: 2000 },
      { version: 2, n: 1000 },
    ]);
    expect(analyse(pooled, [], exposed, opts).srm.mismatch).toBe(false);
  });
});

describe('evidence in money', () => {
  it('writes amounts in the currency’s major units', () => {
    expect(moneyText('USD')(20_000)).toBe('200.00 USD');
    expect(moneyText('JPY')(20_000)).toBe('20000 JPY');
    expect(moneyText('USD')(-1234.5)).toBe('-12.35 USD');
  });
});
