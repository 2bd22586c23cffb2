// GraphQL enums, registered once from the domain's own value lists.
import { registerEnumType } from 'type-graphql';
import { API_SCOPES } from '../auth/auth.entity';
import { COUPON_KINDS, STACK_GROUP_ORDER } from '../checkout/types';
import { CLAIM_REFUSALS } from '../coupons/refusals';
import { EVENT_TYPES } from '../outbox/outbox.entity';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
const eventKey = (t: string) => t.replace('.', '_').toUpperCase();

export const CouponKindEnum = asEnum(COUPON_KINDS);
export const StackGroupEnum = asEnum(STACK_GROUP_ORDER);
export const TemplateStatusEnum = asEnum(['DRAFT', 'ACTIVE', 'PAUSED', 'ENDED'] as const);
export const CampaignStatusEnum = asEnum(['ACTIVE', 'PAUSED', 'ENDED'] as const);
export const ClaimFrequencyEnum = asEnum(['ONCE', 'DAILY', 'AFTER_USE'] as const);
export const PlacementKindEnum = asEnum(['CENTER', 'EVENT_PAGE', 'PRODUCT_PAGE', 'CART'] as const);
export const CouponStatusEnum = asEnum(['AVAILABLE', 'LOCKED', 'REDEEMED', 'EXPIRED', 'REVOKED'] as const);
export const CouponSourceEnum = asEnum(['RULE', 'CLAIM', 'BULK', 'API', 'CODE'] as const);
export const ClaimRefusalEnum = asEnum(CLAIM_REFUSALS);
export const StaffRoleEnum = asEnum(['admin', 'growth', 'analyst'] as const);
export const ApiScopeEnum = Object.fromEntries(
  API_SCOPES.map((s) => [s.replace(':', '_').toUpperCase(), s]),
) as Record<string, string>;
export const EventTypeEnum = Object.fromEntries(EVENT_TYPES.map((t) => [eventKey(t), t])) as Record<
  string,
  string
>;
export const InapplicableReasonEnum = asEnum([
  'NOT_YET_VALID',
  'EXPIRED',
  'OUT_OF_SCOPE',
  'THRESHOLD_NOT_MET',
  'NOT_A_CHECKOUT_COUPON',
  'BUDGET_EXHAUSTED',
  'STACK_CONFLICT',
  'NOT_AVAILABLE',
] as const);
export const OrderStatusEnum = asEnum(['LOCKED', 'REDEEMED', 'RELEASED', 'REFUNDED'] as const);
export const BulkJobStatusEnum = asEnum(['RUNNING', 'PAUSED', 'DONE', 'CANCELLED', 'FAILED'] as const);

registerEnumType(CouponKindEnum, {
  name: 'CouponKind',
  description: 'What a coupon does (DOMAIN.md, Coupon template).',
});
registerEnumType(StackGroupEnum, {
  name: 'StackGroup',
  description: 'At most one coupon per group per order; applied PRODUCT, STORE, PLATFORM, PAYMENT.',
});
registerEnumType(TemplateStatusEnum, { name: 'TemplateStatus' });
registerEnumType(CampaignStatusEnum, { name: 'CampaignStatus' });
registerEnumType(ClaimFrequencyEnum, {
  name: 'ClaimFrequency',
  description:
    'ONCE; DAILY (once per calendar day in the deployment zone); AFTER_USE (again once the last one is used or expired).',
});
registerEnumType(PlacementKindEnum, { name: 'PlacementKind' });
registerEnumType(CouponStatusEnum, { name: 'CouponStatus' });
registerEnumType(CouponSourceEnum, { name: 'CouponSource' });
registerEnumType(ClaimRefusalEnum, { name: 'ClaimRefusal' });
registerEnumType(StaffRoleEnum, { name: 'StaffRole' });
registerEnumType(ApiScopeEnum, { name: 'ApiScope' });
registerEnumType(EventTypeEnum, { name: 'CouponEventType' });
registerEnumType(InapplicableReasonEnum, { name: 'InapplicableReason' });
registerEnumType(OrderStatusEnum, { name: 'OrderStatus' });
registerEnumType(BulkJobStatusEnum, { name: 'BulkJobStatus' });
