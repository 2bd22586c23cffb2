// Live: on a published rule, distinct users per node in a period (today, 7 days, 30 days) from the
// server's HyperLogLog sketches, refreshed every few seconds while the panel is open, painted on the
// canvas as a funnel (the count on each node; on each edge the users who left by that handle, drawn
// wider the more users took it). The estimate's stated error, actions today and exposures per arm
// (when the rule splits) sit beside it.
import {
  Alert,
  Badge,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { type RuleGraph, parseRuleGraph } from '@couponflow/schema';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { Empty, ErrorNotice, Loading } from '../../app/states';
import { timeAgo } from '../../lib/format';
import { useEditor, useEditorActions } from '../model/store';
import { diffGraphs } from './diff';
import { isoSeconds } from './facts';
import { countsOverlay, formatCount, userCountsOf } from './overlays';
import { ExposuresQuery, LiveRuleQuery, RuleNodeUsersQuery, VersionGraphsQuery } from './panels.graphql';
import { nodeLabel, useOwnOverlay, useRefetchOnRuleChange, useVisible } from './shared';

/** How often the counts are read again while the panel is open. */
export const LIVE_REFRESH_MS = 5000;
const DAY = 86_400_000;

type Period = 'today' | '7' | '30';
const PERIODS: { value: Period; label: string }[] = [
  { value: 'today', label: 'Today' },
  { value: '7', label: '7 days' },
  { value: '30', label: '30 days' },
];

/** The period as whole UTC days ending today (the server counts whole UTC days). */
function periodRange(period: Period, now: number): { from: string; to: string } {
  const startOfToday = Math.floor(now / DAY) * DAY;
  const days = period === 'today' ? 1 : Number(period);
  return { from: isoSeconds(startOfToday - (days - 1) * DAY), to: isoSeconds(now) };
}

export function LivePanel({ ruleId }: { ruleId: string }) {
  const [rule, refetch] = useQuery({ query: LiveRuleQuery, variables: { id: ruleId } });
  useRefetchOnRuleChange(ruleId, () => refetch({ requestPolicy: 'network-only' }));
  const r = rule.data?.rule;
  if (rule.fetching && !rule.data) return <Loading label="Loading the rule…" />;
  if (rule.error) return <ErrorNotice error={rule.error} title="The rule could not be loaded" />;
  if (!r || r.activeVersion == null)
    return (
      <Stack gap="sm">
        <Title order={4}>Live</Title>
        <Empty title="Not published yet">
          Publish the rule to watch users flow through it: each node then shows how many distinct users
          reached it, updated every few seconds.
        </Empty>
      </Stack>
    );
  return <LiveView ruleId={ruleId} activeVersion={r.activeVersion} paused={r.status === 'PAUSED'} />;
}

function LiveView({
  ruleId,
  activeVersion,
  paused,
}: {
  ruleId: string;
  activeVersion: number;
  paused: boolean;
}) {
  const draft = useEditor((s) => s.graph);
  const { focusNode } = useEditorActions();
  const root = useRef<HTMLDivElement>(null);
  const visible = useVisible(root);
  const { show, clear } = useOwnOverlay();
  const [period, setPeriod] = useState<Period>('today');
  const [versionChoice, setVersionChoice] = useState<string>('live');
  const version =
    versionChoice === 'all' ? null : versionChoice === 'live' ? activeVersion : Number(versionChoice);

  // Polling: a new time range every few seconds while the panel is shown (and the page visible).
  const [tick, setTick] = useState(() => Date.now());
  useEffect(() => {
    if (!visible) return;
    const id = setInterval(() => {
      if (document.visibilityState === 'visible') setTick(Date.now());
    }, LIVE_REFRESH_MS);
    return () => clearInterval(id);
  }, [visible]);
  const range = useMemo(() => periodRange(period, tick), [period, tick]);

  const [users] = useQuery({
    query: RuleNodeUsersQuery,
    variables: { ruleId, ...range, version },
    requestPolicy: 'network-only',
    pause: !visible,
  });
  const [rule, refetchRule] = useQuery({ query: LiveRuleQuery, variables: { id: ruleId }, pause: !visible });
  const [exposures, refetchExposures] = useQuery({
    query: ExposuresQuery,
    variables: { ruleId },
    pause: !visible,
  });
  const [versions] = useQuery({ query: VersionGraphsQuery, variables: { ruleId } });
  const firstTick = useRef(tick);
  useEffect(() => {
    if (tick === firstTick.current) return;
    refetchRule({ requestPolicy: 'network-only' });
    refetchExposures({ requestPolicy: 'network-only' });
  }, [tick, refetchRule, refetchExposures]);

  const versionGraphs = useMemo(() => {
    const m = new Map<number, RuleGraph>();
    for (const v of versions.data?.ruleVersions ?? []) {
      const p = parseRuleGraph(v.graph);
      if (p.ok) m.set(v.version, p.graph);
    }
    return m;
  }, [versions.data]);
  const counted = version === null ? null : (versionGraphs.get(version) ?? null);
  const draftDiffers = counted !== null && diffGraphs(counted, draft).changed;
  const hasSplit = (counted ?? draft).nodes.some((n) => n.type === 'split.percent');

  // The last counts stay on screen while the next ones load.
  const [data, setData] = useState(users.data?.ruleNodeUsers);
  if (users.data && users.data.ruleNodeUsers !== data) setData(users.data.ruleNodeUsers);
  const counts = useMemo(() => (data ? userCountsOf(data) : null), [data]);

  const periodLabel = PERIODS.find((p) => p.value === period)!.label.toLowerCase();
  useEffect(() => {
    if (!visible || !counts) {
      clear();
      return;
    }
    const overlay = countsOverlay(
      draft,
      counts,
      `Users ${periodLabel === 'today' ? 'today' : `in ${periodLabel}`}${version ? `, v${version}` : ''}`,
    );
    // Nodes the counted version does not have are not painted with a zero.
    if (counted) {
      const ids = new Set(counted.nodes.map((n) => n.id));
      for (const id of Object.keys(overlay.nodes))
        if (!ids.has(id)) overlay.nodes[id] = { note: `not in v${version}` };
    }
    show(overlay);
  }, [visible, counts, draft, counted, version, periodLabel, show, clear]);

  const triggerId = (counted ?? draft).nodes.find((n) => n.type === 'trigger.event')?.id;
  const entered = counts?.nodes.find((n) => n.nodeId === triggerId)?.users ?? 0;
  const errorPct = data ? Math.round(data.relativeError * 1000) / 10 : null;
  const versionOptions = [
    { value: 'live', label: `Live version (v${activeVersion})` },
    { value: 'all', label: 'All versions' },
    ...[...versionGraphs.keys()]
      .filter((v) => v !== activeVersion)
      .map((v) => ({ value: String(v), label: `v${v}` })),
  ];
  const liveRule = rule.data?.rule;

  return (
    <Stack gap="sm" ref={root}>
      <Group justify="space-between">
        <Title order={4}>Live</Title>
        <Badge variant="dot" color={paused ? 'yellow' : 'green'}>
          {paused ? 'paused' : `updates every ${LIVE_REFRESH_MS / 1000} s`}
        </Badge>
      </Group>
      <SegmentedControl
        aria-label="Period"
        size="xs"
        fullWidth
        value={period}
        onChange={(v) => setPeriod(v as Period)}
        data={PERIODS}
      />
      <Select
        size="xs"
        label="Version counted"
        data={versionOptions}
        value={versionChoice}
        onChange={(v) => v && setVersionChoice(v)}
        allowDeselect={false}
      />
      {users.error ? <ErrorNotice error={users.error} title="Counts could not be loaded" /> : null}
      {!data && !users.error ? <Loading label="Counting users…" /> : null}
      {data ? (
        <>
          <SimpleGrid cols={3} spacing={6}>
            <Figure
              label="Users in"
              value={formatCount(entered)}
              hint={`Distinct users whose event reached the trigger, ${periodLabel}.`}
            />
            <Figure
              label="Actions today"
              value={liveRule ? formatCount(liveRule.actionsToday) : '…'}
              hint="Coupons issued, audience changes and events emitted today (control arms and refusals excluded)."
            />
            <Figure
              label="Last fired"
              value={liveRule?.lastFiredAt ? timeAgo(liveRule.lastFiredAt) : 'never'}
              hint="The latest event on which the rule decided an action."
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            Counts are estimates (HyperLogLog): typical error ±{errorPct} %, nearly always within ±
            {errorPct !== null ? Math.round(errorPct * 30) / 10 : ''} %. Whole UTC days.
          </Text>
          {entered === 0 ? (
            <Alert color="blue" title="No users yet in this period">
              Nobody reached the trigger {period === 'today' ? 'today' : `in the last ${period} days`}. Events
              sent with <code>track</code> appear here within a few seconds.
            </Alert>
          ) : null}
          {draftDiffers ? (
            <Alert color="gray" title={`The draft differs from v${version}`}>
              The canvas shows the draft; counts are painted on the nodes it shares with v{version}.
            </Alert>
          ) : null}
          <Stack gap={2} role="list" aria-label="Users per node">
            {(counted ?? draft).nodes.map((n) => {
              const c = counts?.nodes.find((x) => x.nodeId === n.id);
              return (
                <UnstyledButton key={n.id} role="listitem" onClick={() => focusNode(n.id)}>
                  <Group gap="xs" wrap="nowrap" justify="space-between">
                    <Text size="xs" truncate>
                      {nodeLabel(counted ?? draft, n.id)}
                    </Text>
                    <Text size="xs" fw={700} style={{ whiteSpace: 'nowrap' }}>
                      {formatCount(c?.users ?? 0)}
                      {c?.passed !== undefined ? (
                        <Text span c="dimmed" fw={400}>
                          {' '}
                          → {formatCount(c.passed)} yes
                        </Text>
                      ) : null}
                    </Text>
                  </Group>
                </UnstyledButton>
              );
            })}
          </Stack>
        </>
      ) : null}
      {hasSplit ? (
        <Paper withBorder p="xs">
          <Text size="sm" fw={600} mb={4}>
            Exposures per arm (all time)
          </Text>
          {exposures.error ? <ErrorNotice error={exposures.error} /> : null}
          {exposures.data && exposures.data.ruleExposures.length === 0 ? (
            <Text size="xs" c="dimmed">
              Nobody has reached the split yet.
            </Text>
          ) : null}
          <Group gap={6}>
            {exposures.data?.ruleExposures.map((e) => (
              <Badge key={e.arm} variant="light" color={e.control ? 'gray' : 'grape'}>
                {e.arm}
                {e.control && !/control/i.test(e.arm) ? ' (control)' : ''}: {formatCount(e.users)}
              </Badge>
            ))}
          </Group>
        </Paper>
      ) : null}
    </Stack>
  );
}

function Figure({ label, value, hint }: { label: string; value: string; hint: string }) {
  return (
    <Tooltip label={hint} multiline w={220} withArrow>
      <Paper withBorder p={6} tabIndex={0} role="group" aria-label={`${label}: ${value}. ${hint}`}>
        <Text size="xs" c="dimmed">
          {label}
        </Text>
        <Text fw={700} size="sm">
          {value}
        </Text>
      </Paper>
    </Tooltip>
  );
}
