// Status badges and names shared by the template screens.
import { Badge } from '@mantine/core';
import type { TemplateStatus } from '../../gql/graphql';

const COLOR: Record<TemplateStatus, string> = {
  DRAFT: 'gray',
  ACTIVE: 'green',
  PAUSED: 'yellow',
  ENDED: 'dark',
};
const LABEL: Record<TemplateStatus, string> = {
  DRAFT: 'Draft',
  ACTIVE: 'Active',
  PAUSED: 'Paused',
  ENDED: 'Ended',
};

export function TemplateStatusBadge({ status }: { status: TemplateStatus }) {
  return (
    <Badge color={COLOR[status]} variant="light">
      {LABEL[status]}
    </Badge>
  );
}

export const TEMPLATE_STATUSES = Object.keys(LABEL) as TemplateStatus[];
export const templateStatusLabel = (s: TemplateStatus) => LABEL[s];
