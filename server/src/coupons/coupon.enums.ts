// GraphQL enums of coupons: status, how a coupon arrived, where it is claimed, why a claim is refused.
import { graphqlEnum } from '../graphql/enums';
import { CLAIM_REFUSALS } from './refusals';

export const CouponStatusEnum = graphqlEnum(
  ['AVAILABLE', 'LOCKED', 'REDEEMED', 'EXPIRED', 'REVOKED'] as const,
  'CouponStatus',
);
export const CouponSourceEnum = graphqlEnum(
  ['RULE', 'CLAIM', 'BULK', 'API', 'CODE'] as const,
  'CouponSource',
);
export const PlacementKindEnum = graphqlEnum(
  ['CENTER', 'EVENT_PAGE', 'PRODUCT_PAGE', 'CART'] as const,
  'PlacementKind',
);
export const ClaimRefusalEnum = graphqlEnum(CLAIM_REFUSALS, 'ClaimRefusal');
