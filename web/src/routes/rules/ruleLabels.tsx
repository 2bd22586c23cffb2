// How a rule's status and mode read in the console (the list and the editor).
import { Badge } from '@mantine/core';
import type { RuleMode, RuleStatus } from '../../gql/graphql';

const STATUS: Record<RuleStatus, { label: string; color: string; hint: string }> = {
  ACTIVE: { label: 'Active', color: 'green', hint: 'The published version runs on every new event.' },
  PAUSED: { label: 'Paused', color: 'yellow', hint: 'Published, but not running until resumed.' },
  DRAFT: { label: 'Draft', color: 'gray', hint: 'Never published: it does not run.' },
};

export const MODE_LABEL: Record<RuleMode, string> = {
  AUTOMATED: 'Automated',
  EXPERIMENT: 'Experiment',
};

export const MODE_HINT: Record<RuleMode, string> = {
  AUTOMATED: 'Every user who matches gets the action.',
  EXPERIMENT: 'A split with a control group measures what the coupon changes.',
};

export function RuleStatusBadge({ status }: { status: RuleStatus }) {
  const s = STATUS[status];
  return (
    <Badge color={s.color} variant="light" title={s.hint}>
      {s.label}
    </Badge>
  );
}
