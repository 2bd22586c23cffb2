import { type RuleGraph, blockCatalogue, parseRuleGraph, validateRuleGraph } from '@couponflow/schema';
import { describe, expect, it } from 'vitest';
import { makeCatalogue } from './catalogue';
import { goldenGraphs } from './fixtures';
import { type FlowView, createFlowMapper, documentId, fromFlow, portHandles, toFlow } from './flow';

const catalogue = makeCatalogue(blockCatalogue());

function viewOf(graph: RuleGraph, extra: Partial<FlowView> = {}): FlowView {
  return {
    catalogue: catalogue.byCode,
    issues: validateRuleGraph(graph).issues,
    selection: { nodes: [], edges: [] },
    overlay: null,
    measured: {},
    focusNodeId: null,
    readOnly: false,
    ...extra,
  };
}

const parsedGraphs = goldenGraphs.flatMap(({ file, fixture }) => {
  const parsed = parseRuleGraph(fixture.graph);
  return parsed.ok ? [{ file, fixture, graph: parsed.graph }] : [];
});

describe('document ⇄ flow mapping', () => {
  it('covers every golden graph but the two that are not documents', () => {
    const unparsed = goldenGraphs.map((g) => g.file).filter((f) => !parsedGraphs.some((p) => p.file === f));
    expect(unparsed).toEqual(['invalid-document.json', 'invalid-version.json']);
  });

  it.each(parsedGraphs)('$file maps to flow and back to a deep-equal document', ({ graph }) => {
    const flow = toFlow(graph, viewOf(graph));
    expect(flow.nodes).toHaveLength(graph.nodes.length);
    expect(flow.edges).toHaveLength(graph.edges.length);
    const back = fromFlow(flow);
    expect(back).toStrictEqual(graph);
    // As saved: the JSON text is the same too.
    expect(JSON.stringify(back)).toBe(JSON.stringify(graph));
  });

  it.each(parsedGraphs)('$file: flow nodes carry no view state into the document', ({ graph }) => {
    const flow = toFlow(
      graph,
      viewOf(graph, { selection: { nodes: graph.nodes.map((n) => n.id), edges: [] } }),
    );
    const moved = {
      nodes: flow.nodes.map((n) => ({ ...n, measured: { width: 200, height: 80 }, dragging: true })),
      edges: flow.edges,
    };
    const back = fromFlow(moved);
    expect(back).toStrictEqual(graph);
    for (const node of back.nodes)
      expect(Object.keys(node).sort()).toEqual(['args', 'id', 'position', 'type']);
  });

  it.each(goldenGraphs.filter((g) => g.fixture.expectedIssues && parseRuleGraph(g.fixture.graph).ok))(
    '$file: every issue lands on the nodes and edges it names',
    ({ fixture }) => {
      const parsed = parseRuleGraph(fixture.graph);
      if (!parsed.ok) throw new Error('unreachable');
      const graph = parsed.graph;
      const { nodes, edges } = toFlow(graph, viewOf(graph));
      for (const expected of fixture.expectedIssues ?? []) {
        for (const nodeId of expected.nodeIds) {
          const node = nodes.find((n) => n.id === nodeId);
          expect(node, `node ${nodeId}`).toBeDefined();
          expect(node!.data.issues.map((i) => i.code)).toContain(expected.code);
        }
        for (const edgeId of expected.edgeIds) {
          const edge = edges.find((e) => e.id === edgeId);
          expect(edge, `edge ${edgeId}`).toBeDefined();
          expect(edge!.data!.issues.map((i) => i.code)).toContain(expected.code);
        }
      }
      // Nodes no issue names are clean.
      const named = new Set(fixture.expectedIssues!.flatMap((i) => i.nodeIds));
      for (const node of nodes) if (!named.has(node.data.nodeId)) expect(node.data.issues).toEqual([]);
    },
  );

  it('puts the named messages on the nodes of invalid-dangling-edge, invalid-unreachable and invalid-arg-types', () => {
    const byFile = (file: string) => parsedGraphs.find((g) => g.file === file)!.graph;
    const data = (file: string, id: string) =>
      toFlow(byFile(file), viewOf(byFile(file))).nodes.find((n) => n.id === id)!.data;

    const unreachable = byFile('invalid-unreachable.json');
    const lonely = validateRuleGraph(unreachable).issues.find((i) => i.code === 'UNREACHABLE_NODE')!;
    expect(data('invalid-unreachable.json', lonely.nodeIds![0]!).issues[0]!.message).toMatch(
      /cannot be reached/,
    );

    const argTypes = toFlow(byFile('invalid-arg-types.json'), viewOf(byFile('invalid-arg-types.json')));
    const issuesOf = (id: string) => argTypes.nodes.find((n) => n.id === id)!.data.issues;
    expect(issuesOf('bad-op').map((i) => i.code)).toEqual(['ARG_INVALID']);
    expect(issuesOf('no-template').map((i) => i.code)).toEqual(['ARG_REQUIRED']);
    expect(issuesOf('no-template')[0]!.path).toEqual(['templateId']);
    expect(issuesOf('t')).toEqual([]);

    const dangling = byFile('invalid-dangling-edge.json');
    const issue = validateRuleGraph(dangling).issues.find((i) => i.code === 'DANGLING_EDGE')!;
    const flow = toFlow(dangling, viewOf(dangling));
    for (const id of issue.nodeIds ?? [])
      expect(flow.nodes.find((n) => n.id === id)!.data.issues.map((i) => i.code)).toContain('DANGLING_EDGE');
    for (const id of issue.edgeIds ?? [])
      expect(flow.edges.find((e) => e.id === id)!.data!.issues.map((i) => i.code)).toContain('DANGLING_EDGE');
  });

  it('gives each node the handles of its block: yes/no, one per arm, none for actions', () => {
    const split = parsedGraphs.find((g) => g.file === 'split-three-arms.json')!.graph;
    const { nodes } = toFlow(split, viewOf(split));
    const byCode = (code: string) => nodes.find((n) => n.data.code === code)!.data;
    expect(byCode('split.percent').outputs.map((h) => h.id)).toEqual(
      (split.nodes.find((n) => n.type === 'split.percent')!.args.arms as { id: string }[]).map((a) => a.id),
    );
    expect(byCode('trigger.event').input).toBe('none');
    expect(byCode('action.issueCoupon').outputs).toEqual([]);
    expect(portHandles(catalogue.byCode.get('condition.eventProperty'), {}).map((h) => h.label)).toEqual([
      'Yes',
      'No',
    ]);
  });

  it('draws stray handles for edges that leave by a port the block does not have (BAD_PORT)', () => {
    const graph = parsedGraphs.find((g) => g.file === 'invalid-bad-port.json')!.graph;
    const { nodes, edges } = toFlow(graph, viewOf(graph));
    for (const edge of edges) {
      const source = nodes.find((n) => n.id === edge.source);
      if (!source || edge.sourceHandle == null) continue;
      expect(source.data.outputs.map((h) => h.id)).toContain(edge.sourceHandle);
    }
  });

  it('keeps duplicate ids apart on the canvas and maps them back to the same document', () => {
    const graph = parsedGraphs.find((g) => g.file === 'invalid-duplicate-id.json')!.graph;
    const flow = toFlow(graph, viewOf(graph));
    expect(new Set(flow.nodes.map((n) => n.id)).size).toBe(flow.nodes.length);
    expect(new Set(flow.edges.map((e) => e.id)).size).toBe(flow.edges.length);
    expect(flow.nodes.map((n) => documentId(n.id))).toEqual(graph.nodes.map((n) => n.id));
    expect(fromFlow(flow)).toStrictEqual(graph);
  });

  it('reuses the flow objects of unchanged nodes and edges', () => {
    const graph = parsedGraphs.find((g) => g.file === 'vip-third-order.json')!.graph;
    const map = createFlowMapper();
    const first = map(graph, viewOf(graph));
    const moved: RuleGraph = {
      ...graph,
      nodes: graph.nodes.map((n, i) => (i === 0 ? { ...n, position: { x: 5, y: 5 } } : n)),
    };
    const second = map(moved, { ...viewOf(graph), issues: validateRuleGraph(moved).issues });
    expect(second.nodes[0]).not.toBe(first.nodes[0]);
    expect(second.nodes[0]!.position).toEqual({ x: 5, y: 5 });
    for (let i = 1; i < graph.nodes.length; i++) expect(second.nodes[i]).toBe(first.nodes[i]);
    // No edge changed: the same array, so React Flow does not rebuild its edge lookups on a drag.
    expect(second.edges).toBe(first.edges);
    const third = map(moved, { ...viewOf(graph), issues: validateRuleGraph(moved).issues });
    expect(third.nodes).toBe(second.nodes);
  });

  it('paints overlays and selection without touching the document', () => {
    const graph = parsedGraphs.find((g) => g.file === 'vip-third-order.json')!.graph;
    const id = graph.nodes[1]!.id;
    const edgeId = graph.edges[0]!.id;
    const { nodes, edges } = toFlow(
      graph,
      viewOf(graph, {
        selection: { nodes: [id], edges: [] },
        overlay: {
          kind: 'trace',
          title: 'Trace',
          nodes: { [id]: { status: 'passed', note: 'value 3' } },
          edges: { [edgeId]: { status: 'taken' } },
        },
      }),
    );
    const node = nodes.find((n) => n.id === id)!;
    expect(node.selected).toBe(true);
    expect(node.data.overlay).toEqual({ status: 'passed', note: 'value 3' });
    expect(edges.find((e) => e.id === edgeId)!.data!.overlay).toEqual({ status: 'taken' });
    expect(fromFlow({ nodes, edges })).toStrictEqual(graph);
  });
});
