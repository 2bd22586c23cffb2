// Single-coupon checkout math: input validation, scope admission, the discount of one coupon on the
// amounts left on each line, and how that discount is spread over the lines. Pure: no I/O.
import { splitLargestRemainder } from '@couponflow/schema';
import { APPLY_TO, type CheckoutDenomination, type DenominationField, KINDS } from '../templates/kinds';
import { admitsLine } from '../templates/scope';
import {
  type UnitPlan,
  buyUnitsOf,
  canonicalOrder,
  isUnitMechanic,
  planUnits,
  unitCap,
  unitParts,
  unitsNeeded,
} from './units';
import {
  type Cart,
  type CartLine,
  type CheckoutCoupon,
  type CheckoutReason,
  type CouponEvaluation,
  type CouponKind,
  type CouponScope,
  type StackGroup,
  CheckoutInputError,
  COUPON_KINDS,
  STACK_GROUP_ORDER,
} from './types';

const BP = 10_000;
const CARRIED: ReadonlySet<DenominationField> = new Set<keyof CheckoutDenomination>([
  'amount',
  'discountBp',
  'cap',
  'step',
  'sku',
  'units',
  'unitValue',
  'balance',
  'buyQuantity',
  'getQuantity',
]);
/** Whether a wallet coupon carries this denomination field to checkout. */
const carried = (f: DenominationField): f is keyof CheckoutDenomination => CARRIED.has(f);

const KIND_NAMES: readonly CouponKind[] = COUPON_KINDS;
const SCOPE_LISTS = [
  'merchantIds',
  'includeSkus',
  'excludeSkus',
  'includeBrands',
  'excludeBrands',
  'includeCategories',
  'excludeCategories',
] as const satisfies readonly (keyof CouponScope)[];

// ---------------------------------------------------------------------------------------------------
// Validation (a second line behind the GraphQL layer): throws CheckoutInputError with a field path.

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

// Paths are built only when something is wrong: validation runs on every checkout call.
function pathOf(base: string, index: number, field: string): string {
  const owner = index < 0 ? base : `${base}[${index}]`;
  return field === '' ? owner : `${owner}.${field}`;
}

function checkInt(value: unknown, min: number, base: string, index: number, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new CheckoutInputError(pathOf(base, index, field), `expected an integer, got ${String(value)}`);
  }
  if (value < min) {
    throw new CheckoutInputError(pathOf(base, index, field), `expected an integer >= ${min}, got ${value}`);
  }
  return value;
}

function checkNullableInt(value: unknown, min: number, base: string, index: number, field: string): void {
  if (value !== null) checkInt(value, min, base, index, field);
}

function checkString(value: unknown, base: string, index: number, field: string): void {
  if (typeof value !== 'string')
    throw new CheckoutInputError(pathOf(base, index, field), 'expected a string');
}

function checkOptionalString(value: unknown, base: string, index: number, field: string): void {
  if (value !== undefined && value !== null && typeof value !== 'string') {
    throw new CheckoutInputError(pathOf(base, index, field), 'expected a string or null');
  }
}

/** Validates a cart; returns its subtotal. */
export function validateCart(cart: Cart, path = 'cart'): number {
  if (!isObject(cart)) throw new CheckoutInputError(path, 'expected an object');
  checkOptionalString(cart.merchantId, path, -1, 'merchantId');
  const lines: unknown = cart.lines;
  const base = `${path}.lines`;
  if (!Array.isArray(lines)) throw new CheckoutInputError(base, 'expected an array');
  let subtotal = 0;
  for (let i = 0; i < lines.length; i++) {
    const line: unknown = lines[i];
    if (!isObject(line)) throw new CheckoutInputError(pathOf(base, i, ''), 'expected an object');
    checkString(line.sku, base, i, 'sku');
    checkOptionalString(line.brand, base, i, 'brand');
    checkOptionalString(line.category, base, i, 'category');
    checkOptionalString(line.merchantId, base, i, 'merchantId');
    const amount =
      checkInt(line.unitPrice, 0, base, i, 'unitPrice') * checkInt(line.quantity, 1, base, i, 'quantity');
    if (!Number.isSafeInteger(amount)) {
      throw new CheckoutInputError(pathOf(base, i, ''), 'unitPrice x quantity is too large');
    }
    subtotal += amount;
  }
  if (!Number.isSafeInteger(subtotal)) throw new CheckoutInputError(base, 'subtotal is too large');
  const shipping: unknown = cart.shipping;
  if (shipping != null) {
    if (!isObject(shipping)) throw new CheckoutInputError(`${path}.shipping`, 'expected an object or null');
    const amount = checkInt(shipping.amount, 0, path, -1, 'shipping.amount');
    checkOptionalString(shipping.method, path, -1, 'shipping.method');
    if (!Number.isSafeInteger(subtotal + amount))
      throw new CheckoutInputError(`${path}.shipping.amount`, 'subtotal + shipping is too large');
  }
  return subtotal;
}

/** Validates one coupon, including the fields its kind needs. `path` names it in errors. */
export function validateCoupon(coupon: CheckoutCoupon, path = 'coupon'): void {
  checkCoupon(coupon, path, -1);
}

/** validateCoupon for `base[index]` (index −1: `base` itself). */
/** A coupon field's input error (no closure per checked coupon). */
function failAt(base: string, index: number, field: string, message: string): never {
  throw new CheckoutInputError(pathOf(base, index, field), message);
}

export function checkCoupon(coupon: CheckoutCoupon, base: string, index: number): void {
  if (!isObject(coupon)) failAt(base, index, '', 'expected an object');
  checkString(coupon.id, base, index, 'id');
  if (!KIND_NAMES.includes(coupon.kind)) failAt(base, index, 'kind', `unknown kind ${String(coupon.kind)}`);
  if (!STACK_GROUP_ORDER.includes(coupon.stackGroup)) {
    failAt(base, index, 'stackGroup', `unknown stack group ${String(coupon.stackGroup)}`);
  }
  if (typeof coupon.exclusive !== 'boolean') failAt(base, index, 'exclusive', 'expected a boolean');
  checkNullableInt(coupon.amount, 0, base, index, 'amount');
  checkInt(coupon.threshold, 0, base, index, 'threshold');
  checkNullableInt(coupon.discountBp, 0, base, index, 'discountBp');
  if (coupon.discountBp !== null && coupon.discountBp > BP) {
    failAt(base, index, 'discountBp', `expected at most ${BP}, got ${coupon.discountBp}`);
  }
  checkNullableInt(coupon.cap, 0, base, index, 'cap');
  checkNullableInt(coupon.step, 1, base, index, 'step');
  if (coupon.sku !== null) checkString(coupon.sku, base, index, 'sku');
  checkNullableInt(coupon.units, 0, base, index, 'units');
  checkNullableInt(coupon.unitValue, 0, base, index, 'unitValue');
  checkMechanics(coupon, base, index);
  checkNullableInt(coupon.balance, 0, base, index, 'balance');
  checkInt(coupon.validFrom, Number.MIN_SAFE_INTEGER, base, index, 'validFrom');
  checkInt(coupon.validUntil, Number.MIN_SAFE_INTEGER, base, index, 'validUntil');
  checkNullableInt(coupon.budgetRemaining, 0, base, index, 'budgetRemaining');
  if (!isObject(coupon.scope)) failAt(base, index, 'scope', 'expected an object');
  for (const key of SCOPE_LISTS) {
    const list: unknown = coupon.scope[key];
    if (!Array.isArray(list)) failAt(base, index, `scope.${key}`, 'expected an array');
    else {
      for (let j = 0; j < list.length; j++) {
        if (typeof list[j] !== 'string') failAt(base, index, `scope.${key}[${j}]`, 'expected a string');
      }
    }
  }
  for (const field of KINDS[coupon.kind].required)
    if (carried(field) && coupon[field] === null) failAt(base, index, field, `required for ${coupon.kind}`);
  if (KINDS[coupon.kind].shipping && coupon.amount === null && coupon.discountBp === null)
    failAt(base, index, 'amount', 'SHIPPING_OFF needs amount or discountBp');
}

const OPTIONAL_COUNTS = [
  ['maxUnits', 0],
  ['minQuantity', 0],
  ['buyQuantity', 1],
  ['getQuantity', 1],
  ['maxApplications', 1],
] as const satisfies readonly (readonly [keyof CheckoutCoupon, number])[];

/** The optional mechanic fields (issue 17): how an amount applies, unit caps, quantities. */
function checkMechanics(coupon: CheckoutCoupon, base: string, index: number): void {
  const applyTo: unknown = coupon.applyTo;
  if (applyTo != null && !(APPLY_TO as readonly unknown[]).includes(applyTo)) {
    throw new CheckoutInputError(pathOf(base, index, 'applyTo'), `unknown applyTo ${String(applyTo)}`);
  }
  for (const [field, min] of OPTIONAL_COUNTS) {
    const value = coupon[field];
    if (value != null) checkInt(value, min, base, index, field);
  }
  const multiple: unknown = coupon.multiplePerOrder;
  if (multiple != null && typeof multiple !== 'boolean') {
    throw new CheckoutInputError(pathOf(base, index, 'multiplePerOrder'), 'expected a boolean or null');
  }
  const getScope: unknown = coupon.getScope;
  if (getScope != null) {
    if (!isObject(getScope))
      throw new CheckoutInputError(pathOf(base, index, 'getScope'), 'expected an object');
    for (const key of SCOPE_LISTS) {
      const list: unknown = getScope[key];
      if (!Array.isArray(list) || list.some((x) => typeof x !== 'string'))
        throw new CheckoutInputError(pathOf(base, index, `getScope.${key}`), 'expected an array of strings');
    }
  }
}

export function validateNow(now: number, path = 'now'): void {
  checkInt(now, Number.MIN_SAFE_INTEGER, path, -1, '');
}

// ---------------------------------------------------------------------------------------------------
// Scope admission.

export { admitsLine };

// ---------------------------------------------------------------------------------------------------
// Prepared coupons: what does not change while discounts are applied (admitted lines, static reasons).

export interface PreparedCart {
  lines: readonly CartLine[];
  /** unitPrice × quantity per line, then the shipping amount (index lines.length; 0 without shipping). */
  amounts: number[];
  /** The goods. */
  subtotal: number;
  shipping: number;
  /** subtotal + shipping: the most all discounts together can give. */
  total: number;
}

export interface PreparedCoupon {
  coupon: CheckoutCoupon;
  /** Position in the caller's list. */
  position: number;
  /** Index of its stack group in STACK_GROUP_ORDER. */
  rank: number;
  /** Line indices the scope admits, ascending (the eligible amount); stored value: also the shipping
   *  (index lines.length) when it pays it. */
  admitted: number[];
  /**
   * The lines a discount is put on: MERCHANDISE: admitted lines with the free SKU; buy-X-get-Y with a
   * get SKU: every line of that SKU; otherwise `admitted`.
   */
  targets: number[];
  /** Unit mechanics (units.ts): which units are discounted; null for order-level discounts. */
  plan: UnitPlan | null;
  /** Order-level: target positions in canonical order (ties of a split never depend on line order). */
  canon: number[] | null;
  /** A reason that holds whatever else is applied: validity, scope, kind, quantities. */
  staticReason: CheckoutReason | null;
  /** QUANTITY_NOT_MET: how many more eligible units are needed. */
  staticShortBy?: number;
}

export function prepareCart(cart: Cart): PreparedCart {
  const amounts = cart.lines.map((l) => l.unitPrice * l.quantity);
  const subtotal = amounts.reduce((a, b) => a + b, 0);
  const shipping = cart.shipping?.amount ?? 0;
  amounts.push(shipping);
  return { lines: cart.lines, amounts, subtotal, shipping, total: subtotal + shipping };
}

/** Whether a stored-value coupon pays the shipping: its scope names no items and admits the cart's merchant. */
function paysShipping(s: CouponScope, merchantId: string | null | undefined): boolean {
  if (s.includeSkus.length > 0 || s.includeBrands.length > 0 || s.includeCategories.length > 0) return false;
  return s.merchantIds.length === 0 || (merchantId != null && s.merchantIds.includes(merchantId));
}

export function groupRank(group: StackGroup): number {
  return STACK_GROUP_ORDER.indexOf(group);
}

/**
 * What coupons of one cart share, computed once per cart: the lines a scope admits (keyed by the scope
 * object: a template's coupons share theirs) and the canonical order of a target list (keyed by the
 * list). The arrays are shared between prepared coupons and never changed after they are made.
 */
export interface PrepareMemo {
  admitted: Map<CouponScope, number[]>;
  canon: Map<readonly number[], number[]>;
}

export const prepareMemo = (): PrepareMemo => ({ admitted: new Map(), canon: new Map() });

function admittedLines(cart: Cart, scope: CouponScope, memo: PrepareMemo | undefined): number[] {
  let admitted = memo?.admitted.get(scope);
  if (!admitted) {
    admitted = [];
    const lines = cart.lines;
    for (let i = 0; i < lines.length; i++)
      if (admitsLine(scope, lines[i]!, cart.merchantId)) admitted.push(i);
    memo?.admitted.set(scope, admitted);
  }
  return admitted;
}

function canonOf(
  lines: readonly CartLine[],
  targets: readonly number[],
  memo: PrepareMemo | undefined,
): number[] {
  let canon = memo?.canon.get(targets);
  if (!canon) {
    canon = canonicalOrder(lines, targets);
    memo?.canon.set(targets, canon);
  }
  return canon;
}

export function prepareCoupon(
  cart: Cart,
  coupon: CheckoutCoupon,
  now: number,
  position = 0,
  memo?: PrepareMemo,
): PreparedCoupon {
  const admitted = admittedLines(cart, coupon.scope, memo);
  const spec = KINDS[coupon.kind];
  const lines = cart.lines;
  const ship = lines.length; // the shipping's index in the remaining amounts
  const hasShipping = cart.shipping != null;
  let targets = admitted;
  if (spec.freeGoods) targets = admitted.filter((i) => lines[i]!.sku === coupon.sku);
  else if (spec.buyXGetY && coupon.getScope != null) {
    const get = coupon.getScope;
    targets = [];
    lines.forEach((l, i) => admitsLine(get, l, cart.merchantId) && targets.push(i));
  } else if (spec.buyXGetY && coupon.sku !== null) {
    targets = [];
    lines.forEach((l, i) => l.sku === coupon.sku && targets.push(i));
  } else if (spec.shipping) {
    // the scope's goods carry the threshold; the discount goes on the shipping
    targets = hasShipping && admitted.length > 0 ? [ship] : [];
  } else if (spec.storedValue && hasShipping && paysShipping(coupon.scope, cart.merchantId)) {
    targets = [...admitted, ship];
  }
  const paying = spec.storedValue ? targets : admitted;
  let staticReason: CheckoutReason | null = null;
  let staticShortBy: number | undefined;
  const short = spec.checkout ? quantityShort(coupon, lines, admitted, targets) : 0;
  if (!spec.checkout) staticReason = 'NOT_A_CHECKOUT_COUPON';
  else if (now < coupon.validFrom) staticReason = 'NOT_YET_VALID';
  else if (now >= coupon.validUntil) staticReason = 'EXPIRED';
  else if (targets.length === 0) staticReason = 'OUT_OF_SCOPE';
  else if (short > 0) {
    staticReason = 'QUANTITY_NOT_MET';
    staticShortBy = short;
  }
  const plan =
    staticReason === null && isUnitMechanic(coupon) ? planUnits(coupon, lines, admitted, targets) : null;
  return {
    coupon,
    position,
    rank: groupRank(coupon.stackGroup),
    admitted: paying,
    targets,
    plan,
    canon: staticReason === null ? canonOf(lines, targets, memo) : null,
    staticReason,
    ...(staticShortBy !== undefined ? { staticShortBy } : {}),
  };
}

/** How many eligible units the cart lacks: the minimum quantity, and what a buy-X-get-Y needs. */
function quantityShort(
  coupon: CheckoutCoupon,
  lines: readonly CartLine[],
  admitted: readonly number[],
  targets: readonly number[],
): number {
  let units = 0;
  for (const i of admitted) units += lines[i]!.quantity;
  let short = (coupon.minQuantity ?? 0) - units;
  if (KINDS[coupon.kind].buyXGetY)
    short = Math.max(short, unitsNeeded(coupon) - buyUnitsOf(coupon, lines, admitted, targets));
  return Math.max(0, short);
}

// ---------------------------------------------------------------------------------------------------
// The discount of one coupon on the current remaining line amounts.

/** Sum of the remaining amounts of the admitted lines. */
export function eligibleAmount(p: PreparedCoupon, remaining: readonly number[]): number {
  let sum = 0;
  for (const i of p.admitted) sum += remaining[i]!;
  return sum;
}

/** The eligible amount a coupon needs before it gives anything (its threshold; for steps at least one step). */
export function effectiveThreshold(coupon: CheckoutCoupon): number {
  return KINDS[coupon.kind].minEligible(coupon, coupon.threshold);
}

/** Sentinel returned by rawDiscount when the threshold is not met. */
export const NOT_MET = -1;

/**
 * The discount a coupon (without a static reason) gives on `remaining`, before the budget check; or
 * NOT_MET when the eligible amount is below its threshold. Never more than what it applies to.
 * Monotone: smaller remaining amounts never give a larger result.
 */
export function rawDiscount(
  p: PreparedCoupon,
  _lines: readonly CartLine[],
  remaining: readonly number[],
): number {
  const c = p.coupon;
  const spec = KINDS[c.kind];
  if (!spec.checkout) return NOT_MET;
  const eligible = eligibleAmount(p, remaining);
  if (eligible < effectiveThreshold(c)) return NOT_MET;
  // shipping: the threshold is on the goods, the discount on what is left of the shipping
  if (spec.shipping) return spec.discount(c, remaining[p.targets[0]!]!, 0);
  if (p.plan === null) return spec.discount(c, eligible, 0);
  let d = 0;
  for (const part of unitParts(p.plan, p.targets, remaining)) d += part;
  const cap = unitCap(c);
  return cap !== null && cap < d ? cap : d;
}

/** Whether the coupon's campaign budget refuses this discount (it is refused, not capped). */
export function overBudget(coupon: CheckoutCoupon, discount: number): boolean {
  return coupon.budgetRemaining !== null && discount > coupon.budgetRemaining;
}

/**
 * How `discount` (as returned by rawDiscount for the same `remaining`) is put on the lines: parts
 * aligned with `p.targets`. Order-level discounts go by largest remainder in proportion to the
 * remaining amounts; MERCHANDISE goes to the free SKU's lines in order. No part exceeds its line.
 */
export function splitDiscount(
  p: PreparedCoupon,
  _lines: readonly CartLine[],
  remaining: readonly number[],
  discount: number,
): number[] {
  if (p.plan !== null) {
    const parts = unitParts(p.plan, p.targets, remaining);
    let sum = 0;
    for (const part of parts) sum += part;
    // a cap below the planned parts is split over them (each part stays within its line)
    return sum === discount ? parts : canonicalSplit(p.canon!, discount, parts);
  }
  return canonicalSplit(
    p.canon!,
    discount,
    p.targets.map((i) => remaining[i]!),
  );
}

/** Largest remainder over `weights` (aligned with targets), leftover cents handed out in `canon` order. */
function canonicalSplit(canon: readonly number[], discount: number, weights: readonly number[]): number[] {
  const split = splitLargestRemainder(
    discount,
    canon.map((k) => weights[k]!),
  );
  const parts = new Array<number>(split.length);
  for (let j = 0; j < canon.length; j++) parts[canon[j]!] = split[j]!;
  return parts;
}

/** The remaining line amounts after a discount: a new array. */
export function afterDiscount(
  p: PreparedCoupon,
  _lines: readonly CartLine[],
  remaining: readonly number[],
  discount: number,
): number[] {
  const next = remaining.slice();
  if (discount === 0) return next;
  const parts = splitDiscount(p, _lines, remaining, discount);
  for (let k = 0; k < parts.length; k++) next[p.targets[k]!]! -= parts[k]!;
  return next;
}

export type Outcome =
  { ok: true; discount: number } | { ok: false; reason: CheckoutReason; shortBy?: number };

/** A prepared coupon on the current remaining amounts: its discount, or why it does not apply. */
export function outcomeOn(
  p: PreparedCoupon,
  lines: readonly CartLine[],
  remaining: readonly number[],
): Outcome {
  if (p.staticReason !== null) {
    return p.staticShortBy !== undefined
      ? { ok: false, reason: p.staticReason, shortBy: p.staticShortBy }
      : { ok: false, reason: p.staticReason };
  }
  const d = rawDiscount(p, lines, remaining);
  if (d === NOT_MET) {
    return {
      ok: false,
      reason: 'THRESHOLD_NOT_MET',
      shortBy: effectiveThreshold(p.coupon) - eligibleAmount(p, remaining),
    };
  }
  if (d === 0) return { ok: false, reason: 'NO_EFFECT' };
  if (overBudget(p.coupon, d)) return { ok: false, reason: 'BUDGET_EXHAUSTED' };
  return { ok: true, discount: d };
}

export function evaluationOf(p: PreparedCoupon, cart: PreparedCart): CouponEvaluation {
  const o = outcomeOn(p, cart.lines, cart.amounts);
  const result: CouponEvaluation = o.ok
    ? { couponId: p.coupon.id, applicable: true, discount: o.discount }
    : {
        couponId: p.coupon.id,
        applicable: false,
        reason: o.reason,
        ...(o.shortBy !== undefined ? { shortBy: o.shortBy } : {}),
        discount: 0,
      };
  if (KINDS[p.coupon.kind].storedValue) result.remainingBalance = p.coupon.balance! - result.discount;
  return result;
}

/** One coupon alone on the full cart: applicable, or the reason (and for a threshold how much is missing). */
export function evaluateCoupon(cart: Cart, coupon: CheckoutCoupon, now: number): CouponEvaluation {
  validateCart(cart);
  validateCoupon(coupon);
  validateNow(now);
  return evaluationOf(prepareCoupon(cart, coupon, now), prepareCart(cart));
}
