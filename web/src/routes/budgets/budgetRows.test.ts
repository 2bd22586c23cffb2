// The burn-down from the daily subsidy series, the committed parts, and the forecast's figures.
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../charts/csv';
import { budgetRows, burnDownColumns, burnDownRows, figureRows, figureText } from './budgetRows';

describe('burnDownRows', () => {
  const daily = [
    { date: '2026-12-01', subsidy: 10_000 },
    { date: '2026-12-02', subsidy: 0 },
    { date: '2026-12-03', subsidy: 25_050 },
  ];

  it('subtracts the cumulative subsidy from the budget, day by day', () => {
    expect(burnDownRows(50_000, daily)).toEqual([
      { date: '2026-12-01', subsidy: 100, spent: 100, remaining: 400 },
      { date: '2026-12-02', subsidy: 0, spent: 100, remaining: 400 },
      { date: '2026-12-03', subsidy: 250.5, spent: 350.5, remaining: 149.5 },
    ]);
  });

  it('goes below zero when the budget is overspent, and has no remaining without a budget', () => {
    expect(burnDownRows(20_000, daily).at(-1)!.remaining).toBe(-150.5);
    expect(burnDownRows(null, daily).map((r) => r.remaining)).toEqual([null, null, null]);
  });

  it('writes the burn-down to CSV', () => {
    expect(toCsv(burnDownColumns, burnDownRows(50_000, daily.slice(0, 1)))).toBe(
      'Date,Subsidy that day,Spent to date,Budget remaining\r\n2026-12-01,100,100,400',
    );
  });
});

describe('budgetRows', () => {
  it('gives each part its share of the budget', () => {
    const rows = budgetRows({
      budget: 100_000,
      spent: 25_000,
      reserved: 5_000,
      liability: 20_000,
      headroom: 50_000,
    });
    expect(rows.map((r) => [r.part, r.amount, r.ofBudget])).toEqual([
      ['Spent', 250, 0.25],
      ['Reserved', 50, 0.05],
      ['Liability', 200, 0.2],
      ['Headroom', 500, 0.5],
    ]);
  });

  it('has no shares without a budget', () => {
    const rows = budgetRows({ budget: null, spent: 1, reserved: 0, liability: 0, headroom: null });
    expect(rows.map((r) => r.ofBudget)).toEqual([null, null, null, null]);
  });
});

describe('forecast figures', () => {
  const figures = [
    { name: 'audienceSize', value: 1000, low: 1000, high: 1000, source: 'EXACT', basis: 'static audience' },
    { name: 'redemptionRate', value: 0.3, low: 0.1, high: 0.6, source: 'PRIOR', basis: 'no history' },
    { name: 'meanDiscount', value: 500, low: 250, high: 500, source: 'HISTORY', basis: '42 redemptions' },
  ];

  it('reads rates as percentages and the discount as money', () => {
    expect(figureText('redemptionRate', 0.3)).toBe('30.0%');
    expect(figureText('meanDiscount', 500)).toBe('5.00');
    expect(figureText('audienceSize', 1000)).toBe('1,000');
  });

  it('keeps each figure with its source and range in the rows', () => {
    expect(figureRows(figures)).toEqual([
      {
        figure: 'Audience size',
        value: 1000,
        low: 1000,
        high: 1000,
        source: 'EXACT',
        basis: 'static audience',
      },
      { figure: 'Redemption rate', value: 30, low: 10, high: 60, source: 'PRIOR', basis: 'no history' },
      { figure: 'Mean discount', value: 5, low: 2.5, high: 5, source: 'HISTORY', basis: '42 redemptions' },
    ]);
  });
});
