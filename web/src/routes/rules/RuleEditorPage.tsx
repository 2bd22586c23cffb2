// The rule editor (route /rules/:id): the rule's header (name, status, mode, save, the panels' header
// actions), the block palette, the canvas, and a side panel with Settings, Problems and the panels'
// tabs (simulate, replay, versions, live). One editor store per open rule, created here.
import { type RuleGraph, type RuleGraphIssue, parseRuleGraph } from '@couponflow/schema';
import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Group,
  List,
  ScrollArea,
  Stack,
  Tabs,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useHotkeys, useWindowEvent } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { ReactFlowProvider } from '@xyflow/react';
import { Activity, useEffect, useState } from 'react';
import { Link, useBlocker, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ErrorNotice, Loading, errorMessage } from '../../app/states';
import { CanvasFrameProvider } from '../../editor/canvas/addBlock';
import { RuleCanvas } from '../../editor/canvas/RuleCanvas';
import { type Catalogue, CatalogueProvider, useCatalogue } from '../../editor/model/catalogue';
import { useBlockCatalogue } from '../../editor/model/catalogue.graphql';
import {
  type EditorStore,
  EditorStoreProvider,
  createEditorStore,
  useEditor,
  useEditorStore,
} from '../../editor/model/store';
import { Palette } from '../../editor/palette/Palette';
import { EditorHeaderActions, editorTabs } from '../../editor/panels';
import { ProblemsList } from '../../editor/problems/ProblemsList';
import { SettingsPanel } from '../../editor/settings/SettingsPanel';
import type { RuleEditorQuery as RuleEditorQueryResult } from '../../gql/graphql';
import { RuleEditorQuery, UpdateRuleDraftMutation } from './ruleEditor.graphql';

type Rule = RuleEditorQueryResult['rule'];

/** Whether a graph has a split block (by the catalogue's category): then there is an experiment. */
const hasSplit = (draft: unknown, catalogue: Catalogue): boolean =>
  typeof draft === 'object' &&
  draft !== null &&
  'nodes' in draft &&
  Array.isArray(draft.nodes) &&
  draft.nodes.some(
    (n: unknown) =>
      typeof n === 'object' &&
      n !== null &&
      'type' in n &&
      typeof n.type === 'string' &&
      catalogue.byCode.get(n.type)?.category === 'split',
  );

const statusColour: Record<string, string> = { ACTIVE: 'green', DRAFT: 'gray', PAUSED: 'yellow' };

export function RuleEditorPage() {
  const { id = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: RuleEditorQuery, variables: { id } });
  const blocks = useBlockCatalogue();

  if (error && !data)
    return (
      <Box p="md" maw={720}>
        <Stack>
          <ErrorNotice error={error} title="The rule could not be loaded" />
          <Group>
            <Button variant="default" onClick={() => refetch({ requestPolicy: 'network-only' })}>
              Try again
            </Button>
            <Anchor component={Link} to="/rules">
              Back to the rules
            </Anchor>
          </Group>
        </Stack>
      </Box>
    );
  if (blocks.error)
    return (
      <Box p="md" maw={720}>
        <ErrorNotice error={blocks.error} title="The block catalogue could not be loaded" />
      </Box>
    );
  if (!data || !blocks.catalogue)
    return <Loading label={fetching ? 'Loading the rule…' : 'Loading the blocks…'} />;
  return <EditorWorkspace key={data.rule.id} rule={data.rule} catalogue={blocks.catalogue} />;
}

const emptyGraph: RuleGraph = { version: 1, nodes: [], edges: [] };

function EditorWorkspace({ rule, catalogue }: { rule: Rule; catalogue: Catalogue }) {
  const [parsed] = useState(() => parseRuleGraph(rule.draft));
  const [store, setStore] = useState<EditorStore | null>(() =>
    parsed.ok ? createEditorStore(parsed.graph) : null,
  );
  if (!store)
    return (
      <UnreadableDraft
        rule={rule}
        issues={parsed.ok ? [] : parsed.issues}
        onStartOver={() => {
          const fresh = createEditorStore(emptyGraph);
          // The stored draft is not this graph: saving replaces it.
          fresh.getState().actions.markSaved(parsed.ok ? parsed.graph : { ...emptyGraph });
          setStore(fresh);
        }}
      />
    );
  return (
    <CatalogueProvider catalogue={catalogue}>
      <EditorStoreProvider store={store}>
        <ReactFlowProvider>
          <CanvasFrameProvider>
            <EditorLayout rule={rule} />
          </CanvasFrameProvider>
        </ReactFlowProvider>
      </EditorStoreProvider>
    </CatalogueProvider>
  );
}

function UnreadableDraft({
  rule,
  issues,
  onStartOver,
}: {
  rule: Rule;
  issues: RuleGraphIssue[];
  onStartOver: () => void;
}) {
  const confirm = () =>
    modals.openConfirmModal({
      title: 'Start over with an empty graph?',
      children: (
        <Text size="sm">
          The unreadable draft is replaced when you save. Published versions are not affected.
        </Text>
      ),
      labels: { confirm: 'Start over', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: onStartOver,
    });
  return (
    <Box p="md" maw={760}>
      <Stack>
        <Alert
          color="red"
          title={`The draft of “${rule.name}” is not a rule graph this editor can read`}
          role="alert"
        >
          <List size="sm">
            {issues.map((issue, i) => (
              <List.Item key={i}>{issue.message}</List.Item>
            ))}
          </List>
        </Alert>
        <Group>
          <Button color="red" variant="light" onClick={confirm}>
            Start over with an empty graph
          </Button>
          <Anchor component={Link} to="/rules">
            Back to the rules
          </Anchor>
        </Group>
      </Stack>
    </Box>
  );
}

/** Saving the draft (with positions) and the name; errors stay on screen with the API's message. */
function useSaveDraft(ruleId: string) {
  const store = useEditorStore();
  const [{ fetching }, update] = useMutation(UpdateRuleDraftMutation);
  const [saveError, setSaveError] = useState<string | null>(null);
  const save = async () => {
    const graph = store.getState().graph;
    const result = await update({ id: ruleId, input: { graph } });
    if (result.error) {
      setSaveError(errorMessage(result.error));
      return;
    }
    setSaveError(null);
    store.getState().actions.markSaved(graph);
    // A short confirmation: the editor header's saved state stays as the lasting signal, so the toast
    // leaves the side panel quickly.
    notifications.show({ color: 'teal', message: 'Draft saved', autoClose: 1500 });
  };
  return { save, saving: fetching, saveError, clearError: () => setSaveError(null) };
}

function RuleName({ rule }: { rule: Rule }) {
  const [name, setName] = useState(rule.name);
  const [{ fetching, error }, update] = useMutation(UpdateRuleDraftMutation);
  const commit = () => {
    const trimmed = name.trim();
    if (!trimmed) return setName(rule.name);
    if (trimmed !== rule.name) void update({ id: rule.id, input: { name: trimmed } });
  };
  return (
    <TextInput
      aria-label="Rule name"
      value={name}
      onChange={(e) => setName(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') {
          setName(rule.name);
          e.currentTarget.blur();
        }
      }}
      error={error ? errorMessage(error) : undefined}
      disabled={fetching}
      size="sm"
      fw={600}
      miw={120}
      style={{ flex: '0 1 260px' }}
      styles={{ input: { fontWeight: 600, fontSize: 16 } }}
    />
  );
}

function EditorLayout({ rule }: { rule: Rule }) {
  const catalogue = useCatalogue();
  const dirty = useEditor((s) => s.dirty);
  const issueCount = useEditor((s) => s.issues.length);
  const readOnly = useEditor((s) => s.overlay?.graph !== undefined);
  const { save, saving, saveError, clearError } = useSaveDraft(rule.id);
  const [tab, setTab] = useState<string | null>('settings');

  useHotkeys([['mod+S', () => void save()]], []);
  useWindowEvent('beforeunload', (event) => {
    if (dirty) event.preventDefault();
  });
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modals.openConfirmModal({
      title: 'Leave without saving?',
      children: <Text size="sm">The draft has changes that are not saved. They are lost if you leave.</Text>,
      labels: { confirm: 'Leave without saving', cancel: 'Stay' },
      confirmProps: { color: 'red' },
      onConfirm: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker]);

  return (
    <Stack gap={0} h="calc(100dvh - 52px)" miw={0}>
      <Group
        px="md"
        py={8}
        gap="sm"
        justify="space-between"
        wrap="nowrap"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Group gap="sm" wrap="nowrap" miw={0}>
          <Anchor
            component={Link}
            to="/rules"
            size="sm"
            aria-label="Back to the rules"
            style={{ whiteSpace: 'nowrap' }}
          >
            ← Rules
          </Anchor>
          <RuleName key={rule.name} rule={rule} />
          <Badge
            color={statusColour[rule.status] ?? 'gray'}
            variant="light"
            style={{ flexShrink: 0 }}
            aria-label={`Status: ${rule.status.toLowerCase()}`}
          >
            {rule.status.toLowerCase()}
          </Badge>
          <Badge
            color="indigo"
            variant="outline"
            aria-label={`Mode: ${rule.mode.toLowerCase()}`}
            style={{ flexShrink: 0 }}
          >
            {rule.mode.toLowerCase()}
          </Badge>
          {rule.activeVersion != null && (
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              live v{rule.activeVersion}
            </Text>
          )}
          {rule.activeVersion != null && hasSplit(rule.draft, catalogue) && (
            <Anchor
              component={Link}
              to={`/rules/${encodeURIComponent(rule.id)}/experiment`}
              size="sm"
              style={{ whiteSpace: 'nowrap' }}
            >
              Experiment results
            </Anchor>
          )}
        </Group>
        <Group gap="xs" wrap="nowrap">
          {/* The problem count lives here, seen from every tab; it opens the list. */}
          {issueCount > 0 && (
            <Button
              size="compact-xs"
              variant="light"
              color="red"
              onClick={() => setTab('problems')}
              aria-label={`${problemLabel(issueCount)}: show the list`}
            >
              {problemLabel(issueCount)}
            </Button>
          )}
          <Text
            size="xs"
            c={dirty ? 'orange.8' : 'dimmed'}
            aria-live="polite"
            style={{ whiteSpace: 'nowrap' }}
          >
            {dirty ? '● Unsaved changes' : 'Saved'}
          </Text>
          <Tooltip label="Save the draft (Ctrl/⌘+S)">
            <Button
              size="xs"
              onClick={() => void save()}
              loading={saving}
              disabled={!dirty || readOnly}
              variant={dirty ? 'filled' : 'default'}
            >
              Save draft
            </Button>
          </Tooltip>
          <EditorHeaderActions ruleId={rule.id} />
        </Group>
      </Group>
      {saveError && (
        <Alert
          color="red"
          title="The draft was not saved"
          withCloseButton
          onClose={clearError}
          closeButtonLabel="Dismiss"
          mx="md"
          mt="xs"
          role="alert"
        >
          {saveError}
        </Alert>
      )}
      <Group gap={0} align="stretch" wrap="nowrap" style={{ flex: 1, minHeight: 0 }}>
        <Box
          w={188}
          p="xs"
          style={{
            borderRight: '1px solid var(--mantine-color-gray-3)',
            flexShrink: 0,
            display: 'flex',
            flexDirection: 'column',
            minHeight: 0,
          }}
        >
          <Palette disabled={readOnly} />
        </Box>
        <Box style={{ flex: 1, minWidth: 0, position: 'relative' }}>
          <RuleCanvas />
        </Box>
        <Box
          w={340}
          style={{
            borderLeft: '1px solid var(--mantine-color-gray-3)',
            flexShrink: 0,
            display: 'flex',
            flexDirection: 'column',
            minHeight: 0,
          }}
        >
          <Tabs
            value={tab}
            onChange={setTab}
            style={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}
            keepMounted
          >
            {/* One row of tabs: a narrow strip that wraps would move every tab under the pointer. */}
            <Tabs.List
              style={{ flexShrink: 0, flexWrap: 'nowrap', overflowX: 'auto', scrollbarWidth: 'none' }}
            >
              <Tabs.Tab value="settings" px={4} fz="xs" style={{ flexShrink: 0, whiteSpace: 'nowrap' }}>
                Settings
              </Tabs.Tab>
              <Tabs.Tab value="problems" px={4} fz="xs" style={{ flexShrink: 0, whiteSpace: 'nowrap' }}>
                Problems
              </Tabs.Tab>
              {editorTabs.map((t) => (
                <Tabs.Tab
                  key={t.value}
                  value={t.value}
                  px={4}
                  fz="xs"
                  style={{ flexShrink: 0, whiteSpace: 'nowrap' }}
                >
                  {t.label}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            <ScrollArea style={{ flex: 1 }} type="auto">
              <Box p="sm">
                {/* Hidden tabs keep their state but render at idle priority and pause their effects
                    (React's Activity): a drag on the canvas only re-renders what is on screen. */}
                <Activity mode={tab === 'settings' ? 'visible' : 'hidden'}>
                  <Tabs.Panel value="settings">
                    <SettingsPanel />
                  </Tabs.Panel>
                </Activity>
                <Activity mode={tab === 'problems' ? 'visible' : 'hidden'}>
                  <Tabs.Panel value="problems">
                    <ProblemsList />
                  </Tabs.Panel>
                </Activity>
                {editorTabs.map(({ value, Panel }) => (
                  <Activity key={value} mode={tab === value ? 'visible' : 'hidden'}>
                    <Tabs.Panel value={value}>
                      <Panel ruleId={rule.id} />
                    </Tabs.Panel>
                  </Activity>
                ))}
              </Box>
            </ScrollArea>
          </Tabs>
        </Box>
      </Group>
    </Stack>
  );
}

const problemLabel = (n: number): string => (n === 1 ? '1 problem' : `${n} problems`);
