import { Badge } from '@mantine/core';
import type { CampaignStatus } from '../../gql/graphql';

const COLOR: Record<CampaignStatus, string> = { ACTIVE: 'green', PAUSED: 'yellow', ENDED: 'dark' };
export const CAMPAIGN_STATUS_LABEL: Record<CampaignStatus, string> = {
  ACTIVE: 'Active',
  PAUSED: 'Paused',
  ENDED: 'Ended',
};

export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  return (
    <Badge color={COLOR[status]} variant="light">
      {CAMPAIGN_STATUS_LABEL[status]}
    </Badge>
  );
}
