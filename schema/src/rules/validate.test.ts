import { describe, expect, it } from 'vitest';
import { MAX_EDGES, MAX_NODES, type RuleGraph, checkRuleGraph, validateRuleGraph } from './index';

const position = { x: 0, y: 0 };

/** trigger -> c1 -> c2 -> … -> c(n-2) -> action, every condition continuing on yes. */
function chain(n: number): RuleGraph {
  const nodes: RuleGraph['nodes'] = [
    { id: 'n0', type: 'trigger.event', args: { eventType: 'order.paid' }, position },
    ...Array.from({ length: n - 2 }, (_, i) => ({
      id: `n${i + 1}`,
      type: 'condition.eventProperty',
      args: { property: 'amount', op: 'gte', value: i },
      position,
    })),
    { id: `n${n - 1}`, type: 'action.issueCoupon', args: { templateId: 'tpl' }, position },
  ];
  const edges = nodes.slice(1).map((node, i) => ({
    id: `e${i}`,
    source: `n${i}`,
    target: node.id,
    ...(i > 0 && { sourceHandle: 'yes' }),
  }));
  return { version: 1, nodes, edges };
}

describe('validateRuleGraph', () => {
  it('refuses 10 000 nodes with TOO_LARGE', () => {
    const graph = chain(10_000);
    const result = validateRuleGraph(graph);
    expect(result).toEqual({
      valid: false,
      issues: [
        {
          code: 'TOO_LARGE',
          message: `10000 nodes and 9999 edges; at most ${MAX_NODES} nodes and ${MAX_EDGES} edges`,
        },
      ],
    });
  });

  it('refuses too many edges', () => {
    const graph = chain(3);
    const edges = Array.from({ length: MAX_EDGES + 1 }, (_, i) => ({
      id: `x${i}`,
      source: 'n0',
      target: 'n1',
    }));
    expect(validateRuleGraph({ ...graph, edges }).issues.map((i) => i.code)).toEqual(['TOO_LARGE']);
  });

  it('validates a graph at the size cap', () => {
    const graph = chain(MAX_NODES);
    // Extra edges up to the edge cap: every condition also leaves on no to the action.
    const extra = graph.nodes
      .slice(1, -1)
      .map((n, i) => ({ id: `no${i}`, source: n.id, target: `n${MAX_NODES - 1}`, sourceHandle: 'no' }));
    const big = { ...graph, edges: [...graph.edges, ...extra] };
    expect(validateRuleGraph(big)).toEqual({ valid: true, issues: [] });
  });

  it('finds a cycle through 400 nodes and names exactly its nodes', () => {
    const graph = chain(MAX_NODES);
    const back = { id: 'back', source: 'n450', target: 'n50', sourceHandle: 'no' };
    const issues = validateRuleGraph({ ...graph, edges: [...graph.edges, back] }).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'CYCLE' });
    expect(issues[0]!.nodeIds).toEqual(Array.from({ length: 401 }, (_, i) => `n${50 + i}`));
    expect(issues[0]!.edgeIds).toContain('back');
    expect(issues[0]!.edgeIds).toHaveLength(401);
  });

  it('reports two separate cycles separately', () => {
    const graph = chain(12);
    const edges = [
      ...graph.edges,
      { id: 'b1', source: 'n3', target: 'n2', sourceHandle: 'no' },
      { id: 'b2', source: 'n9', target: 'n7', sourceHandle: 'no' },
    ];
    const cycles = validateRuleGraph({ ...graph, edges }).issues.filter((i) => i.code === 'CYCLE');
    expect(cycles.map((c) => c.nodeIds)).toEqual([
      ['n2', 'n3'],
      ['n7', 'n8', 'n9'],
    ]);
  });

  it('checks ports of a condition even when its args are invalid', () => {
    const graph = chain(3);
    graph.nodes[1]!.args = { property: 'amount', op: 'gte' };
    graph.edges[1]!.sourceHandle = 'out';
    expect(validateRuleGraph(graph).issues.map((i) => [i.code, i.nodeIds])).toEqual([
      ['ARG_REQUIRED', ['n1']],
      ['BAD_PORT', ['n1']],
    ]);
  });

  it('rejects path segments that name inherited members', () => {
    const graph = chain(3);
    graph.nodes[1]!.args = { property: 'address.constructor', op: 'exists' };
    expect(validateRuleGraph(graph).issues).toMatchObject([
      { code: 'ARG_INVALID', nodeIds: ['n1'], path: ['property'] },
    ]);
  });
});

describe('checkRuleGraph', () => {
  it('parses and validates untrusted JSON in one call', () => {
    expect(checkRuleGraph(JSON.parse(JSON.stringify(chain(4))))).toEqual({
      valid: true,
      issues: [],
      graph: chain(4),
    });
    expect(checkRuleGraph({ version: 1, nodes: [], edges: [] })).toEqual({
      valid: false,
      issues: [{ code: 'MISSING_TRIGGER', message: expect.any(String) }],
      graph: { version: 1, nodes: [], edges: [] },
    });
    expect(checkRuleGraph('nope')).toMatchObject({ valid: false, issues: [{ code: 'INVALID_DOCUMENT' }] });
  });
});
