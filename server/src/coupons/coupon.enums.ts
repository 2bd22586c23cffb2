// GraphQL enums of coupons: status, how a coupon arrived, why a claim is refused (where it is claimed,
// PlacementKind, is a template's list: templates/template.enums.ts).
import { graphqlEnum } from '../graphql/enums';
import { CLAIM_REFUSALS } from './refusals';

export const CouponStatusEnum = graphqlEnum(
  ['AVAILABLE', 'LOCKED', 'REDEEMED', 'EXPIRED', 'REVOKED'] as const,
  'CouponStatus',
  'The state of a coupon.',
);
export const CouponSourceEnum = graphqlEnum(
  ['RULE', 'CLAIM', 'BULK', 'API', 'CODE'] as const,
  'CouponSource',
  'How a coupon arrived in a wallet.',
);
export { PlacementKindEnum } from '../templates/template.enums';
export const ClaimRefusalEnum = graphqlEnum(
  CLAIM_REFUSALS,
  'ClaimRefusal',
  'Why a claim was refused (a business refusal, returned as data).',
);
