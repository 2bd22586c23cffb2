// GraphQL enums of coupon templates: life cycle, claim frequency, coupon kinds, stack groups and
// placements (checkout/ and coupons/ re-export the ones their types use).
import { graphqlEnum } from '../graphql/enums';
import { APPLY_TO, COUPON_KINDS, STACK_GROUP_ORDER } from './kinds';

export const TemplateStatusEnum = graphqlEnum(
  ['DRAFT', 'ACTIVE', 'PAUSED', 'ENDED'] as const,
  'TemplateStatus',
  'The lifecycle state of a template.',
);
export const ClaimFrequencyEnum = graphqlEnum(
  ['ONCE', 'DAILY', 'AFTER_USE'] as const,
  'ClaimFrequency',
  'ONCE; DAILY (once per calendar day in the deployment zone); AFTER_USE (again once the last one is used or expired).',
);
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
export const PlacementKindEnum = graphqlEnum(
  ['CENTER', 'EVENT_PAGE', 'PRODUCT_PAGE', 'CART'] as const,
  'PlacementKind',
  'Where in an app coupons are offered.',
);
export const ApplyToEnum = graphqlEnum(
  APPLY_TO,
  'ApplyTo',
  'What an AMOUNT_OFF / PERCENT_OFF applies to: ORDER (the eligible amount), EACH_UNIT / EACH_LINE (AMOUNT_OFF: a fixed amount off each eligible unit or line, never more than it), CHEAPEST_ITEM (one unit of the cheapest eligible item).',
);
export const ShareRewardWhenEnum = graphqlEnum(
  ['CLAIMS', 'FIRST_PAYMENT'] as const,
  'ShareRewardWhen',
  'When the sharer of a pack is rewarded: CLAIMS (once rewardAfterClaims friends have claimed) or FIRST_PAYMENT (when the first friend pays an order).',
);
