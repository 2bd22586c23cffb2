// Copy/paste over the document (STYLE item 16, as jdm-editor's use-graph-clipboard): the selected
// nodes and the edges between them are copied as document fragments; pasting gives every node and
// edge a fresh id, remaps the edges, and offsets the positions. Pure functions; the store calls them.
import type { RuleEdge, RuleGraph, RuleNode } from '@couponflow/schema';
import { idPoolOf, idStem } from './ids';

/** A copied fragment of a graph: nodes and the edges whose both ends were copied. */
export interface GraphClip {
  nodes: RuleNode[];
  edges: RuleEdge[];
}

/** The nodes with the given ids and the edges between them (deep copies: later edits do not leak). */
export function copySubgraph(graph: RuleGraph, nodeIds: readonly string[]): GraphClip | null {
  const ids = new Set(nodeIds);
  const nodes = graph.nodes.filter((n) => ids.has(n.id));
  if (nodes.length === 0) return null;
  const edges = graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  return structuredClone({ nodes, edges });
}

/** The graph with the clip added under fresh ids, shifted by `offset`; returns the new node ids too. */
export function pasteSubgraph(
  graph: RuleGraph,
  clip: GraphClip,
  offset: { x: number; y: number },
): { graph: RuleGraph; nodeIds: string[]; edgeIds: string[] } {
  const pool = idPoolOf(graph);
  const fresh = new Map<string, string>();
  const nodes: RuleNode[] = clip.nodes.map((node) => {
    const id = fresh.get(node.id) ?? pool.fresh(idStem(node.type));
    fresh.set(node.id, id);
    return {
      ...structuredClone(node),
      id,
      position: { x: node.position.x + offset.x, y: node.position.y + offset.y },
    };
  });
  const edges: RuleEdge[] = clip.edges.map((edge) => ({
    ...edge,
    id: pool.fresh('e'),
    source: fresh.get(edge.source) ?? edge.source,
    target: fresh.get(edge.target) ?? edge.target,
  }));
  return {
    graph: { ...graph, nodes: [...graph.nodes, ...nodes], edges: [...graph.edges, ...edges] },
    nodeIds: nodes.map((n) => n.id),
    edgeIds: edges.map((e) => e.id),
  };
}
