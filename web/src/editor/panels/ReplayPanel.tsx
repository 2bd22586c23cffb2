// Replay: run the draft over the stored events of its trigger type in a date range (read only) and show
// what it would have done: events, evaluations, firings, distinct users, and per coupon template the
// coupons, users, maximum value, worst-case and expected cost (with the redemption rate used and
// whether it comes from the template's history). Money is integer minor units, formatted once.
import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import type { RuleGraph } from '@couponflow/schema';
import { type FormEvent, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import { ErrorNotice } from '../../app/states';
import type { ReplayRuleQuery as ReplayData } from '../../gql/graphql';
import { useEditor, useEditorStore } from '../model/store';
import { diffGraphs } from './diff';
import { isoSeconds, triggerEventType } from './facts';
import { DEPLOYMENT_CURRENCY, formatMoney, formatRate } from './money';
import { formatCount } from './overlays';
import { ReplayRuleQuery } from './panels.graphql';
import { IssueList, graphIssuesOf, useTemplates } from './shared';

const DAY = 86_400_000;
/** Templates with fewer issued coupons than this are costed at the worst case (server rule). */
const HISTORY_MIN_ISSUED = 100;

type Preset = '1' | '7' | '30' | 'custom';

const today = () => new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString().slice(0, 10);

interface Range {
  from: string;
  to: string;
  label: string;
}

function rangeOf(preset: Preset, fromDay: string, toDay: string): Range | string {
  if (preset !== 'custom') {
    const now = Date.now();
    const days = Number(preset);
    return {
      from: isoSeconds(now - days * DAY),
      to: isoSeconds(now),
      label: days === 1 ? 'the last 24 hours' : `the last ${days} days`,
    };
  }
  if (!fromDay || !toDay) return 'Pick both dates';
  if (fromDay > toDay) return 'The start is after the end';
  return { from: `${fromDay}T00:00:00Z`, to: `${toDay}T23:59:59Z`, label: `${fromDay} to ${toDay} (UTC)` };
}

interface Result {
  graph: RuleGraph;
  range: Range;
  data: ReplayData['replayRule'];
}

export function ReplayPanel({ ruleId: _ruleId }: { ruleId: string }) {
  const store = useEditorStore();
  const graph = useEditor((s) => s.graph);
  const issueCount = useEditor((s) => s.issues.length);
  const client = useClient();
  const [preset, setPreset] = useState<Preset>('7');
  const [fromDay, setFromDay] = useState(daysAgo(7));
  const [toDay, setToDay] = useState(today());
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<CombinedError | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const eventType = triggerEventType(graph);
  const range = rangeOf(preset, fromDay, toDay);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (typeof range === 'string') return;
    const document = store.getState().graph;
    setRunning(true);
    setError(null);
    const r = await client
      .query(
        ReplayRuleQuery,
        { graph: document, from: range.from, to: range.to },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    setRunning(false);
    if (r.error || !r.data) {
      setError(r.error ?? null);
      setResult(null);
      return;
    }
    setResult({ graph: document, range, data: r.data.replayRule });
  }

  const stale = result !== null && result.graph !== graph && diffGraphs(result.graph, graph).changed;
  const invalid = graphIssuesOf(error ?? undefined);
  return (
    <Stack gap="sm">
      <Title order={4}>Replay</Title>
      <Text size="sm" c="dimmed">
        Run the draft over the {eventType ? <b>{eventType}</b> : 'trigger’s'} events already stored: what it
        would have issued, to how many users, at what cost. Nothing is issued.
      </Text>
      {issueCount > 0 ? (
        <Alert color="yellow" title="The draft has problems">
          The server only replays a valid graph: fix the {issueCount} problem{issueCount === 1 ? '' : 's'}{' '}
          first.
        </Alert>
      ) : null}
      <form onSubmit={submit} aria-label="Replay period" noValidate>
        <Stack gap="xs">
          <SegmentedControl
            aria-label="Period"
            value={preset}
            onChange={(v) => setPreset(v as Preset)}
            data={[
              { value: '1', label: '24 h' },
              { value: '7', label: '7 days' },
              { value: '30', label: '30 days' },
              { value: 'custom', label: 'Dates' },
            ]}
            fullWidth
            size="xs"
          />
          {preset === 'custom' ? (
            <Group grow gap="xs" align="flex-start">
              <TextInput
                type="date"
                label="From (UTC)"
                value={fromDay}
                max={toDay || undefined}
                onChange={(e) => setFromDay(e.currentTarget.value)}
                size="xs"
              />
              <TextInput
                type="date"
                label="To (UTC)"
                value={toDay}
                min={fromDay || undefined}
                onChange={(e) => setToDay(e.currentTarget.value)}
                size="xs"
                error={typeof range === 'string' ? range : null}
              />
            </Group>
          ) : null}
          <Group gap="xs">
            <Button type="submit" loading={running} disabled={typeof range === 'string' || !eventType}>
              Run replay
            </Button>
            {running ? (
              <Text size="xs" c="dimmed" role="status">
                Replaying stored events…
              </Text>
            ) : null}
          </Group>
        </Stack>
      </form>
      {error ? (
        invalid.length > 0 ? (
          <Alert color="red" title="The draft cannot be replayed" role="alert">
            <IssueList issues={invalid} graph={graph} />
          </Alert>
        ) : (
          <ErrorNotice error={error} title="The replay failed" />
        )
      ) : null}
      {result ? <ReplayResult result={result} stale={stale} eventType={eventType ?? ''} /> : null}
    </Stack>
  );
}

function Stat({ label, value, hint }: { label: string; value: string; hint: string }) {
  return (
    <Tooltip label={hint} multiline w={220} withArrow>
      <Paper withBorder p={6} tabIndex={0} role="group" aria-label={`${label}: ${value}. ${hint}`}>
        <Text size="xs" c="dimmed">
          {label}
        </Text>
        <Text fw={700}>{value}</Text>
      </Paper>
    </Tooltip>
  );
}

function Cell({ label, value, strong = false }: { label: string; value: string; strong?: boolean }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={strong ? 700 : 500}>
        {value}
      </Text>
    </div>
  );
}

function ReplayResult({ result, stale, eventType }: { result: Result; stale: boolean; eventType: string }) {
  const templates = useTemplates();
  const { data, range } = result;
  const money = (minor: number) => formatMoney(minor, DEPLOYMENT_CURRENCY);
  return (
    <Stack gap="xs" aria-live="polite">
      {stale ? (
        <Alert color="gray" title="The rule changed since this replay">
          These figures are for the rule as it was. Run the replay again for the current draft.
        </Alert>
      ) : null}
      <Text size="sm">
        Over {range.label}: <b>{formatCount(data.firings)}</b> firings for <b>{formatCount(data.users)}</b>{' '}
        users.
      </Text>
      {data.truncated ? (
        <Alert color="yellow" title="Only part of the period was replayed">
          The replay stops after a fixed number of events; pick a shorter period for exact figures.
        </Alert>
      ) : null}
      <SimpleGrid cols={3} spacing={6} verticalSpacing={6}>
        <Stat
          label="Events"
          value={formatCount(data.events)}
          hint={`Stored ${eventType} events in the period.`}
        />
        <Stat
          label="Evaluations"
          value={formatCount(data.evaluations)}
          hint="Events the rule was evaluated on."
        />
        <Stat
          label="Firings"
          value={formatCount(data.firings)}
          hint="Events on which the rule decided an action."
        />
        <Stat label="Users" value={formatCount(data.users)} hint="Distinct users it would have acted for." />
        <Stat label="Control" value={formatCount(data.control)} hint="Actions only recorded (control arm)." />
        <Stat
          label="Templates"
          value={formatCount(data.issues.length)}
          hint="Coupon templates it would issue."
        />
      </SimpleGrid>
      {data.events === 0 ? (
        <Alert color="blue" title={`No ${eventType} events in this period`}>
          Pick a longer period, or send events with the <code>track</code> API first.
        </Alert>
      ) : data.issues.length === 0 ? (
        <Text size="sm" c="dimmed">
          No coupon would have been issued.
        </Text>
      ) : (
        <Stack gap={6} role="list" aria-label="Cost per coupon template">
          {data.issues.map((t) => {
            const tpl = templates.get(t.templateId);
            const fromHistory = (tpl?.issuedCount ?? 0) >= HISTORY_MIN_ISSUED;
            return (
              <Paper key={t.templateId} withBorder p="xs" role="listitem">
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Text size="sm" fw={600} truncate>
                    {tpl?.name ?? t.templateId}
                  </Text>
                  <Tooltip
                    label={
                      fromHistory
                        ? 'Observed redemption rate of this template (it has at least 100 issued coupons).'
                        : 'Fewer than 100 coupons issued so far: every coupon is assumed redeemed.'
                    }
                    multiline
                    w={240}
                    withArrow
                  >
                    <Badge size="sm" variant="light" color={fromHistory ? 'teal' : 'orange'} tabIndex={0}>
                      {formatRate(t.redemptionRate)} {fromHistory ? 'observed' : 'assumed'}
                    </Badge>
                  </Tooltip>
                </Group>
                <SimpleGrid cols={3} spacing={4} mt={4}>
                  <Cell label="Coupons" value={formatCount(t.count)} />
                  <Cell label="Users" value={formatCount(t.users)} />
                  <Cell label="Max value" value={money(t.maxValue)} />
                  <Cell label="Worst case" value={money(t.worstCaseCost)} />
                  <Cell label="Expected" value={money(t.expectedCost)} strong />
                </SimpleGrid>
              </Paper>
            );
          })}
          <Paper withBorder p="xs" bg="gray.0">
            <Text size="sm" fw={700}>
              Total
            </Text>
            <SimpleGrid cols={3} spacing={4} mt={4}>
              <Cell label="Coupons" value={formatCount(data.issues.reduce((sum, t) => sum + t.count, 0))} />
              <Cell label="Worst case" value={money(data.worstCaseCost)} />
              <Cell label="Expected" value={money(data.expectedCost)} strong />
            </SimpleGrid>
          </Paper>
        </Stack>
      )}
      {data.issues.length > 0 ? (
        <Text size="xs" c="dimmed">
          Worst case: every coupon redeemed at its maximum value. Expected: worst case × the template’s
          observed redemption rate once it has {HISTORY_MIN_ISSUED} issued coupons (“history”), else 100 %
          (“assumed”). Amounts in {DEPLOYMENT_CURRENCY}.
        </Text>
      ) : null}
    </Stack>
  );
}
