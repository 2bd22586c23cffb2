// Field rules of the issue-17 mechanics on a new template (no database): how an amount applies, the
// unit cap, quantity conditions and buy-X-get-Y. Each refusal names the input field. Pure.
import { badInput } from '../graphql/errors';
import type { CouponKind, StackGroup } from './kinds';
import type { CouponScope } from './scope';

export interface MechanicsInput {
  kind: CouponKind;
  applyTo?: 'ORDER' | 'EACH_UNIT' | 'EACH_LINE' | 'CHEAPEST_ITEM' | null;
  maxUnits?: number | null;
  minQuantity?: number | null;
  buyQuantity?: number | null;
  getQuantity?: number | null;
  maxApplications?: number | null;
  discountBp?: number | null;
  sku?: string | null;
  scope?: Partial<CouponScope> | null;
  amount?: number | null;
  stackGroup?: StackGroup | null;
  getScope?: Partial<CouponScope> | null;
  multiplePerOrder?: boolean | null;
}

const hasItems = (s: Partial<CouponScope> | null | undefined): boolean =>
  !!s &&
  ((s.includeSkus?.length ?? 0) > 0 ||
    (s.includeBrands?.length ?? 0) > 0 ||
    (s.includeCategories?.length ?? 0) > 0);

/** Throws BAD_USER_INPUT naming the field when the mechanic fields do not fit the kind. */
export function checkMechanics(input: MechanicsInput): void {
  const applyTo = input.applyTo ?? 'ORDER';
  if (applyTo !== 'ORDER') {
    const allowed =
      input.kind === 'AMOUNT_OFF' || (input.kind === 'PERCENT_OFF' && applyTo === 'CHEAPEST_ITEM');
    if (!allowed) throw badInput('input.applyTo', `${applyTo} is not available for ${input.kind}`);
  }
  const perUnit = applyTo === 'EACH_UNIT' || applyTo === 'EACH_LINE';
  if (perUnit && !hasItems(input.scope)) {
    throw badInput(
      'input.scope',
      `an amount off ${applyTo === 'EACH_UNIT' ? 'each unit' : 'each line'} needs eligible items (include SKUs, brands or categories)`,
    );
  }
  if (input.maxUnits != null && !perUnit)
    throw badInput('input.maxUnits', 'maxUnits caps EACH_UNIT / EACH_LINE discounts only');
  checkShipping(input);
  if (input.multiplePerOrder != null && input.kind !== 'CASH')
    throw badInput('input.multiplePerOrder', 'several per order is for CASH (stored value) only');
  if (input.getScope != null) {
    if (input.kind !== 'BUY_X_GET_Y') throw badInput('input.getScope', 'getScope is for BUY_X_GET_Y only');
    if (input.sku != null) throw badInput('input.getScope', 'set either sku or getScope, not both');
    if (!hasItems(input.getScope))
      throw badInput('input.getScope', 'the get set needs include SKUs, brands or categories');
  }
  if (input.kind !== 'BUY_X_GET_Y') {
    for (const field of ['buyQuantity', 'getQuantity', 'maxApplications'] as const)
      if (input[field] != null) throw badInput(`input.${field}`, `${field} is for BUY_X_GET_Y only`);
    return;
  }
  if (input.discountBp != null && input.discountBp < 1)
    throw badInput('input.discountBp', 'a buy-X-get-Y discount needs 1 to 10 000 bp (10 000 = free)');
  // Within one set, "buy 1, get 2" gives more units than it sells: refused (a get set may do it).
  if (input.sku == null && input.getScope == null && input.getQuantity! > input.buyQuantity!) {
    throw badInput(
      'input.getQuantity',
      `getQuantity ${input.getQuantity} is more than buyQuantity ${input.buyQuantity} within one set`,
    );
  }
}

/**
 * Shipping coupons: exactly one of amount (off the shipping) and discountBp (10 000 = free shipping),
 * in the SHIPPING stack group, which holds shipping coupons only (one per order).
 */
function checkShipping(input: MechanicsInput): void {
  if (input.kind !== 'SHIPPING_OFF') {
    if (input.stackGroup === 'SHIPPING')
      throw badInput('input.stackGroup', 'the SHIPPING stack group holds SHIPPING_OFF coupons only');
    return;
  }
  if ((input.amount == null) === (input.discountBp == null))
    throw badInput(
      'input.amount',
      'a shipping coupon needs either amount (off the shipping) or discountBp (10 000 = free shipping)',
    );
  if (input.stackGroup != null && input.stackGroup !== 'SHIPPING')
    throw badInput('input.stackGroup', 'a shipping coupon stacks in the SHIPPING group');
}
