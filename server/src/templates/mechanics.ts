// Field rules of the issue-17 mechanics on a new template (no database): how an amount applies, the
// unit cap, quantity conditions and buy-X-get-Y. Each refusal names the input field. Pure.
import { badInput } from '../graphql/errors';
import type { CouponKind } from './kinds';
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
  if (input.kind !== 'BUY_X_GET_Y') {
    for (const field of ['buyQuantity', 'getQuantity', 'maxApplications'] as const)
      if (input[field] != null) throw badInput(`input.${field}`, `${field} is for BUY_X_GET_Y only`);
    return;
  }
  if (input.discountBp != null && input.discountBp < 1)
    throw badInput('input.discountBp', 'a buy-X-get-Y discount needs 1 to 10 000 bp (10 000 = free)');
  // Within one set, "buy 1, get 2" gives more units than it sells: refused (a get SKU may do it).
  if (input.sku == null && input.getQuantity! > input.buyQuantity!) {
    throw badInput(
      'input.getQuantity',
      `getQuantity ${input.getQuantity} is more than buyQuantity ${input.buyQuantity} within one set`,
    );
  }
}
