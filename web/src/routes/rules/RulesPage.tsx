// /rules: every rule with its status, mode, published version and activity; create, duplicate,
// pause and resume (writers only). A row opens the rule's editor.
import { Button, Group, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { Empty, ErrorNotice, Loading } from '../../app/states';
import type { RuleStatus } from '../../gql/graphql';
import { canWrite, useSession } from '../../lib/session';
import { CreateRuleModal } from './CreateRuleModal';
import { RulesTable } from './RulesTable';
import { RulesQuery } from './rules.graphql';

/** The list shows this many rules, newest first. */
export const RULES_LIMIT = 500;

type StatusFilter = 'ALL' | RuleStatus;
const FILTERS: { value: StatusFilter; label: string }[] = [
  { value: 'ALL', label: 'All' },
  { value: 'ACTIVE', label: 'Active' },
  { value: 'PAUSED', label: 'Paused' },
  { value: 'DRAFT', label: 'Drafts' },
];
const isFilter = (v: string): v is StatusFilter => FILTERS.some((f) => f.value === v);

export function RulesPage() {
  const writer = canWrite(useSession());
  // An empty list carries no typename: name it, so creating a rule refreshes the list.
  const context = useMemo(() => ({ additionalTypenames: ['Rule'] }), []);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: RulesQuery,
    variables: { first: RULES_LIMIT },
    context,
  });
  const [creating, setCreating] = useState(false);
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<StatusFilter>('ALL');

  const rules = data?.rules;
  const shown = useMemo(() => {
    const q = search.trim().toLowerCase();
    return (rules ?? []).filter(
      (r) =>
        (status === 'ALL' || r.status === status) &&
        (!q || r.name.toLowerCase().includes(q) || (r.description ?? '').toLowerCase().includes(q)),
    );
  }, [rules, search, status]);

  const newRule = writer ? <Button onClick={() => setCreating(true)}>New rule</Button> : null;

  let body;
  if (error && !rules)
    body = (
      <Stack maw={720}>
        <ErrorNotice error={error} title="The rules could not be loaded" />
        <Group>
          <Button variant="default" onClick={() => refetch({ requestPolicy: 'network-only' })}>
            Try again
          </Button>
        </Group>
      </Stack>
    );
  else if (!rules) body = <Loading label="Loading rules…" />;
  else if (rules.length === 0)
    body = (
      <Empty title="No rules yet">
        {writer ? (
          <Stack align="center" gap="sm">
            <span>
              A rule issues a coupon when a user does something, for example a third paid order within 30
              days. Create one, build it on the canvas, try it on a user, then publish it.
            </span>
            <Button onClick={() => setCreating(true)}>Create your first rule</Button>
          </Stack>
        ) : (
          'Growth staff create the rules; they will appear here as soon as there are any.'
        )}
      </Empty>
    );
  else
    body = (
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <TextInput
            aria-label="Search rules"
            placeholder="Search by name or description"
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            w={320}
          />
          <SegmentedControl
            aria-label="Filter by status"
            data={FILTERS}
            value={status}
            onChange={(v) => isFilter(v) && setStatus(v)}
          />
        </Group>
        {shown.length === 0 ? (
          <Empty title="No rule matches">
            <Stack align="center" gap="sm">
              <span>Nothing matches these filters among {rules.length} rules.</span>
              <Button
                variant="default"
                onClick={() => {
                  setSearch('');
                  setStatus('ALL');
                }}
              >
                Clear filters
              </Button>
            </Stack>
          </Empty>
        ) : (
          <RulesTable rules={shown} writer={writer} />
        )}
        <Text size="xs" c="dimmed" aria-live="polite">
          {shown.length === rules.length
            ? `${rules.length} ${rules.length === 1 ? 'rule' : 'rules'}`
            : `${shown.length} of ${rules.length} rules`}
          {rules.length >= RULES_LIMIT ? ` (the newest ${RULES_LIMIT} are listed)` : ''}
          {fetching ? ' · refreshing…' : ''}
        </Text>
      </Stack>
    );

  return (
    <Stack p="lg" gap="lg" maw={1400}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={1} size="h2">
            Rules
          </Title>
          <Text c="dimmed" size="sm">
            Rules watch what users do and issue coupons. Only a published version runs.
          </Text>
        </div>
        {newRule}
      </Group>
      {error && rules ? <ErrorNotice error={error} title="The list may be out of date" /> : null}
      {body}
      {writer ? <CreateRuleModal opened={creating} onClose={() => setCreating(false)} /> : null}
    </Stack>
  );
}
