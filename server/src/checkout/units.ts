// Unit-by-unit mechanics of the checkout math (issue 17): free goods (MERCHANDISE), buy-X-get-Y, a fixed
// amount off each unit or each line (with a cap on the units/lines discounted), and the cheapest item
// only. Which units are discounted depends only on prices and quantities, so it is planned once per
// coupon and cart (`planUnits`); what each line gets is then bounded by what is left on it
// (`unitParts`), which keeps every discount monotone in the remaining amounts (the exact search relies
// on it). Units are taken cheapest first, ordered by price and then by the line's own fields, so the
// order of the cart lines never changes which units are discounted. Pure: no I/O.
import { mulDivFloor } from '@couponflow/schema';
import { KINDS } from '../templates/kinds';
import type { CartLine, CheckoutCoupon } from './types';

const BP = 10_000;

/** Which units of the target lines a coupon discounts, planned once per coupon and cart. */
export interface UnitPlan {
  /** Per target (aligned with the prepared coupon's targets): units discounted (EACH_LINE: 0 or 1). */
  alloc: number[];
  /** Per target: the amount off per discounted unit (rateBp null), or the unit's price (rateBp set). */
  unitAmount: number[];
  /** Rate mechanics (buy-X-get-Y, a percentage off the cheapest item): bp off; null = amounts. */
  rateBp: number | null;
}

/** Whether a coupon is discounted unit by unit rather than on the order's eligible amount. */
export function isUnitMechanic(c: CheckoutCoupon): boolean {
  const spec = KINDS[c.kind];
  if (spec.freeGoods || spec.buyXGetY) return true;
  // a percentage off each unit or line is a percentage off the order: only the cheapest item differs
  if (c.kind === 'PERCENT_OFF') return c.applyTo === 'CHEAPEST_ITEM';
  return c.kind === 'AMOUNT_OFF' && c.applyTo != null && c.applyTo !== 'ORDER';
}

const str = (s: string | null | undefined): string => s ?? '';
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Each line's place in the cart's canonical order (price, then its own fields); cached per cart. */
const RANKS = new WeakMap<readonly CartLine[], number[]>();
function ranksOf(lines: readonly CartLine[]): number[] {
  let ranks = RANKS.get(lines);
  if (ranks) return ranks;
  const order = lines.map((_, i) => i);
  order.sort((x, y) => {
    const a = lines[x]!;
    const b = lines[y]!;
    return (
      a.unitPrice - b.unitPrice ||
      cmp(a.sku, b.sku) ||
      cmp(str(a.brand), str(b.brand)) ||
      cmp(str(a.category), str(b.category)) ||
      cmp(str(a.merchantId), str(b.merchantId)) ||
      a.quantity - b.quantity ||
      x - y
    );
  });
  ranks = new Array<number>(lines.length);
  for (let r = 0; r < order.length; r++) ranks[order[r]!] = r;
  RANKS.set(lines, ranks);
  return ranks;
}

/**
 * The target positions in an order that does not depend on the order of the cart lines: cheapest
 * unit first, then by the line's own fields. Order-level splits hand leftover cents out in this order.
 */
export function canonicalOrder(lines: readonly CartLine[], targets: readonly number[]): number[] {
  const ranks = ranksOf(lines);
  // index lines.length is the shipping (stored value pays it too): it comes after every line
  const rank = (i: number) => (i < lines.length ? ranks[i]! : lines.length);
  return targets.map((_, k) => k).sort((x, y) => rank(targets[x]!) - rank(targets[y]!));
}

/** Cheapest first by `price`, then in canonical order (never by the line's position in the cart). */
function cheapestFirst(
  lines: readonly CartLine[],
  targets: readonly number[],
  price: (l: CartLine) => number,
) {
  const ranks = ranksOf(lines);
  return targets
    .map((_, k) => k)
    .sort((x, y) => {
      const a = targets[x]!;
      const b = targets[y]!;
      return price(lines[a]!) - price(lines[b]!) || ranks[a]! - ranks[b]!;
    });
}

/** Hands out `units` over the targets cheapest first, at most `perLine(line)` on each. */
function allocate(
  lines: readonly CartLine[],
  targets: readonly number[],
  units: number,
  perLine: (l: CartLine) => number,
  price: (l: CartLine) => number = (l) => l.unitPrice,
): number[] {
  const alloc = targets.map(() => 0);
  let left = units;
  for (const k of cheapestFirst(lines, targets, price)) {
    if (left <= 0) break;
    const take = Math.min(left, perLine(lines[targets[k]!]!));
    alloc[k] = take;
    left -= take;
  }
  return alloc;
}

const unitsOf = (lines: readonly CartLine[], idx: readonly number[]): number =>
  idx.reduce((n, i) => n + lines[i]!.quantity, 0);

/** Buy-X-get-Y with a separate get set (`getScope`, or the one SKU `sku`). */
export const hasGetSet = (c: CheckoutCoupon): boolean => c.sku !== null || c.getScope != null;

/**
 * Buy-X-get-Y: how many times it applies. With one set, every application takes N + M units of it
 * (N paid, M discounted); with a get set (`getScope` or a get `sku`), N bought units of the scope
 * outside the get set earn M units of the get set. Capped by maxApplications.
 */
export function applications(c: CheckoutCoupon, buyUnits: number): number {
  const n = c.buyQuantity!;
  const per = hasGetSet(c) ? n : n + c.getQuantity!;
  const k = Math.floor(buyUnits / per);
  return c.maxApplications != null ? Math.min(k, c.maxApplications) : k;
}

/** The units a buy-X-get-Y coupon needs before it gives anything. */
export function unitsNeeded(c: CheckoutCoupon): number {
  return hasGetSet(c) ? c.buyQuantity! : c.buyQuantity! + c.getQuantity!;
}

/** Buy units of a buy-X-get-Y coupon: admitted units, not counting the get set's (`targets`). */
export function buyUnitsOf(
  c: CheckoutCoupon,
  lines: readonly CartLine[],
  admitted: readonly number[],
  targets: readonly number[],
): number {
  const buy = hasGetSet(c) ? admitted.filter((i) => !targets.includes(i)) : admitted;
  return unitsOf(lines, buy);
}

/** Plans which units a unit mechanic discounts (see UnitPlan). */
export function planUnits(
  c: CheckoutCoupon,
  lines: readonly CartLine[],
  admitted: readonly number[],
  targets: readonly number[],
): UnitPlan {
  const spec = KINDS[c.kind];
  const amounts = (f: (l: CartLine) => number) => targets.map((i) => f(lines[i]!));
  if (spec.freeGoods) {
    const value = c.unitValue;
    return {
      alloc: allocate(lines, targets, c.units!, (l) => l.quantity),
      unitAmount: amounts((l) => (value !== null && value < l.unitPrice ? value : l.unitPrice)),
      rateBp: null,
    };
  }
  if (spec.buyXGetY) {
    const free = applications(c, buyUnitsOf(c, lines, admitted, targets)) * c.getQuantity!;
    return {
      alloc: allocate(lines, targets, free, (l) => l.quantity),
      unitAmount: amounts((l) => l.unitPrice),
      rateBp: c.discountBp!,
    };
  }
  const all = Number.MAX_SAFE_INTEGER;
  switch (c.kind === 'AMOUNT_OFF' ? c.applyTo : 'CHEAPEST_ITEM') {
    case 'EACH_UNIT':
      return {
        alloc: allocate(lines, targets, c.maxUnits ?? all, (l) => l.quantity),
        unitAmount: amounts((l) => Math.min(c.amount!, l.unitPrice)),
        rateBp: null,
      };
    case 'EACH_LINE':
      return {
        alloc: allocate(
          lines,
          targets,
          c.maxUnits ?? all,
          () => 1,
          (l) => l.unitPrice * l.quantity,
        ),
        unitAmount: amounts((l) => Math.min(c.amount!, l.unitPrice * l.quantity)),
        rateBp: null,
      };
    default: {
      // CHEAPEST_ITEM: one unit of the cheapest priced line (a free line has nothing to discount)
      const priced = targets.filter((i) => lines[i]!.unitPrice > 0);
      const one = allocate(lines, priced, 1, () => 1);
      const alloc = targets.map((i) => {
        const k = priced.indexOf(i);
        return k < 0 ? 0 : one[k]!;
      });
      const percent = c.kind === 'PERCENT_OFF';
      return {
        alloc,
        unitAmount: amounts((l) => (percent ? l.unitPrice : Math.min(c.amount!, l.unitPrice))),
        rateBp: percent ? c.discountBp! : null,
      };
    }
  }
}

/** What each target line gets: its planned units, never more than what is left on the line. */
export function unitParts(
  plan: UnitPlan,
  targets: readonly number[],
  remaining: readonly number[],
): number[] {
  const parts = new Array<number>(targets.length);
  for (let k = 0; k < targets.length; k++) {
    const n = plan.alloc[k]!;
    if (n === 0) {
      parts[k] = 0;
      continue;
    }
    const left = remaining[targets[k]!]!;
    const planned = n * plan.unitAmount[k]!;
    const base = planned < left ? planned : left;
    parts[k] = plan.rateBp === null ? base : mulDivFloor(base, plan.rateBp, BP);
  }
  return parts;
}

/** The cap on the sum of the unit parts: PERCENT_OFF (cheapest item) and buy-X-get-Y have one. */
export function unitCap(c: CheckoutCoupon): number | null {
  return c.kind === 'PERCENT_OFF' || KINDS[c.kind].buyXGetY ? c.cap : null;
}
