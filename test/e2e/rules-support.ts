// Helpers shared by the rules, tracking and audience e2e suites (not a test file itself).
import { graphql } from '../support/gql-types';
import type { RuleAction, RuleGraph, TraceEntry } from '@couponflow/schema';
import type { GqlClient } from '../support/gql';
import type { RulesSupportTrackMutation, TrackEventInput } from '../support/gql-types/graphql';

export interface GraphNode {
  id: string;
  type: string;
  args: Record<string, unknown>;
  position?: { x: number; y: number };
}
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  sourceHandle?: string;
}

/** A graph whose nodes form a chain trigger → c1 (yes) → c2 (yes) → … → the last node. */
export function chain(nodes: GraphNode[]) {
  return {
    version: 1,
    nodes: nodes.map((n, i) => ({ ...n, position: n.position ?? { x: i * 200, y: 0 } })),
    edges: nodes.slice(1).map((n, i) => ({
      id: `e${i + 1}`,
      source: nodes[i]!.id,
      target: n.id,
      sourceHandle: i === 0 ? 'out' : 'yes',
    })),
  };
}

/** order.paid with amount ≥ 10 000, the user's third paid order in 30 days, tier VIP → issue `templateId`. */
export function vipThirdOrder(templateId: string, minAmount = 10_000) {
  return chain([
    { id: 'trigger', type: 'trigger.event', args: { eventType: 'order.paid' } },
    {
      id: 'amount',
      type: 'condition.eventProperty',
      args: { property: 'amount', op: 'gte', value: minAmount },
    },
    {
      id: 'third',
      type: 'condition.aggregate',
      args: { eventType: 'order.paid', fn: 'count', window: { days: 30 }, op: 'eq', value: 3 },
    },
    { id: 'vip', type: 'condition.userAttribute', args: { attribute: 'tier', op: 'eq', value: 'VIP' } },
    { id: 'issue', type: 'action.issueCoupon', args: { templateId } },
  ]);
}

/** One behaviour event as `track` takes it. */
export type TrackEvent = TrackEventInput;
/** What `track` answers for a batch. */
export type TrackResultData = RulesSupportTrackMutation['track'];

export const TRACK = graphql(`
  mutation RulesSupportTrack($e: [TrackEventInput!]!) {
    track(events: $e) {
      accepted
      duplicates
      rejected
      firings
      issued
      errors {
        index
        eventId
        code
        field
        message
      }
    }
  }
`);

export async function track(client: GqlClient, events: TrackEvent[]): Promise<TrackResultData> {
  return (await client.q(TRACK, { e: events })).track;
}

export async function createRule(
  staff: GqlClient,
  graph: unknown,
  mode: 'AUTOMATED' | 'EXPERIMENT' = 'AUTOMATED',
  name = 'test rule',
): Promise<string> {
  const r = await staff.q(
    graphql(`
      mutation RulesSupportCreateRule($i: CreateRuleInput!) {
        createRule(input: $i) {
          id
        }
      }
    `),
    { i: { name, mode, graph } },
  );
  return r.createRule.id;
}

export async function publishRule(staff: GqlClient, id: string): Promise<number> {
  const r = await staff.q(
    graphql(`
      mutation RulesSupportPublishRule($id: ID!) {
        publishRule(id: $id) {
          rule {
            activeVersion
            status
          }
        }
      }
    `),
    { id },
  );
  const version = r.publishRule.rule.activeVersion;
  if (version == null) throw new Error(`rule ${id} published without an active version`);
  return version;
}

export async function updateDraft(staff: GqlClient, id: string, graph: unknown): Promise<void> {
  await staff.q(
    graphql(`
      mutation UpdateRule($id: ID!, $g: JSON) {
        updateRule(id: $id, input: { graph: $g }) {
          id
        }
      }
    `),
    {
      id,
      g: graph,
    },
  );
}

export const isoAt = (epochSeconds: number): string =>
  new Date(epochSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

export const nowS = (): number => Math.floor(Date.now() / 1000);

// The schema types rule documents, traces and actions as JSON; their shapes are the rule package's
// own (schema/src/rules), read here with its types.
export const graphOf = (json: unknown): RuleGraph => json as RuleGraph;
export const traceOf = (json: unknown): readonly TraceEntry[] => json as readonly TraceEntry[];
export const actionsOf = (json: unknown): readonly RuleAction[] => json as readonly RuleAction[];

/** A 50/50 experiment: every page view reaches the split (a firing with its trace); both arms reach the issue node, the control arm's issue is withheld. */
export function splitGraph(templateId: string) {
  return {
    version: 1,
    nodes: [
      { id: 'trigger', type: 'trigger.event', args: { eventType: 'page.viewed' }, position: { x: 0, y: 0 } },
      {
        id: 'split',
        type: 'split.percent',
        args: {
          arms: [
            { id: 'treatment', label: 'Treatment', percent: 50 },
            { id: 'control', label: 'Control', percent: 50, control: true },
          ],
        },
        position: { x: 200, y: 0 },
      },
      { id: 'issue', type: 'action.issueCoupon', args: { templateId }, position: { x: 400, y: 0 } },
    ],
    edges: [
      { id: 'e1', source: 'trigger', target: 'split', sourceHandle: 'out' },
      { id: 'e2', source: 'split', target: 'issue', sourceHandle: 'treatment' },
      { id: 'e3', source: 'split', target: 'issue', sourceHandle: 'control' },
    ],
  };
}
