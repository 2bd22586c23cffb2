// GraphQL enums of coupon kinds, stack groups, orders and why a coupon does not apply to a cart.
import { graphqlEnum } from '../graphql/enums';
import { COUPON_KINDS, STACK_GROUP_ORDER } from './types';

export const CouponKindEnum = graphqlEnum(
  COUPON_KINDS,
  'CouponKind',
  'What a coupon does (docs/domain.md, Coupon kinds).',
);
export const StackGroupEnum = graphqlEnum(
  STACK_GROUP_ORDER,
  'StackGroup',
  'At most one coupon per group per order; applied PRODUCT, STORE, PLATFORM, PAYMENT.',
);
export const InapplicableReasonEnum = graphqlEnum(
  [
    'NOT_YET_VALID',
    'EXPIRED',
    'OUT_OF_SCOPE',
    'THRESHOLD_NOT_MET',
    'NOT_A_CHECKOUT_COUPON',
    'BUDGET_EXHAUSTED',
    'STACK_CONFLICT',
    'NOT_AVAILABLE',
  ] as const,
  'InapplicableReason',
);
export const OrderStatusEnum = graphqlEnum(
  ['LOCKED', 'REDEEMED', 'RELEASED', 'REFUNDED'] as const,
  'OrderStatus',
);
