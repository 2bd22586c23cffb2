// A template's scope: which merchants/stores and products its coupons apply to (DOMAIN.md). Pure.

export interface CouponScope {
  /** Empty = platform-wide. */
  merchantIds: string[];
  includeSkus: string[];
  excludeSkus: string[];
  includeBrands: string[];
  excludeBrands: string[];
  includeCategories: string[];
  excludeCategories: string[];
}

export const EMPTY_SCOPE: CouponScope = {
  merchantIds: [],
  includeSkus: [],
  excludeSkus: [],
  includeBrands: [],
  excludeBrands: [],
  includeCategories: [],
  excludeCategories: [],
};

/** What scope admission reads of a cart line. */
export interface ScopedLine {
  sku: string;
  brand?: string | null;
  category?: string | null;
  /** Falls back to the cart's merchantId. */
  merchantId?: string | null;
}

/** Whether `scope` admits `line` (the line's merchant falls back to the cart's). */
export function admitsLine(
  scope: CouponScope,
  line: ScopedLine,
  cartMerchantId: string | null | undefined,
): boolean {
  if (scope.merchantIds.length > 0) {
    const merchant = line.merchantId ?? cartMerchantId;
    if (merchant == null || !scope.merchantIds.includes(merchant)) return false;
  }
  const brand = line.brand ?? null;
  const category = line.category ?? null;
  const hasInclude =
    scope.includeSkus.length > 0 || scope.includeBrands.length > 0 || scope.includeCategories.length > 0;
  if (
    hasInclude &&
    !(
      scope.includeSkus.includes(line.sku) ||
      (brand !== null && scope.includeBrands.includes(brand)) ||
      (category !== null && scope.includeCategories.includes(category))
    )
  ) {
    return false;
  }
  return !(
    scope.excludeSkus.includes(line.sku) ||
    (brand !== null && scope.excludeBrands.includes(brand)) ||
    (category !== null && scope.excludeCategories.includes(category))
  );
}
