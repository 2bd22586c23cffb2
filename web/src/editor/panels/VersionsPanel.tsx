// Versions: the published history (version, when, by whom, note, mode; the live one marked), a visual
// diff of any two versions or a version and the draft, painted on the canvas (added, removed and changed
// nodes and edges on the union of both graphs), rollback and "load into draft".
import { Badge, Button, Group, Paper, Select, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { type RuleGraph, parseRuleGraph } from '@couponflow/schema';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Empty, ErrorNotice, Loading, errorMessage } from '../../app/states';
import { dateTime, timeAgo } from '../../lib/format';
import { useSession } from '../../lib/session';
import { useEditor, useEditorActions, useEditorStore } from '../model/store';
import { type GraphDiff, diffGraphs } from './diff';
import { changeNote, diffOverlay } from './overlays';
import { RollbackMutation, RuleHeaderQuery, RuleVersionsQuery } from './panels.graphql';
import { nodeLabel, ruleChanged, useOwnOverlay, useRefetchOnRuleChange, useVisible } from './shared';

const DRAFT = 'draft';

interface Version {
  version: number;
  graph: RuleGraph | null;
  mode: string;
  publishedAt: string;
  publishedBy: string | null;
  note: string | null;
}

export function VersionsPanel({ ruleId }: { ruleId: string }) {
  const [versions, refetchVersions] = useQuery({ query: RuleVersionsQuery, variables: { ruleId } });
  const [rule, refetchRule] = useQuery({ query: RuleHeaderQuery, variables: { id: ruleId } });
  useRefetchOnRuleChange(ruleId, () => {
    refetchVersions({ requestPolicy: 'network-only' });
    refetchRule({ requestPolicy: 'network-only' });
  });
  const list = useMemo<Version[]>(
    () =>
      (versions.data?.ruleVersions ?? []).map((v) => {
        const parsed = parseRuleGraph(v.graph);
        return {
          version: v.version,
          graph: parsed.ok ? parsed.graph : null,
          mode: v.mode,
          publishedAt: v.publishedAt,
          publishedBy: v.publishedBy ?? null,
          note: v.note ?? null,
        };
      }),
    [versions.data],
  );

  if (versions.fetching && !versions.data) return <Loading label="Loading versions…" />;
  if (versions.error) return <ErrorNotice error={versions.error} title="Versions could not be loaded" />;
  if (list.length === 0)
    return (
      <Stack gap="sm">
        <Title order={4}>Versions</Title>
        <Empty title="No published version yet">
          Publish the rule (the button at the top) to create version 1. Each publish adds a version you can
          compare with and roll back to.
        </Empty>
      </Stack>
    );
  return <VersionsView ruleId={ruleId} versions={list} live={rule.data?.rule.activeVersion ?? null} />;
}

function VersionsView({
  ruleId,
  versions,
  live,
}: {
  ruleId: string;
  versions: Version[];
  live: number | null;
}) {
  const store = useEditorStore();
  const graph = useEditor((s) => s.graph);
  const { load } = useEditorActions();
  const session = useSession();
  const [, rollback] = useMutation(RollbackMutation);
  const root = useRef<HTMLDivElement>(null);
  const visible = useVisible(root);
  const overlay = useOwnOverlay();

  const latest = versions[0]!.version;
  const [base, setBase] = useState<string>(String(live ?? latest));
  const [target, setTarget] = useState<string>(DRAFT);
  const [showing, setShowing] = useState(false);

  const graphOf = (key: string): RuleGraph | null =>
    key === DRAFT ? graph : (versions.find((v) => String(v.version) === key)?.graph ?? null);
  const labelOf = (key: string) => (key === DRAFT ? 'draft' : `v${key}`);
  const a = graphOf(base);
  const b = graphOf(target);
  const diff = useMemo<GraphDiff | null>(() => (a && b ? diffGraphs(a, b) : null), [a, b]);
  const title = `${labelOf(base)} → ${labelOf(target)}`;

  const { show, clear } = overlay;
  useEffect(() => {
    if (showing && visible && diff) show(diffOverlay(diff, title));
    else clear();
  }, [showing, visible, diff, title, show, clear]);

  const options = [
    { value: DRAFT, label: 'Draft (current)' },
    ...versions.map((v) => ({
      value: String(v.version),
      label: `v${v.version}${v.version === live ? ' (live)' : ''}`,
    })),
  ];

  const confirmRollback = (v: Version) =>
    modals.openConfirmModal({
      title: `Roll back to version ${v.version}?`,
      children: (
        <Text size="sm">
          Version {v.version} becomes the live one at once{live != null ? ` (instead of v${live})` : ''}. Your
          draft is not changed.
        </Text>
      ),
      labels: { confirm: `Roll back to v${v.version}`, cancel: 'Cancel' },
      confirmProps: { color: 'orange' },
      onConfirm: async () => {
        const r = await rollback({ id: ruleId, version: v.version });
        if (r.error)
          notifications.show({ color: 'red', title: 'Rollback refused', message: errorMessage(r.error) });
        else {
          notifications.show({ color: 'green', message: `Version ${v.version} is live again` });
          ruleChanged(ruleId);
        }
      },
    });

  const loadIntoDraft = (v: Version) => {
    if (!v.graph) return;
    const apply = () => {
      load(v.graph!);
      setShowing(false);
      notifications.show({
        message: `Version ${v.version} loaded into the draft (undo to go back). Save to keep it.`,
      });
    };
    if (!store.getState().dirty) return apply();
    modals.openConfirmModal({
      title: `Replace the draft with version ${v.version}?`,
      children: <Text size="sm">Your unsaved changes are replaced; Undo brings them back.</Text>,
      labels: { confirm: 'Load into draft', cancel: 'Cancel' },
      onConfirm: apply,
    });
  };

  // The API names the publisher by staff id (no staff directory to read names from): short, and "you".
  const by = (id: string | null) =>
    id === null ? 'an API key' : id === session?.staff.id ? 'you' : `a colleague (${id.slice(0, 12)}…)`;
  return (
    <Stack gap="sm" ref={root}>
      <Title order={4}>Versions</Title>
      <Paper withBorder p="xs">
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            Compare
          </Text>
          <Group grow gap="xs">
            <Select
              size="xs"
              label="From"
              data={options}
              value={base}
              onChange={(v) => v && setBase(v)}
              allowDeselect={false}
            />
            <Select
              size="xs"
              label="To"
              data={options}
              value={target}
              onChange={(v) => v && setTarget(v)}
              allowDeselect={false}
            />
          </Group>
          {diff ? <DiffSummary diff={diff} /> : null}
          <Group gap="xs">
            {showing ? (
              <Button size="xs" variant="default" onClick={() => setShowing(false)}>
                Hide changes
              </Button>
            ) : (
              <Button size="xs" onClick={() => setShowing(true)} disabled={!diff || base === target}>
                Show changes on the canvas
              </Button>
            )}
          </Group>
          {showing && diff ? <ChangedNodes diff={diff} /> : null}
          {showing ? (
            <Text size="xs" c="dimmed">
              The canvas shows both versions together and is read-only until you hide the changes.
            </Text>
          ) : null}
        </Stack>
      </Paper>
      <Stack gap={6} role="list" aria-label="Published versions">
        {versions.map((v) => (
          <Paper key={v.version} withBorder p="xs" role="listitem">
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Group gap={6}>
                <Text fw={700}>v{v.version}</Text>
                {v.version === live ? (
                  <Badge color="green" size="sm">
                    live
                  </Badge>
                ) : null}
                <Badge variant="light" color={v.mode === 'EXPERIMENT' ? 'grape' : 'blue'} size="sm">
                  {v.mode === 'EXPERIMENT' ? 'Experiment' : 'Automated'}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed" title={dateTime(v.publishedAt)}>
                {timeAgo(v.publishedAt)}
              </Text>
            </Group>
            <Text size="xs" c="dimmed">
              {dateTime(v.publishedAt)} by {by(v.publishedBy)}
            </Text>
            {v.note ? (
              <Text size="sm" mt={4}>
                {v.note}
              </Text>
            ) : null}
            {!v.graph ? (
              <Text size="xs" c="red">
                This version’s graph could not be read.
              </Text>
            ) : null}
            <Group gap={6} mt={6}>
              <Button size="compact-xs" variant="light" onClick={() => loadIntoDraft(v)} disabled={!v.graph}>
                Load into draft
              </Button>
              {v.version !== live ? (
                <Button size="compact-xs" variant="light" color="orange" onClick={() => confirmRollback(v)}>
                  Roll back to v{v.version}
                </Button>
              ) : null}
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => {
                  setBase(String(v.version));
                  setTarget(DRAFT);
                  setShowing(true);
                }}
              >
                Compare with draft
              </Button>
            </Group>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}

function DiffSummary({ diff }: { diff: GraphDiff }) {
  if (!diff.changed)
    return (
      <Text size="sm" c="dimmed">
        No difference (layout aside).
      </Text>
    );
  const { nodes, edges } = diff.counts;
  const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  const parts = [
    { n: nodes.added, text: `+${plural(nodes.added, 'node')}`, color: 'green', variant: 'light' },
    { n: nodes.removed, text: `−${plural(nodes.removed, 'node')}`, color: 'red', variant: 'light' },
    { n: nodes.changed, text: `${plural(nodes.changed, 'node')} changed`, color: 'orange', variant: 'light' },
    { n: edges.added, text: `+${plural(edges.added, 'edge')}`, color: 'green', variant: 'outline' },
    { n: edges.removed, text: `−${plural(edges.removed, 'edge')}`, color: 'red', variant: 'outline' },
  ].filter((p) => p.n > 0);
  return (
    <Group gap={6} aria-label="Summary of changes">
      {parts.map((p) => (
        <Badge key={p.text} color={p.color} variant={p.variant}>
          {p.text}
        </Badge>
      ))}
    </Group>
  );
}

function ChangedNodes({ diff }: { diff: GraphDiff }) {
  const { focusNode } = useEditorActions();
  const rows = Object.entries(diff.nodes).filter(([, s]) => s !== 'same');
  if (rows.length === 0) return null;
  const color = { added: 'green', removed: 'red', changed: 'orange', same: 'gray' } as const;
  return (
    <Stack gap={2} role="list" aria-label="Changed nodes">
      {rows.map(([id, status]) => (
        <UnstyledButton key={id} role="listitem" onClick={() => focusNode(id)}>
          <Group gap={6} wrap="nowrap" align="flex-start">
            <Badge size="xs" color={color[status]} style={{ flexShrink: 0 }}>
              {status}
            </Badge>
            <Text size="xs">
              {nodeLabel(diff.graph, id)}
              {status === 'changed' && diff.fields[id] ? (
                <Text span c="dimmed">{` — ${changeNote(diff.fields[id], 80)}`}</Text>
              ) : null}
            </Text>
          </Group>
        </UnstyledButton>
      ))}
    </Stack>
  );
}
