// THE table of coupon kinds for the template form: which denomination fields each kind shows, which
// it requires, which bounds its maximum value, how its value reads in the wallet and what one coupon
// can be worth at most. The form, the preview, the validation and the tests all read this table only:
// a new kind (buy-X-get-Y, shipping, per-unit …) is one entry in KINDS plus its fields in FIELDS.
import { describeCoupon, interestBonus } from '@couponflow/schema';
import type { ApplyTo, CouponKind } from '../../gql/graphql';
import { money, percent } from '../../lib/money';

/** How a denomination field is typed in and sent. */
export type FieldUnit =
  /** Major units typed, minor units sent. */
  | 'money'
  /** Percent typed (9.5), basis points sent (950). */
  | 'percent'
  | 'count'
  | 'text'
  /** One of the kind's `applyTo` options. */
  | 'choice'
  /** Comma-separated names, sent as one list of a scope object (`input`.`scopeKey`). */
  | 'list'
  /** A yes/no option, sent as true when set. */
  | 'flag';

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
  /** 'list': the scope list it fills. */
  scopeKey?: 'includeSkus' | 'includeBrands' | 'includeCategories';
}

/** Every denomination field a kind can use (in the order the form shows them). */
export const FIELDS = {
  buyQuantity: {
    label: 'Buy (items)',
    unit: 'count',
    input: 'buyQuantity',
    description: 'Items of the scope bought …',
    min: 1,
  },
  getQuantity: {
    label: 'Get (items)',
    unit: 'count',
    input: 'getQuantity',
    description: '… give this many more at the discount, cheapest first',
    min: 1,
  },
  applyTo: {
    label: 'Applies to',
    unit: 'choice',
    input: 'applyTo',
    description: 'Per item and per product need SKUs, brands or categories in the scope',
  },
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
  maxUnits: {
    label: 'At most (items or products)',
    unit: 'count',
    input: 'maxUnits',
    description: 'Cheapest first; bounds the maximum value (a budgeted campaign needs it)',
    min: 1,
  },
  sku: { label: 'Free SKU', unit: 'text', input: 'sku' },
  units: { label: 'Units free', unit: 'count', input: 'units', min: 1 },
  unitValue: {
    label: 'Worth at most per free unit',
    unit: 'money',
    input: 'unitValue',
    description: 'A dearer unit is discounted by this much; bounds the maximum value',
    min: 0,
  },
  getCategories: {
    label: 'Get from categories',
    unit: 'list',
    input: 'getScope',
    scopeKey: 'includeCategories',
    description: 'Comma-separated, e.g. socks: the items got come from here, bought items from the scope',
  },
  getSkus: {
    label: 'Get from SKUs',
    unit: 'list',
    input: 'getScope',
    scopeKey: 'includeSkus',
    description: 'Comma-separated; with the categories, the “get” set',
  },
  maxApplications: {
    label: 'At most per order (times)',
    unit: 'count',
    input: 'maxApplications',
    description: 'Empty: as often as the cart allows',
    min: 1,
  },
  balance: {
    label: 'Stored value',
    unit: 'money',
    input: 'balance',
    description: 'Spent across orders until used up',
    min: 0.01,
  },
  multiplePerOrder: {
    label: 'Combines with other gift cards',
    unit: 'flag',
    input: 'multiplePerOrder',
    description: 'Several pay one order together, soonest-expiring first',
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
  minTermDays: {
    label: 'Shortest term (days)',
    unit: 'count',
    input: 'minTermDays',
    description: 'A shorter investment gets no bonus; empty = any term',
    min: 1,
    max: 3650,
  },
  minQuantity: {
    label: 'Minimum items',
    unit: 'count',
    input: 'minQuantity',
    description: 'Eligible items the cart must hold; empty = any',
    min: 1,
  },
} as const satisfies Record<string, FieldSpec>;

export type KindField = keyof typeof FIELDS;

/** Denomination values as typed: money in major units, percents in percent, counts, SKU text. */
export type Denomination = Partial<Record<KindField, number | string | null>>;

/** What a field is called for one kind when it differs from FIELDS (label and description). */
export interface FieldWords {
  label: string;
  description?: string;
}

export interface KindSpec {
  label: string;
  summary: string;
  /** The fields the form shows for this kind, in order. */
  fields: readonly KindField[];
  /** Of those, the ones the server requires. */
  required: readonly KindField[];
  /** Labels this kind gives a shared field ("Get SKU" for `sku` in buy-X-get-Y). */
  words?: Partial<Record<KindField, FieldWords>>;
  /** Values typed in for the user when the kind is chosen (buy-X-get-Y: 100 % off, i.e. free). */
  defaults?: Partial<Record<KindField, number>>;
  /** The `applyTo` options, the first being the default. */
  applyTo?: readonly ApplyTo[];
  /**
   * The field that bounds the maximum value when it is optional (a budgeted campaign needs it); a
   * function when it depends on the denomination (maxUnits only bounds per-item amounts).
   */
  boundedBy?: KindField | ((d: Denominated) => KindField | null);
  /** The wallet's headline: "$5.00 off", "10 % off". */
  headline(d: Denominated): string;
  /** The most one coupon can be worth in minor units (null: unbounded). */
  maxValue(d: Denominated): number | null;
}

/** The fields that are not numbers. */
type NonNumeric = 'sku' | 'applyTo' | 'getCategories' | 'getSkus' | 'multiplePerOrder';

/** Denomination in API units (minor units, bp); null where empty. */
export type Denominated = Record<Exclude<KindField, NonNumeric>, number | null> & {
  sku: string | null;
  applyTo: ApplyTo | null;
  getCategories: string[] | null;
  getSkus: string[] | null;
  multiplePerOrder: boolean | null;
};

/** The API input fields of a denomination (lists gathered into their scope object). */
export function apiFields(d: Partial<Denominated>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(d)) {
    if (v == null) continue;
    const spec: FieldSpec = FIELDS[k as KindField];
    if (spec.unit === 'list') {
      const scope = (out[spec.input] ?? {}) as Record<string, unknown>;
      out[spec.input] = { ...scope, [spec.scopeKey!]: v };
    } else out[spec.input] = v;
  }
  return out;
}

const or0 = (n: number | null) => n ?? 0;

/** The mechanics counted per item or per product, which show (and are bounded by) `maxUnits`. */
export const PER_UNIT: readonly ApplyTo[] = ['EACH_UNIT', 'EACH_LINE'];
const perUnit = (applyTo: unknown) => PER_UNIT.includes(applyTo as ApplyTo);

export const APPLY_TO_LABELS: Record<ApplyTo, string> = {
  ORDER: 'The order',
  EACH_UNIT: 'Each item',
  EACH_LINE: 'Each product (line)',
  CHEAPEST_ITEM: 'The cheapest item',
};

/** The shopper's sentence (schema's describeCoupon) for the value alone: no minimum spend or items. */
const described = (kind: CouponKind, d: Denominated) =>
  describeCoupon(
    {
      ...apiFields(d),
      kind,
      threshold: null,
      minQuantity: null,
    },
    money,
  );

export const KINDS: Record<CouponKind, KindSpec> = {
  AMOUNT_OFF: {
    label: 'Amount off',
    summary: 'A fixed amount off, optionally from a minimum spend',
    fields: ['applyTo', 'amount', 'maxUnits', 'threshold', 'minQuantity'],
    required: ['amount'],
    applyTo: ['ORDER', 'EACH_UNIT', 'EACH_LINE', 'CHEAPEST_ITEM'],
    boundedBy: (d) => (perUnit(d.applyTo) ? 'maxUnits' : null),
    headline: (d) =>
      d.applyTo && d.applyTo !== 'ORDER' ? described('AMOUNT_OFF', d) : `${money(or0(d.amount))} off`,
    maxValue: (d) =>
      perUnit(d.applyTo) ? (d.maxUnits != null ? or0(d.amount) * d.maxUnits : null) : or0(d.amount),
  },
  PERCENT_OFF: {
    label: 'Percent off',
    summary: 'A percentage off, with a cap on the discount',
    fields: ['discountPercent', 'applyTo', 'cap', 'threshold', 'minQuantity'],
    required: ['discountPercent'],
    applyTo: ['ORDER', 'CHEAPEST_ITEM'],
    boundedBy: 'cap',
    headline: (d) =>
      d.applyTo === 'CHEAPEST_ITEM'
        ? described('PERCENT_OFF', d)
        : `${percent(or0(d.discountPercent))} off${d.cap != null ? `, up to ${money(d.cap)}` : ''}`,
    maxValue: (d) => d.cap,
  },
  STEP_AMOUNT_OFF: {
    label: 'Step amount off',
    summary: 'An amount off for every full step spent',
    fields: ['amount', 'step', 'cap', 'threshold', 'minQuantity'],
    required: ['amount', 'step'],
    boundedBy: 'cap',
    headline: (d) =>
      `${money(or0(d.amount))} off every ${money(or0(d.step))} spent${d.cap != null ? `, up to ${money(d.cap)}` : ''}`,
    maxValue: (d) => d.cap,
  },
  MERCHANDISE: {
    label: 'Free merchandise',
    summary: 'A named product free, up to a number of units',
    fields: ['sku', 'units', 'unitValue', 'threshold', 'minQuantity'],
    required: ['sku', 'units'],
    boundedBy: 'unitValue',
    headline: (d) => `${or0(d.units)} × ${d.sku || 'product'} free`,
    maxValue: (d) => (d.unitValue ? or0(d.units) * d.unitValue : null),
  },
  CASH: {
    label: 'Cash',
    summary: 'A stored value spent across orders until it is used up',
    fields: ['balance', 'multiplePerOrder', 'minQuantity'],
    required: ['balance'],
    headline: (d) =>
      `${money(or0(d.balance))} to spend${d.multiplePerOrder ? ', with other gift cards' : ''}`,
    maxValue: (d) => or0(d.balance),
  },
  INTEREST_RATE: {
    label: 'Interest rate',
    summary: 'Extra annual interest on an investment, for some days and up to a principal',
    fields: ['ratePercent', 'days', 'principalCap', 'threshold', 'minTermDays'],
    required: ['ratePercent', 'days', 'principalCap'],
    words: {
      threshold: {
        label: 'Minimum principal',
        description: 'A smaller investment gets no bonus; 0 = any principal',
      },
    },
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
  BUY_X_GET_Y: {
    label: 'Buy X get Y',
    summary: 'Buy some items, get more free or discounted, cheapest first',
    fields: [
      'buyQuantity',
      'getQuantity',
      'discountPercent',
      'sku',
      'getCategories',
      'getSkus',
      'maxApplications',
      'cap',
      'threshold',
      'minQuantity',
    ],
    required: ['buyQuantity', 'getQuantity', 'discountPercent'],
    defaults: { discountPercent: 100 },
    words: {
      discountPercent: { label: 'Discount on the items got', description: '100 % = free' },
      sku: { label: 'Get SKU', description: 'Empty: the items got come from the scope' },
    },
    boundedBy: 'cap',
    headline: (d) => described('BUY_X_GET_Y', d),
    maxValue: (d) => d.cap,
  },
  SHIPPING_OFF: {
    label: 'Shipping',
    summary: 'Free shipping, or an amount or percentage off it, from a minimum spend on the goods',
    fields: ['discountPercent', 'amount', 'cap', 'threshold', 'minQuantity'],
    // one of percent (100 % = free shipping) and amount: the server names the one missing
    required: [],
    defaults: { discountPercent: 100 },
    words: {
      discountPercent: {
        label: 'Off the shipping (%)',
        description: '100 % = free shipping; leave empty for an amount off instead',
      },
      amount: { label: 'Off the shipping (amount)', description: 'Instead of a percentage' },
      cap: { label: 'Shipping discount cap', description: 'A budgeted campaign needs it for a percentage' },
      threshold: { label: 'Goods spend from', description: 'On eligible goods; 0 = no minimum' },
    },
    boundedBy: (d) => (d.discountPercent != null ? 'cap' : null),
    headline: (d) => described('SHIPPING_OFF', d),
    maxValue: (d) =>
      d.discountPercent != null ? d.cap : d.cap != null && d.cap < or0(d.amount) ? d.cap : or0(d.amount),
  },
};

export const KIND_ORDER = Object.keys(KINDS) as CouponKind[];

/** The denomination fields no kind uses are never shown; those of other kinds are never sent. */
export const kindFields = (kind: CouponKind): readonly KindField[] => KINDS[kind].fields;

/** The kind's fields shown for a denomination: `maxUnits` only with a per-item `applyTo`. */
export const shownFields = (kind: CouponKind, den: { applyTo?: unknown }): readonly KindField[] =>
  KINDS[kind].fields.filter((f) => f !== 'maxUnits' || perUnit(den.applyTo));

/** The words a kind uses for a field. */
export const wordsOf = (kind: CouponKind, f: KindField): FieldWords => {
  const spec: FieldSpec = FIELDS[f];
  return KINDS[kind].words?.[f] ?? { label: spec.label, description: spec.description };
};

/** The field bounding a kind's maximum value for this denomination (null: none). */
export const boundOf = (kind: CouponKind, d: Denominated): KindField | null => {
  const b = KINDS[kind].boundedBy;
  return typeof b === 'function' ? b(d) : (b ?? null);
};
