// GraphQL enums of orders and why a coupon does not apply to a cart. Coupon kinds and stack groups
// are declared with the kinds they list (templates/template.enums.ts).
import { graphqlEnum } from '../graphql/enums';

export { CouponKindEnum, StackGroupEnum } from '../templates/template.enums';
export const InapplicableReasonEnum = graphqlEnum(
  [
    'NOT_YET_VALID',
    'EXPIRED',
    'OUT_OF_SCOPE',
    'THRESHOLD_NOT_MET',
    'NOT_A_CHECKOUT_COUPON',
    'BUDGET_EXHAUSTED',
    'STACK_CONFLICT',
    'NO_EFFECT',
    'QUANTITY_NOT_MET',
    'NOT_AVAILABLE',
  ] as const,
  'InapplicableReason',
  'Why a wallet coupon does not apply to a cart.',
);
export const OrderStatusEnum = graphqlEnum(
  ['LOCKED', 'REDEEMED', 'RELEASED', 'REFUNDED'] as const,
  'OrderStatus',
  'The state of an order in checkout.',
);
