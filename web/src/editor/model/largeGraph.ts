// A large, valid rule graph for benchmarks and responsiveness checks (200 nodes by default): one
// trigger, then stages of conditions of every kind whose `yes` leads on and whose `no` issues a
// consolation coupon, a logic node every few stages, and one split near the end. Deterministic.
import type { JsonObject, RuleEdge, RuleGraph, RuleNode } from '@couponflow/schema';

const conditions: { type: string; args: (i: number) => JsonObject }[] = [
  { type: 'condition.eventProperty', args: (i) => ({ property: 'amount', op: 'gte', value: i * 100 }) },
  {
    type: 'condition.userAttribute',
    args: (i) => ({ attribute: 'tier', op: 'in', value: ['VIP', `T${i}`] }),
  },
  {
    type: 'condition.aggregate',
    args: (i) => ({ eventType: 'order.paid', fn: 'count', window: { days: 30 }, op: 'gte', value: i % 5 }),
  },
  { type: 'condition.audience', args: (i) => ({ audienceId: `aud-${i}` }) },
  { type: 'condition.timeWindow', args: () => ({ daysOfWeek: [1, 2, 3, 4, 5], hours: { from: 8, to: 20 } }) },
  { type: 'condition.frequencyCap', args: () => ({ max: 3, period: 'week' }) },
  { type: 'condition.firstTime', args: () => ({ eventType: 'order.paid' }) },
];

/** A valid graph of exactly `n` nodes (n ≥ 2), laid out left to right. */
export function generateLargeGraph(n = 200): RuleGraph {
  if (n < 2) throw new RangeError('a rule graph needs at least a trigger and an action');
  const nodes: RuleNode[] = [];
  const edges: RuleEdge[] = [];
  let edgeCount = 0;
  const edge = (source: string, target: string, sourceHandle?: string) => {
    edges.push({ id: `e-${++edgeCount}`, source, target, ...(sourceHandle && { sourceHandle }) });
  };
  const node = (id: string, type: string, args: JsonObject, stage: number, row: number) => {
    nodes.push({ id, type, args, position: { x: stage * 280, y: row * 130 } });
  };
  node('trigger', 'trigger.event', { eventType: 'order.paid' }, 0, 0);
  let tail = { id: 'trigger', handle: undefined as string | undefined };
  let splitDone = false;
  for (let stage = 1; nodes.length < n; stage++) {
    const remaining = n - nodes.length;
    if (tail.id.startsWith('arm-')) {
      // After the split, remaining nodes are extra actions on the trigger (valid and reachable).
      node(`extra-${stage}`, 'action.addToAudience', { audienceId: `aud-extra-${stage}` }, stage, 2);
      edge('trigger', `extra-${stage}`);
      continue;
    }
    if (remaining === 1) {
      node(`final-${stage}`, 'action.issueCoupon', { templateId: 'tpl-final' }, stage, 0);
      edge(tail.id, `final-${stage}`, tail.handle);
      break;
    }
    if (!splitDone && remaining <= 6 && remaining >= 4) {
      // trigger … → split → two coupons (treatment, control)
      const split = `split-${stage}`;
      node(
        split,
        'split.percent',
        {
          arms: [
            { id: 'treatment', label: 'Treatment', percent: 90 },
            { id: 'control', label: 'Holdout', percent: 10, control: true },
          ],
        },
        stage,
        0,
      );
      edge(tail.id, split, tail.handle);
      node(`arm-t-${stage}`, 'action.issueCoupon', { templateId: 'tpl-treatment' }, stage + 1, 0);
      node(`arm-c-${stage}`, 'action.issueCoupon', { templateId: 'tpl-treatment' }, stage + 1, 1);
      edge(split, `arm-t-${stage}`, 'treatment');
      edge(split, `arm-c-${stage}`, 'control');
      splitDone = true;
      tail = { id: `arm-t-${stage}`, handle: undefined };
      continue;
    }
    const kind = conditions[stage % conditions.length]!;
    const c = `c-${stage}`;
    node(c, kind.type, kind.args(stage), stage, 0);
    edge(tail.id, c, tail.handle);
    if (stage % 4 === 0 && n - nodes.length >= 3) {
      // a second condition combined with the first by `all`
      const c2 = `c2-${stage}`;
      const all = `all-${stage}`;
      node(c2, 'condition.eventProperty', { property: 'channel', op: 'eq', value: 'app' }, stage, 2);
      edge(tail.id, c2, tail.handle);
      node(all, 'logic.all', {}, stage, 3);
      edge(c, all, 'yes');
      edge(c2, all, 'yes');
      tail = { id: all, handle: 'yes' };
    } else tail = { id: c, handle: 'yes' };
    if (n - nodes.length >= 2) {
      const consolation = `a-${stage}`;
      node(consolation, 'action.issueCoupon', { templateId: `tpl-${stage}` }, stage, 1);
      edge(tail.id, consolation, 'no');
    }
  }
  return { version: 1, nodes, edges };
}
