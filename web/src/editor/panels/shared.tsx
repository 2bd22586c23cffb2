// What the side panels share: the overlay each one paints (and takes away again), a signal that a rule
// changed on the server (so the header and every panel refetch), visibility of a panel in its tab,
// and reading the API's INVALID_GRAPH issues.
import { Button, Group, List, Text, ThemeIcon } from '@mantine/core';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type RefObject,
} from 'react';
import type { CombinedError } from 'urql';
import { useQuery } from 'urql';
import { getBlock, type RuleGraph } from '@couponflow/schema';
import type { Overlay } from '../model/contract';
import { useEditorActions, useEditorStore } from '../model/store';
import { TemplateNamesQuery } from './panels.graphql';

// ---- Rule revisions: "the rule changed on the server, read it again" ----

const revisions = new Map<string, number>();
const listeners = new Set<() => void>();

/** Tells every panel and the header that rule `ruleId` changed (published, paused, rolled back …). */
export function ruleChanged(ruleId: string): void {
  revisions.set(ruleId, (revisions.get(ruleId) ?? 0) + 1);
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A number that grows whenever `ruleChanged(ruleId)` is called. */
export function useRuleRevision(ruleId: string): number {
  return useSyncExternalStore(
    subscribe,
    () => revisions.get(ruleId) ?? 0,
    () => 0,
  );
}

/** Re-runs `refetch` (network only) after every change of the rule, not on mount. */
export function useRefetchOnRuleChange(ruleId: string, refetch: () => void): void {
  const revision = useRuleRevision(ruleId);
  const first = useRef(revision);
  const latest = useRef(refetch);
  useEffect(() => {
    latest.current = refetch;
  });
  useEffect(() => {
    if (revision !== first.current) latest.current();
  }, [revision]);
}

// ---- Overlays owned by one panel ----

/**
 * Paints an overlay and takes it away again: `show` replaces the canvas overlay, `clear` removes it only
 * while it is still this panel's (another panel may have painted its own since), and so does unmounting.
 */
export function useOwnOverlay(): { show: (overlay: Overlay) => void; clear: () => void; shown: boolean } {
  const store = useEditorStore();
  const { setOverlay } = useEditorActions();
  const mine = useRef<Overlay | null>(null);
  const [shown, setShown] = useState(false);
  const show = useCallback(
    (overlay: Overlay) => {
      mine.current = overlay;
      setOverlay(overlay);
      setShown(true);
    },
    [setOverlay],
  );
  const clear = useCallback(() => {
    if (mine.current && store.getState().overlay === mine.current) setOverlay(null);
    mine.current = null;
    setShown(false);
  }, [setOverlay, store]);
  // Another panel painted over ours: we no longer show anything.
  useEffect(
    () =>
      store.subscribe((s) => {
        if (mine.current && s.overlay !== mine.current) {
          mine.current = null;
          setShown(false);
        }
      }),
    [store],
  );
  useEffect(
    () => () => {
      if (mine.current && store.getState().overlay === mine.current)
        store.getState().actions.setOverlay(null);
    },
    [store],
  );
  return { show, clear, shown };
}

/** Whether the element is shown (a tab panel kept mounted but hidden is not); true where unknown. */
export function useVisible(ref: RefObject<HTMLElement | null>): boolean {
  const [visible, setVisible] = useState(true);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver((entries) => {
      for (const e of entries) setVisible(e.isIntersecting || e.boundingClientRect.height > 0);
    });
    io.observe(el);
    return () => io.disconnect();
  }, [ref]);
  return visible;
}

// ---- The API's graph issues ----

export interface PanelIssue {
  code: string;
  message: string;
  nodeIds: string[];
  severity?: 'ERROR' | 'WARNING' | 'INFO';
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The issues of an INVALID_GRAPH error (`extensions.issues[]`), or none. */
export function graphIssuesOf(error: CombinedError | undefined): PanelIssue[] {
  if (!error) return [];
  return error.graphQLErrors.flatMap((e) => {
    const issues = e.extensions?.issues;
    if (e.extensions?.code !== 'INVALID_GRAPH' || !Array.isArray(issues)) return [];
    return issues.filter(isRecord).map((i) => ({
      code: typeof i.code === 'string' ? i.code : 'INVALID_GRAPH',
      message: typeof i.message === 'string' ? i.message : 'invalid graph',
      nodeIds: Array.isArray(i.nodeIds) ? i.nodeIds.filter((id): id is string => typeof id === 'string') : [],
      severity: 'ERROR' as const,
    }));
  });
}

/** "Issue coupon (issue-1)": a node as people read it. */
export function nodeLabel(graph: RuleGraph, nodeId: string): string {
  const node = graph.nodes.find((n) => n.id === nodeId);
  const label = node ? (getBlock(node.type)?.label ?? node.type) : 'missing node';
  return `${label} (${nodeId})`;
}

/** A list of issues; each names its nodes, and a click focuses the node on the canvas. */
export function IssueList({ issues, graph }: { issues: PanelIssue[]; graph: RuleGraph }) {
  const { focusNode } = useEditorActions();
  return (
    <List spacing={6} size="sm" center>
      {issues.map((issue, i) => (
        <List.Item
          key={`${issue.code}-${i}`}
          icon={
            <ThemeIcon
              size={18}
              radius="xl"
              color={issue.severity === 'WARNING' ? 'yellow' : issue.severity === 'INFO' ? 'blue' : 'red'}
              aria-hidden
            >
              <Text size="xs" fw={700} c="white">
                {issue.severity === 'WARNING' ? '!' : issue.severity === 'INFO' ? 'i' : '×'}
              </Text>
            </ThemeIcon>
          }
        >
          <Text size="sm" component="span">
            {issue.message}
          </Text>
          {issue.nodeIds.length > 0 ? (
            <Group gap={4} mt={2}>
              {issue.nodeIds.map((id) => (
                <Button key={id} size="compact-xs" variant="light" onClick={() => focusNode(id)}>
                  Show {nodeLabel(graph, id)}
                </Button>
              ))}
            </Group>
          ) : null}
        </List.Item>
      ))}
    </List>
  );
}

// ---- Coupon templates by id ----

export interface TemplateInfo {
  id: string;
  name: string;
  status: string;
  maxValue: number;
  issuedCount: number;
}

/** Templates by id (the first 100), for names in action lists and cost tables. */
export function useTemplates(): ReadonlyMap<string, TemplateInfo> {
  const [{ data }] = useQuery({ query: TemplateNamesQuery });
  const nodes = data?.templates.nodes;
  return useMemo(() => new Map((nodes ?? []).map((t) => [t.id, t])), [nodes]);
}
