// The budget page's pure parts (tested in budgetRows.test.ts): the burn-down from the daily subsidy
// series, the committed parts of a budget, and the forecast's figures as table rows.
import type { Column, Row } from '../../charts/csv';
import { major, moneyText, numberText, percentText } from '../../charts/format';

/**
 * Budget remaining at the end of each day: the budget minus the cumulative subsidy (redeemed discounts
 * net of refunds) up to that day. Without a budget, remaining is null and only the spend accumulates.
 */
export function burnDownRows(
  budget: number | null,
  daily: readonly { date: string; subsidy: number }[],
): Row[] {
  let spent = 0;
  return daily.map((d) => {
    spent += d.subsidy;
    return {
      date: d.date,
      subsidy: major(d.subsidy),
      spent: major(spent),
      remaining: budget == null ? null : major(budget - spent),
    };
  });
}

const money = (v: unknown) => moneyText(typeof v === 'number' ? v : null);

export const burnDownColumns: Column[] = [
  { key: 'date', label: 'Date' },
  { key: 'subsidy', label: 'Subsidy that day', format: money },
  { key: 'spent', label: 'Spent to date', format: money },
  { key: 'remaining', label: 'Budget remaining', format: money },
];

export interface BudgetParts {
  budget: number | null;
  spent: number;
  reserved: number;
  liability: number;
  headroom: number | null;
}

/** Spent, reserved, liability and headroom in major units with their share of the budget. */
export function budgetRows(s: BudgetParts): Row[] {
  const share = (v: number) => (s.budget ? v / s.budget : null);
  const parts: [string, number | null][] = [
    ['Spent', s.spent],
    ['Reserved', s.reserved],
    ['Liability', s.liability],
    ['Headroom', s.headroom],
  ];
  return parts.map(([part, v]) => ({
    part,
    amount: v == null ? null : major(v),
    ofBudget: v == null ? null : share(v),
  }));
}

export const budgetColumns: Column[] = [
  { key: 'part', label: 'Part' },
  { key: 'amount', label: 'Amount', format: money },
  { key: 'ofBudget', label: 'Of budget', format: (v) => percentText(v as number | null) },
];

export const FIGURE_LABEL: Record<string, string> = {
  audienceSize: 'Audience size',
  claimRate: 'Claim rate',
  redemptionRate: 'Redemption rate',
  meanDiscount: 'Mean discount',
};

const RATES = new Set(['claimRate', 'redemptionRate']);

/** A forecast figure's value as text: rates as percentages, the discount as money, sizes as counts. */
export function figureText(name: string, v: number): string {
  if (RATES.has(name)) return percentText(v);
  if (name === 'meanDiscount') return moneyText(v / 100);
  return numberText(v);
}

export interface Figure {
  name: string;
  value: number;
  low: number;
  high: number;
  source: string;
  basis: string;
}

/** One row per figure: value and range as the figure reads (rates in %, money in major units). */
export function figureRows(figures: readonly Figure[]): Row[] {
  const shown = (name: string, v: number) =>
    RATES.has(name) ? Math.round(v * 10_000) / 100 : name === 'meanDiscount' ? v / 100 : v;
  return figures.map((f) => ({
    figure: FIGURE_LABEL[f.name] ?? f.name,
    value: shown(f.name, f.value),
    low: shown(f.name, f.low),
    high: shown(f.name, f.high),
    source: f.source,
    basis: f.basis,
  }));
}
