// GraphQL enums of coupon templates: life cycle and claim frequency.
import { graphqlEnum } from '../graphql/enums';

export const TemplateStatusEnum = graphqlEnum(
  ['DRAFT', 'ACTIVE', 'PAUSED', 'ENDED'] as const,
  'TemplateStatus',
);
export const ClaimFrequencyEnum = graphqlEnum(
  ['ONCE', 'DAILY', 'AFTER_USE'] as const,
  'ClaimFrequency',
  'ONCE; DAILY (once per calendar day in the deployment zone); AFTER_USE (again once the last one is used or expired).',
);
