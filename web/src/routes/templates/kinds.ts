// THE table of coupon kinds for the template form: which denomination fields each kind shows, which
// it requires, which bounds its maximum value, how its value reads in the wallet and what one coupon
// can be worth at most. The form, the preview, the validation and the tests all read this table only:
// a new kind (buy-X-get-Y, shipping, per-unit …) is one entry in KINDS plus its fields in FIELDS.
import { interestBonus } from '@couponflow/schema';
import type { CouponKind } from '../../gql/graphql';
import { money, percent } from '../../lib/money';

/** How a denomination field is typed in and sent. */
export type FieldUnit =
  /** Major units typed, minor units sent. */
  | 'money'
  /** Percent typed (9.5), basis points sent (950). */
  | 'percent'
  | 'count'
  | 'text';

export interface FieldSpec {
  label: string;
  unit: FieldUnit;
  /** The CreateTemplateInput field it is sent as. */
  input: string;
  description?: string;
  /** Smallest accepted value (in the typed unit); money and counts are never negative. */
  min?: number;
  /** Largest accepted value (in the typed unit). */
  max?: number;
}

/** Every denomination field a kind can use (in the order the form shows them). */
export const FIELDS = {
  amount: { label: 'Amount off', unit: 'money', input: 'amount', min: 0.01 },
  discountPercent: {
    label: 'Percent off',
    unit: 'percent',
    input: 'discountBp',
    description: 'Of the eligible amount, e.g. 10 for 10 % off',
    min: 0.01,
    max: 100,
  },
  step: {
    label: 'For every',
    unit: 'money',
    input: 'step',
    description: 'Every full step spent gives the amount off',
    min: 0.01,
  },
  threshold: {
    label: 'Minimum spend',
    unit: 'money',
    input: 'threshold',
    description: 'On eligible lines; 0 = no minimum',
    min: 0,
  },
  cap: {
    label: 'Most off per order',
    unit: 'money',
    input: 'cap',
    description: 'The cap; a budgeted campaign needs one',
    min: 0.01,
  },
  sku: { label: 'Free SKU', unit: 'text', input: 'sku' },
  units: { label: 'Units free', unit: 'count', input: 'units', min: 1 },
  unitValue: {
    label: 'Value of one unit',
    unit: 'money',
    input: 'unitValue',
    description: 'For budgets: what one free unit costs',
    min: 0,
  },
  balance: {
    label: 'Stored value',
    unit: 'money',
    input: 'balance',
    description: 'Spent across orders until used up',
    min: 0.01,
  },
  ratePercent: {
    label: 'Extra annual interest',
    unit: 'percent',
    input: 'rateBp',
    description: 'Percent per year, e.g. 1.5',
    min: 0.01,
    max: 1000,
  },
  days: { label: 'For at most (days)', unit: 'count', input: 'days', min: 1, max: 3650 },
  principalCap: { label: 'Principal up to', unit: 'money', input: 'principalCap', min: 0.01 },
} as const satisfies Record<string, FieldSpec>;

export type KindField = keyof typeof FIELDS;

/** Denomination values as typed: money in major units, percents in percent, counts, SKU text. */
export type Denomination = Partial<Record<KindField, number | string | null>>;

export interface KindSpec {
  label: string;
  summary: string;
  /** The fields the form shows for this kind, in order. */
  fields: readonly KindField[];
  /** Of those, the ones the server requires. */
  required: readonly KindField[];
  /** The field that bounds the maximum value when it is optional (a budgeted campaign needs it). */
  boundedBy?: KindField;
  /** The wallet's headline: "$5.00 off", "10 % off". */
  headline(d: Denominated): string;
  /** The most one coupon can be worth in minor units (null: unbounded). */
  maxValue(d: Denominated): number | null;
}

/** Denomination in API units (minor units, bp); null where empty. */
export type Denominated = Record<KindField, number | null> & { sku: string | null };

const or0 = (n: number | null) => n ?? 0;

export const KINDS: Record<CouponKind, KindSpec> = {
  AMOUNT_OFF: {
    label: 'Amount off',
    summary: 'A fixed amount off, optionally from a minimum spend',
    fields: ['amount', 'threshold'],
    required: ['amount'],
    headline: (d) => `${money(or0(d.amount))} off`,
    maxValue: (d) => or0(d.amount),
  },
  PERCENT_OFF: {
    label: 'Percent off',
    summary: 'A percentage off, with a cap on the discount',
    fields: ['discountPercent', 'cap', 'threshold'],
    required: ['discountPercent'],
    boundedBy: 'cap',
    headline: (d) =>
      `${percent(or0(d.discountPercent))} off${d.cap != null ? `, up to ${money(d.cap)}` : ''}`,
    maxValue: (d) => d.cap,
  },
  STEP_AMOUNT_OFF: {
    label: 'Step amount off',
    summary: 'An amount off for every full step spent',
    fields: ['amount', 'step', 'cap', 'threshold'],
    required: ['amount', 'step'],
    boundedBy: 'cap',
    headline: (d) =>
      `${money(or0(d.amount))} off every ${money(or0(d.step))} spent${d.cap != null ? `, up to ${money(d.cap)}` : ''}`,
    maxValue: (d) => d.cap,
  },
  MERCHANDISE: {
    label: 'Free merchandise',
    summary: 'A named product free, up to a number of units',
    fields: ['sku', 'units', 'unitValue', 'threshold'],
    required: ['sku', 'units'],
    boundedBy: 'unitValue',
    headline: (d) => `${or0(d.units)} × ${d.sku || 'product'} free`,
    maxValue: (d) => (d.unitValue ? or0(d.units) * d.unitValue : null),
  },
  CASH: {
    label: 'Cash',
    summary: 'A stored value spent across orders until it is used up',
    fields: ['balance'],
    required: ['balance'],
    headline: (d) => `${money(or0(d.balance))} to spend`,
    maxValue: (d) => or0(d.balance),
  },
  INTEREST_RATE: {
    label: 'Interest rate',
    summary: 'Extra annual interest on an investment, for some days and up to a principal',
    fields: ['ratePercent', 'days', 'principalCap'],
    required: ['ratePercent', 'days', 'principalCap'],
    headline: (d) =>
      `+${percent(or0(d.ratePercent))} a year for ${or0(d.days)} days on up to ${money(or0(d.principalCap))}`,
    maxValue: (d) =>
      d.ratePercent && d.days && d.principalCap
        ? interestBonus({
            principal: d.principalCap,
            principalCap: d.principalCap,
            rateBp: d.ratePercent,
            termDays: d.days,
            maxDays: d.days,
          })
        : 0,
  },
};

export const KIND_ORDER = Object.keys(KINDS) as CouponKind[];

/** The denomination fields no kind uses are never shown; those of other kinds are never sent. */
export const kindFields = (kind: CouponKind): readonly KindField[] => KINDS[kind].fields;
