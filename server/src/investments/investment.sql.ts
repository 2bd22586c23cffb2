// Every SQL text of investments/: the user's INTEREST_RATE coupons with their template and campaign
// figures (reads only; locking and redeeming go through checkout/, which owns the order tables).
import { COUPON_COLUMNS, type CouponRow } from '../coupons/coupon.sql';
import type { RowOf, Sql } from '../db/sql';
import type { CouponTemplate } from '../templates/template.entity';

export type InterestRow = CouponRow &
  RowOf<
    CouponTemplate,
    'rateBp' | 'days' | 'principalCap' | 'threshold' | 'minTermDays' | 'stackGroup' | 'exclusive' | 'scope'
  > & { b_budget: number | null; b_spent: number | null; b_reserved: number | null };

/** The user's AVAILABLE interest-rate coupons (and those this investment already holds), soonest-expiring first. */
export function interestRows(sql: Sql, userId: string, orderId: string): Promise<InterestRow[]> {
  return sql.all<InterestRow>(
    `SELECT ${COUPON_COLUMNS}, t.rate_bp, t.days, t.principal_cap, t.threshold, t.min_term_days, t.stack_group,
            t.exclusive, t.scope, b.budget AS b_budget, b.spent AS b_spent, b.reserved AS b_reserved
       FROM coupon c JOIN coupon_template t ON t.id = c.template_id LEFT JOIN campaign b ON b.id = c.campaign_id
      WHERE c.user_id = ? AND t.kind = 'INTEREST_RATE'
        AND (c.status = 'AVAILABLE' OR (c.status = 'LOCKED' AND c.locked_order_id = ?))
      ORDER BY c.valid_until, c.id LIMIT 500`,
    [userId, orderId],
  );
}
