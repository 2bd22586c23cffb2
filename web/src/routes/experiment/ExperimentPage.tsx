// /rules/:id/experiment: the result of a rule's split (arms, SRM, lifts, recommendation) and the
// solidify action. The view itself takes its arm source as a parameter (see ExperimentView).
import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { MODE_LABEL, RuleStatusBadge } from '../rules/ruleLabels';
import { ExperimentView } from './ExperimentView';
import type { ArmSource } from './experimentView';
import { ExperimentRuleQuery } from './experiment.graphql';

export function ExperimentPage() {
  const { id = '' } = useParams();
  const source = useMemo<ArmSource>(() => ({ kind: 'rule', ruleId: id }), [id]);
  const [{ data }, refetchRule] = useQuery({ query: ExperimentRuleQuery, variables: { id } });
  const rule = data?.rule;
  return (
    <Stack p="lg" gap="lg" maw={1400}>
      <div>
        <Anchor component={Link} to={`/rules/${encodeURIComponent(id)}`} size="sm">
          ← Rule editor
        </Anchor>
        <Group gap="sm" align="center">
          <Title order={1} size="h2">
            Experiment{rule ? `: ${rule.name}` : ''}
          </Title>
          {rule ? (
            <>
              <RuleStatusBadge status={rule.status} />
              <Badge
                color="indigo"
                variant="outline"
                data-testid="rule-mode"
                aria-label={`Mode: ${MODE_LABEL[rule.mode]}`}
              >
                {MODE_LABEL[rule.mode]}
              </Badge>
            </>
          ) : null}
        </Group>
        <Text c="dimmed" size="sm">
          Users exposed to the rule&apos;s split, what each arm did in the window after exposure, and whether
          the coupon paid off against the control group.
        </Text>
      </div>
      <ExperimentView
        source={source}
        mode={rule?.mode ?? null}
        onSolidified={() => refetchRule({ requestPolicy: 'network-only' })}
      />
    </Stack>
  );
}
