import { type RuleGraph, parseRuleGraph } from '@couponflow/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type EdgeChange, type GraphDiff, type NodeChange, diffGraphs, edgeKey, sameJson } from './diff';

const graph = (input: unknown): RuleGraph => {
  const parsed = parseRuleGraph(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.graph;
};

const v1 = graph({
  version: 1,
  nodes: [
    { id: 'trigger', type: 'trigger.event', args: { eventType: 'order.paid' }, position: { x: 0, y: 0 } },
    { id: 'amount', type: 'condition.eventProperty', args: { property: 'amount', op: 'gte', value: 10000 } },
    { id: 'vip', type: 'condition.userAttribute', args: { attribute: 'tier', op: 'eq', value: 'VIP' } },
    { id: 'issue', type: 'action.issueCoupon', args: { templateId: 'tpl-1' } },
  ],
  edges: [
    { id: 'e1', source: 'trigger', target: 'amount', sourceHandle: 'out' },
    { id: 'e2', source: 'amount', target: 'vip', sourceHandle: 'yes' },
    { id: 'e3', source: 'vip', target: 'issue', sourceHandle: 'yes' },
  ],
});

// v2: amount raised, vip removed, a first-time check added, the trigger moved (not a change).
const v2 = graph({
  version: 1,
  nodes: [
    { id: 'trigger', type: 'trigger.event', args: { eventType: 'order.paid' }, position: { x: 40, y: 80 } },
    { id: 'amount', type: 'condition.eventProperty', args: { value: 15000, op: 'gte', property: 'amount' } },
    { id: 'first', type: 'condition.firstTime', args: { eventType: 'order.paid' } },
    { id: 'issue', type: 'action.issueCoupon', args: { templateId: 'tpl-1' } },
  ],
  edges: [
    { id: 'e1', source: 'trigger', target: 'amount', sourceHandle: 'out' },
    { id: 'e2', source: 'amount', target: 'first', sourceHandle: 'yes' },
    { id: 'e9', source: 'first', target: 'issue', sourceHandle: 'yes' },
  ],
});

describe('diffGraphs', () => {
  it('finds added, removed and changed nodes and edges', () => {
    const d = diffGraphs(v1, v2);
    expect(d.nodes).toEqual({
      trigger: 'same',
      amount: 'changed',
      first: 'added',
      issue: 'same',
      vip: 'removed',
    });
    expect(d.fields.amount).toEqual([{ field: 'args.value', before: 10000, after: 15000 }]);
    expect(d.counts).toEqual({
      nodes: { added: 1, removed: 1, changed: 1 },
      edges: { added: 2, removed: 2 },
    });
    expect(d.changed).toBe(true);
    // e2 is reused by v2 for another connection: the removed one gets its own id in the union.
    expect(d.edges).toEqual({ e1: 'same', e2: 'added', e9: 'added', 'e2~removed': 'removed', e3: 'removed' });
    const union = d.graph;
    expect(union.nodes.map((n) => n.id)).toEqual(['trigger', 'amount', 'first', 'issue', 'vip']);
    expect(new Set(union.edges.map((e) => e.id)).size).toBe(union.edges.length);
    expect(union.edges.find((e) => e.id === 'e2~removed')).toMatchObject({ source: 'amount', target: 'vip' });
  });

  it('sees a changed block type', () => {
    const other = {
      ...v1,
      nodes: v1.nodes.map((n) => (n.id === 'vip' ? { ...n, type: 'condition.audience' } : n)),
    };
    const d = diffGraphs(v1, other);
    expect(d.nodes.vip).toBe('changed');
    expect(d.fields.vip?.map((f) => f.field)).toContain('type');
  });

  it('matches edges by what they connect, not by id, and a trigger edge without a handle by null', () => {
    const redrawn = { ...v1, edges: v1.edges.map((e) => ({ ...e, id: `new-${e.id}` })) };
    expect(diffGraphs(v1, redrawn).changed).toBe(false);
    expect(edgeKey({ source: 'a', target: 'b' })).toBe(
      edgeKey({ source: 'a', target: 'b', sourceHandle: null }),
    );
  });

  it('gives no change for identical graphs', () => {
    const d = diffGraphs(v1, structuredClone(v1));
    expect(d.changed).toBe(false);
    expect(Object.values(d.nodes).every((s) => s === 'same')).toBe(true);
    expect(Object.values(d.edges).every((s) => s === 'same')).toBe(true);
    expect(d.graph).toEqual(v1);
  });

  it('compares JSON deeply, ignoring key order', () => {
    expect(sameJson({ a: [1, { b: 2, c: 3 }] }, { a: [1, { c: 3, b: 2 }] })).toBe(true);
    expect(sameJson({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson([1], { 0: 1 })).toBe(false);
  });
});

// ---- Properties over random graphs ----

const ids = ['t', 'a', 'b', 'c', 'd', 'x'];
const types = ['condition.eventProperty', 'condition.userAttribute', 'action.issueCoupon'];
const arbGraph: fc.Arbitrary<RuleGraph> = fc
  .record({
    nodes: fc.uniqueArray(
      fc.record({
        id: fc.constantFrom(...ids),
        type: fc.constantFrom(...types),
        args: fc.dictionary(fc.constantFrom('property', 'op', 'value'), fc.oneof(fc.integer(), fc.string())),
        position: fc.record({ x: fc.integer(), y: fc.integer() }),
      }),
      { selector: (n) => n.id, maxLength: 6 },
    ),
    edges: fc.uniqueArray(
      fc.record({
        id: fc.constantFrom('e1', 'e2', 'e3', 'e4'),
        source: fc.constantFrom(...ids),
        target: fc.constantFrom(...ids),
        sourceHandle: fc.constantFrom('yes', 'no', null),
      }),
      { selector: (e) => e.id, maxLength: 4 },
    ),
  })
  .map((g) => ({ version: 1 as const, ...g }));

const mirror = { added: 'removed', removed: 'added', changed: 'changed', same: 'same' } as const;

/** Edge statuses by connection (union ids may differ between directions). */
function edgesByKey(d: GraphDiff): Map<string, Set<EdgeChange>> {
  const m = new Map<string, Set<EdgeChange>>();
  for (const e of d.graph.edges) {
    const k = edgeKey(e);
    m.set(k, (m.get(k) ?? new Set()).add(d.edges[e.id]!));
  }
  return m;
}

describe('diffGraphs properties', () => {
  it('diff(a, a) is empty', () => {
    fc.assert(
      fc.property(arbGraph, (a) => {
        const d = diffGraphs(a, structuredClone(a));
        expect(d.changed).toBe(false);
        expect(d.counts).toEqual({
          nodes: { added: 0, removed: 0, changed: 0 },
          edges: { added: 0, removed: 0 },
        });
      }),
    );
  });

  it('diff(a, b) mirrors diff(b, a)', () => {
    fc.assert(
      fc.property(arbGraph, arbGraph, (a, b) => {
        const ab = diffGraphs(a, b);
        const ba = diffGraphs(b, a);
        const flipped: Record<string, NodeChange> = {};
        for (const [id, s] of Object.entries(ab.nodes)) flipped[id] = mirror[s];
        expect(ba.nodes).toEqual(flipped);
        const abEdges = edgesByKey(ab);
        const baEdges = edgesByKey(ba);
        expect([...baEdges.keys()].sort()).toEqual([...abEdges.keys()].sort());
        for (const [k, set] of abEdges)
          expect(baEdges.get(k)).toEqual(new Set([...set].map((s) => mirror[s] as EdgeChange)));
        expect(ba.counts.nodes).toEqual({
          added: ab.counts.nodes.removed,
          removed: ab.counts.nodes.added,
          changed: ab.counts.nodes.changed,
        });
        expect(ba.counts.edges).toEqual({ added: ab.counts.edges.removed, removed: ab.counts.edges.added });
        // Every node and edge of both graphs is in the union, each id once.
        expect(new Set(ab.graph.nodes.map((n) => n.id))).toEqual(
          new Set([...a.nodes, ...b.nodes].map((n) => n.id)),
        );
        expect(new Set(ab.graph.edges.map((e) => e.id)).size).toBe(ab.graph.edges.length);
      }),
    );
  });
});
