// GraphQL enum of the campaign life cycle.
import { graphqlEnum } from '../graphql/enums';

export const CampaignStatusEnum = graphqlEnum(
  ['ACTIVE', 'PAUSED', 'ENDED'] as const,
  'CampaignStatus',
  'The lifecycle state of a campaign.',
);
